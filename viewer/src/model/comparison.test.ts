import { describe, expect, it } from 'vitest'
import { SourceError } from '../source/types'
import { fixtureComparison } from './compareFixture'
import {
  candidateDelta, checkComparison, colourValue, comparisonData, deltaReading, FigureIndex, figureReading, probDiff,
  readComparison, readingText,
} from './comparison'

const figs = new FigureIndex(fixtureComparison())
const at = (node: number) => figs.get('beam', node)
const after = (node: number) => figs.distributionAfter('beam', node)

describe('readings of the comparison', () => {
  it('finds figures by run and A node id', () => {
    expect(at(4)?.delta_logprob).toBe(2)
    expect(figs.get('other', 4)).toBeUndefined()
    expect(figs.runStats('beam')?.compared).toBe(4)
  })
  it('pairs a token with the distribution it was drawn from, and finds a distribution by its context', () => {
    // token 12 (node 2) was drawn from the distribution after node 1: the same figures
    expect(at(2)?.context_node).toBe(1)
    expect(figureReading(at(2), 'kl_ab')).toEqual(figureReading(after(1), 'kl_ab'))
    // the distribution after leaf 5: its `next` row, not node 5's own step
    expect(after(5)?.next).toBe(true)
    expect(at(5)?.next).toBe(false)
    expect(at(5)?.context_node).toBe(4)
  })
  it('finds a distribution\'s union once, by the node it follows, from any of its rows', () => {
    // nodes 2 and 3 were both drawn after node 1: one union, the same array for both rows
    expect(figs.union(at(2))).toEqual([[12, 0.7, 0.6], [17, 0.2, 0.3], [4, 0.05, 0.05]])
    expect(figs.union(at(3))).toBe(figs.union(at(2)))
    expect(figs.union(after(1))).toBe(figs.union(at(2)))
    expect(figs.union(after(5))).toEqual([[40, 0.9, 0.8]])
    expect(figs.union(undefined)).toBeUndefined()
    expect(figs.union({ ...at(2)!, run: 'other' })).toBeUndefined()
  })
  it('keeps exact figures exact and intervals as intervals', () => {
    expect(figureReading(after(1), 'kl_ab')).toEqual({ state: 'exact', value: 0.1, lo: 0.1, hi: 0.1 })
    expect(figureReading(after(0), 'kl_ab')).toEqual({ state: 'bound', value: null, lo: 0.5, hi: 0.8 })
    expect(figureReading(after(5), 'kl_ab')).toEqual({ state: 'bound', value: null, lo: 0.3, hi: null })
    // after a leaf neither side evaluated: no row, nothing known, never 0
    expect(figureReading(after(2), 'kl_ab').state).toBe('unknown')
    expect(figureReading(undefined, 'kl_ab').state).toBe('unknown')
  })
  it('adds Δ logprob over a piece of several tokens, bounds and unknowns included', () => {
    expect(deltaReading([at(4), at(5)])).toEqual({ state: 'exact', value: -1.5, lo: -1.5, hi: -1.5 })
    const bound = deltaReading([at(1), at(2)])
    expect(bound.state).toBe('bound')
    expect(bound.lo).toBeNull()
    expect(bound.hi).toBeCloseTo(at(1)!.delta_logprob as number - 1.2, 10)
    expect(deltaReading([at(1), at(3)]).state).toBe('unknown')
    expect(deltaReading([at(1), undefined]).state).toBe('unknown')
  })
  it('colours a bound by its known end and says what is known', () => {
    const upper = deltaReading([at(2)])
    expect(colourValue(upper)).toBe(-1.2)
    expect(readingText(upper, 2, true)).toBe('\u2264 \u22121.20')
    expect(readingText(figureReading(after(5), 'kl_ab'), 3)).toBe('\u2265 0.300')
    expect(readingText(figureReading(after(0), 'kl_ab'), 1)).toBe('0.5 \u2026 0.8')
    expect(readingText(deltaReading([at(4)]), 2, true)).toBe('+2.00')
    expect(colourValue(deltaReading([at(3)]))).toBeNull()
    expect(readingText(deltaReading([at(3)]))).toBe('unknown')
  })
  it('turns an unrecorded probability into the interval its cap allows', () => {
    expect(probDiff(0.6, 0.5, 0.1, 0.2).value).toBeCloseTo(-0.1, 12)
    // A did not record it: p_A in [0, 0.1]
    const a = probDiff(null, 0.2, 0.1, 0.2)
    expect([a.state, a.lo, a.hi]).toEqual(['bound', 0.1, 0.2])
    // B did not record it: p_B in [0, 0.2]
    const b = probDiff(0.3, null, 0.1, 0.2)
    expect(b.state).toBe('bound')
    expect(b.lo).toBeCloseTo(-0.3, 12)
    expect(b.hi).toBeCloseTo(-0.1, 12)
    expect(probDiff(null, null, 0.1, 0.2).state).toBe('unknown')
    const d = candidateDelta(null, 0.2, 0.1, 0.2)
    expect(d.lo).toBeCloseTo(Math.log(2), 12)
    expect(d.hi).toBeNull()
    expect(candidateDelta(0.3, null, 0.1, 0.2).hi).toBeCloseTo(Math.log(0.2 / 0.3), 12)
  })
  it('refuses what it cannot read', () => {
    expect(() => checkComparison({ format: 'tracegen.compare', version: 5 })).toThrow(SourceError)
    expect(() => checkComparison({ format: 'tracegen.compare', version: 3 })).toThrow(/older/)
    expect(() => checkComparison({ version: 1 } as never)).toThrow(SourceError)
    expect(() => checkComparison(fixtureComparison())).not.toThrow()
    expect(() => readComparison({ ...comparisonData(fixtureComparison()), version: 3 })).toThrow(/older/)
  })
  it('reads the embedded columns back into the rows and the order they were written from', () => {
    const c = fixtureComparison()
    const data = comparisonData(c)
    expect(data.nodes.kl_ab_lo).toEqual(c.nodes.map((f) => f.kl_ab_lo))
    expect(data.order).toEqual([4, 0, 5, 1])
    expect(readComparison(JSON.parse(JSON.stringify(data)))).toEqual(c)
  })
})
