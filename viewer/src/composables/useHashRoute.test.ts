import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import { leafId, pos, runId, selected, setTrace } from '../state'
import { applyPermalink, formatHash, parseHash } from './useHashRoute'

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
