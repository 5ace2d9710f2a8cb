import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import { leafId, pos, runId, selected, setTrace } from '../state'
import { applyPermalink, formatHash, parseHash, useHashRoute } from './useHashRoute'
import { selectNode } from '../state'

describe('permalinks', () => {
  it('round-trip through the hash', () => {
    const link = { run: 'a b&c', node: 12, leaf: 14, next: false }
    expect(parseHash(formatHash(link))).toEqual({ ...link, next: false })
    expect(parseHash('#node=3')).toBeNull()
  })
  it('select run and node', () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    expect(applyPermalink({ run: 'beam', node: 3 })).toBe(true)
    expect(runId.value).toBe('beam')
    expect(selected.value?.id).toBe(3)
    expect(applyPermalink({ run: 'beam', node: 4, next: true })).toBe(true)
    expect(leafId.value).toBe(4)
    expect(pos.value).toBe(2)
    expect(applyPermalink({ run: 'beam', node: 99 })).toBe(false)
  })
})

describe('permalinks where the address bar is not writable', () => {
  it('are dropped quietly, and not tried again', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    const replaceState = vi.fn(() => { throw new DOMException('srcdoc', 'SecurityError') })
    const win = {
      location: { hash: '' },
      history: { state: null, replaceState },
      addEventListener: () => undefined,
    } as unknown as Window
    expect(() => useHashRoute(win)).not.toThrow()
    selectNode(3)
    await nextTick()
    selectNode(5)
    await nextTick()
    expect(replaceState).toHaveBeenCalledTimes(1)
  })
})
