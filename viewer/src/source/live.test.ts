import { describe, expect, it, vi } from 'vitest'
import { LiveSource } from './live'
import { sourceFromDocument } from './index'
import { SourceError } from './types'

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('LiveSource', () => {
  it('posts JSON to the API contract', async () => {
    const fetchMock = vi.fn(async () => reply(200, { node: { id: 7 }, tokens: {}, token_bytes: {} }))
    const src = new LiveSource('/api/', fetchMock as unknown as typeof fetch)
    await src.expand('r', 3, 42)
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/expand')
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json')
    expect(JSON.parse(init.body as string)).toEqual({ run: 'r', node: 3, token: 42 })
    await src.continueRun('r', 3, { steps: 4, mode: 'sample', temperature: 0.7, top_p: 0.9, seed: null })
    expect(JSON.parse((fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      run: 'r', node: 3, steps: 4, mode: 'sample', temperature: 0.7, top_p: 0.9, seed: null,
    })
    await src.newRun('hi', true)
    expect((fetchMock.mock.calls[2] as unknown as [string])[0]).toBe('/api/runs')
    expect(src.downloads()).toEqual({ json: '/api/download/trace.json', html: '/api/download/trace.html' })
    expect(src.figureLink({ run: 'a b', node: 3, kind: 'text', format: 'svg' })).toBe('/api/figure?run=a+b&kind=text&format=svg&node=3')
    expect(src.figureLink({ run: 'r', node: 3, result: 2, kind: 'tree', format: 'pdf', colour: 'entropy' }))
      .toBe('/api/figure?run=r&kind=tree&format=pdf&result=2&colour=entropy')
  })
  it('never sends a text-only token (id < 0) to the model', async () => {
    const fetchMock = vi.fn(async () => reply(200, {}))
    const src = new LiveSource('/api', fetchMock as unknown as typeof fetch)
    await expect(src.expand('r', 0, -1)).rejects.toThrow(SourceError)
    expect(fetchMock).not.toHaveBeenCalled()
  })
  it('turns {"error"} replies into SourceError', async () => {
    const src = new LiveSource('/api', (async () => reply(413, { error: 'too many nodes' })) as unknown as typeof fetch)
    await expect(src.load()).rejects.toThrow(new SourceError('413: too many nodes'))
  })
})

describe('sourceFromDocument', () => {
  it('reads the embedded trace or the live config', async () => {
    document.body.innerHTML = '<script type="application/json" id="tracegen-config">{"mode":"live","api":"/x"}</script>'
    expect(sourceFromDocument(document).mode).toBe('live')
    document.body.innerHTML = '<script type="application/json" id="tracegen-trace">{"runs":[]}</script>'
    const src = sourceFromDocument(document)
    expect(src.mode).toBe('static')
    expect(src.fileName).toBeNull()
    expect(await src.load()).toEqual({ runs: [] })
    document.body.innerHTML += '<script type="application/json" id="tracegen-config">{"trace_file":"cap.json"}</script>'
    expect(sourceFromDocument(document).fileName).toBe('cap.json')
    document.body.innerHTML = ''
    expect(() => sourceFromDocument(document)).toThrow(SourceError)
  })
})
