import { describe, expect, it } from 'vitest'
import { baseShift, forkOf, labelColours, labelText, NO_OUTCOME, positionOfNode, shares, totalVariation, type Fork } from './fork'

const fork: Fork = {
  outcome: 'choice:A,B', samples: 4, tau: [0.3], distance: 'tv', labels: ['A', null, 'B'],
  positions: [
    { position: 0, node: 1, status: 'done', drift: 0, hazard: [0.2], survival: [0.8], distribution: [['A', 0.5], ['B', 0.5]],
      alternatives: [{ token: 5, probability: 0.6, counts: [['A', 4]] }, { token: 6, probability: 0.4, counts: [['B', 4]] }] },
    { position: 1, node: 2, status: 'skipped', drift: null, hazard: null, survival: null, distribution: null,
      alternatives: [{ token: 7, probability: 0.9 }] },
  ],
}

describe('fork model', () => {
  it('reads a run\'s fork and nothing else', () => {
    expect(forkOf({ fork } as never)).toBe(fork)
    expect(forkOf({} as never)).toBeNull()
    expect(forkOf({ fork: { positions: 3 } } as never)).toBeNull()
  })
  it('gives labels distinct colours and no outcome grey', () => {
    const c = labelColours(fork)
    expect(c.get(null)).toBe(NO_OUTCOME)
    expect(c.get('A')).not.toBe(c.get('B'))
    expect(labelText(null)).toBe('(none)')
  })
  it('measures the base token\'s shift as TV between o_t and its rollouts', () => {
    expect(totalVariation([['A', 1]], [['B', 1]])).toBe(1)
    expect(shares([['A', 1], ['B', 3]])).toEqual([['A', 0.25], ['B', 0.75]])
    expect(baseShift(fork.positions[0])).toBeCloseTo(0.5)
    expect(baseShift(fork.positions[1])).toBeNull()
    expect(positionOfNode(fork, 2)?.position).toBe(1)
  })
})
