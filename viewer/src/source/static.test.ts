import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { focus, leafId, pos, replaceTrace, runId, selectNode, setTrace, trace } from '../state'
import { sourceFromDocument } from '.'

describe('a page with a first view', () => {
  it('shows the first view, reads the whole trace only when asked, and keeps the selection', async () => {
    const whole = fixtureTrace()
    const first = fixtureTrace()
    first.runs[0].nodes[0].top = first.runs[0].nodes[0].top!.slice(0, 1) // cut, as the export cuts it
    document.body.innerHTML = `<script type="application/json" id="tracegen-first-view">${JSON.stringify(first)}</script>`
      + `<script type="application/json" id="tracegen-trace">${JSON.stringify(whole)}</script>`
    const source = sourceFromDocument(document)
    expect(source.preview?.()?.runs[0].nodes[0].top).toHaveLength(1)
    // the whole trace is parsed by load(), not before: a page can paint the first view first
    document.getElementById('tracegen-trace')!.textContent = JSON.stringify({ ...whole, created: 'read late' })
    setTrace(source, source.preview!()!)
    selectNode(3)
    const kept = { run: runId.value, leaf: leafId.value, pos: pos.value, focus: focus.value }
    replaceTrace(source, await source.load())
    expect(trace.value?.created).toBe('read late')
    expect(trace.value?.runs[0].nodes[0].top).toHaveLength(2)
    expect({ run: runId.value, leaf: leafId.value, pos: pos.value, focus: focus.value }).toEqual(kept)
    document.body.innerHTML = `<script type="application/json" id="tracegen-trace">${JSON.stringify(whole)}</script>`
    expect(sourceFromDocument(document).preview?.()).toBeNull()
    document.body.innerHTML = ''
  })
})
