import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { bytesOf, FakeModel } from './fakeModel'
import { SourceError, type SourceChange } from './types'
import { traceFromBytes, WidgetSource } from './widget'

interface Request { tracegen: string; id: string; op: string; body: Record<string, unknown> }

const lastRequest = (model: FakeModel): Request => model.sent[model.sent.length - 1].content as Request

describe('WidgetSource', () => {
  it('asks the kernel with the live API shapes and resolves its replies by id', async () => {
    const model = new FakeModel()
    const src = new WidgetSource(model)
    expect(src.mode).toBe('live')
    const expanding = src.expand('r', 3, 42)
    const first = lastRequest(model)
    expect(first).toMatchObject({ tracegen: 'request', op: 'expand', body: { run: 'r', node: 3, token: 42 } })
    const continuing = src.continueRun('r', 3, { steps: 4, mode: 'sample', temperature: 0.7, top_p: 0.9, seed: null })
    const second = lastRequest(model)
    expect(second.body).toEqual({ run: 'r', node: 3, steps: 4, mode: 'sample', temperature: 0.7, top_p: 0.9, seed: null })
    expect(second.id).not.toBe(first.id)
    void src.newRun('hi', true)
    expect(lastRequest(model)).toMatchObject({ op: 'runs', body: { prompt: 'hi', chat: true } })
    // replies may come in any order, and other pages' replies are not ours
    model.emit('msg:custom', { tracegen: 'reply', id: 'someone-else-1', reply: { nodes: [] } }, [])
    model.emit('msg:custom', { tracegen: 'reply', id: second.id, reply: { nodes: [{ id: 9 }], tokens: {} } }, [])
    model.emit('msg:custom', { tracegen: 'reply', id: first.id, reply: { node: { id: 7 }, tokens: {} } }, [])
    expect(await continuing).toEqual({ nodes: [{ id: 9 }], tokens: {} })
    expect(await expanding).toEqual({ node: { id: 7 }, tokens: {} })
    expect(src.downloads()).toBeNull()
  })

  it('turns error replies into SourceError with the status, like the HTTP source', async () => {
    const model = new FakeModel()
    const src = new WidgetSource(model)
    const asking = src.expand('r', 99, 1)
    model.emit('msg:custom', { tracegen: 'reply', id: lastRequest(model).id, error: "run 'r' has no node 99", status: 404 }, [])
    await expect(asking).rejects.toThrow(new SourceError("404: run 'r' has no node 99"))
  })

  it('never sends a text-only token (id < 0) to the model', async () => {
    const model = new FakeModel()
    await expect(new WidgetSource(model).expand('r', 0, -1)).rejects.toThrow(SourceError)
    expect(model.sent).toHaveLength(0)
  })

  it('loads the trace from the reply buffer', async () => {
    const model = new FakeModel()
    const loading = new WidgetSource(model).load()
    expect(lastRequest(model).op).toBe('trace')
    model.emit('msg:custom', { tracegen: 'reply', id: lastRequest(model).id, reply: null }, [bytesOf(fixtureTrace())])
    expect(await loading).toEqual(fixtureTrace())
    expect(() => traceFromBytes(undefined)).toThrow(SourceError)
  })

  it('passes changes made in the kernel to its listeners, and closing fails what still waits', async () => {
    const model = new FakeModel()
    const src = new WidgetSource(model)
    const seen: SourceChange[] = []
    const stop = src.onChange((c) => seen.push(c))
    const change = { op: 'expand', run: 'r', reply: { node: { id: 2 }, tokens: {} } }
    model.emit('msg:custom', { tracegen: 'change', ...change }, [])
    model.emit('msg:custom', { kind: 'anywidget-command' }, [])
    expect(seen).toEqual([change])
    stop()
    model.emit('msg:custom', { tracegen: 'change', ...change }, [])
    expect(seen).toHaveLength(1)
    const waiting = src.newRun('x', false)
    src.close()
    await expect(waiting).rejects.toThrow('the widget was closed')
    expect(model.listeners('msg:custom')).toBe(0)
  })
})
