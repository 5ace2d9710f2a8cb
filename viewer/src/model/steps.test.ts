import { describe, expect, it } from 'vitest'
import { fixtureTrace } from './fixture'
import { jumpOrder, sortSteps, stepRows } from './steps'

const nodes = fixtureTrace().runs[0].nodes
const byId = (id: number) => nodes.find((n) => n.id === id)!

describe('one step, one row', () => {
  it('pairs each token with the distribution it was drawn from', () => {
    const rows = stepRows([byId(0), byId(1), byId(3)]) // " cat" then " ran"
    expect(rows.map((r) => r.pos)).toEqual([1, 2])
    // " ran" (p 0.2) was drawn after " cat": that distribution's entropy (0.9 nats), not its own (null)
    expect(rows[1].p).toBeCloseTo(0.2, 4)
    expect(rows[1].entropyBits).toBeCloseTo(0.9 / Math.LN2, 10)
    expect(rows[1].surprisalBits).toBeCloseTo(-Math.log2(0.2), 4)
    // its lead over the runner-up: 0.2 − 0.7 (" sat" was likelier)
    expect(rows[1].margin).toBeCloseTo(-0.5, 4)
    expect(rows[0].margin).toBeCloseTo(0.6 - 0.3, 4)
    // the emoji's second half: its parent's entropy is unknown, its distribution has no runner-up
    const emoji = stepRows([byId(0), byId(4), byId(5)])
    expect(emoji[1].entropyBits).toBeNull()
    expect(emoji[1].margin).toBeNull()
  })
  it('sorts by any column, unknowns last, and jumps to the most uncertain and least likely', () => {
    const rows = stepRows([byId(0), byId(4), byId(5)])
    expect(sortSteps(rows, 'entropyBits', true).map((r) => r.pos)).toEqual([1, 2])
    expect(sortSteps(rows, 'p', false).map((r) => r.pos)).toEqual([1, 2])
    expect(jumpOrder(rows, 'uncertain').map((r) => r.pos)).toEqual([1]) // pos 2's entropy unknown
    expect(jumpOrder(stepRows([byId(0), byId(1), byId(3)]), 'unlikely').map((r) => r.node.id)).toEqual([3, 1])
  })
})
