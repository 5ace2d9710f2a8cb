import { describe, expect, it } from 'vitest'
import { fmtNum, pathMetrics } from './metrics'
import type { TraceNode } from './types'

const tok = (logprob: number | null): TraceNode => ({ id: 1, parent: 0, token: 1, logprob, top: null, entropy: null })

describe('path metrics', () => {
  it('sum, mean surprisal in nats and bits, perplexity', () => {
    const m = pathMetrics([tok(Math.log(0.5)), tok(Math.log(0.25))])
    expect(m.tokens).toBe(2)
    expect(m.totalLogprob).toBeCloseTo(Math.log(0.125), 12)
    expect(m.meanSurprisalBits).toBeCloseTo(1.5, 12)
    expect(m.meanSurprisalNats).toBeCloseTo(1.5 * Math.LN2, 12)
    expect(m.perplexity).toBeCloseTo(2 ** 1.5, 12)
  })
  it('knows nothing when a logprob is unknown, and no mean of nothing', () => {
    expect(pathMetrics([tok(-1), tok(null)]).totalLogprob).toBeNull()
    expect(pathMetrics([])).toMatchObject({ tokens: 0, totalLogprob: 0, perplexity: null })
    expect(fmtNum(-1.23456, 3)).toBe('\u22121.235')
    expect(fmtNum(null, 2)).toBe('\u2013')
  })
})
