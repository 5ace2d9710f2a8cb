import { describe, expect, it } from 'vitest'
import { fixtureTrace } from './fixture'
import { RunIndex } from './runIndex'
import { COLUMN, layoutTree, orderedChildren, ROW } from './treeLayout'

describe('tree layout', () => {
  const idx = new RunIndex(fixtureTrace().runs[0])
  it('orders children by logprob, most likely first', () => {
    // node 0: children 1 (p 0.6) and 4 (p 0.3); node 1: 2 (0.7) and 3 (0.2)
    expect(orderedChildren(idx, 0)).toEqual([1, 4])
    expect(orderedChildren(idx, 1)).toEqual([2, 3])
  })
  it('puts depth along x and siblings ROW apart', () => {
    const { byId } = layoutTree(idx)
    expect(byId.get(0)!.x).toBe(0)
    expect(byId.get(5)!.x).toBe(2 * COLUMN)
    expect(byId.get(3)!.y - byId.get(2)!.y).toBe(ROW)
    // cousins (2 and 3 under 1, 5 under 4) are 1.25 rows apart, and above comes before below
    expect(byId.get(5)!.y - byId.get(3)!.y).toBeCloseTo(1.25 * ROW, 9)
    expect(byId.get(1)!.y).toBeLessThan(byId.get(4)!.y)
  })
  it('leaves collapsed subtrees out and counts them', () => {
    const { nodes, byId } = layoutTree(idx, new Set([1]))
    expect(nodes.map((n) => n.id).sort()).toEqual([0, 1, 4, 5])
    expect(byId.get(1)!.hidden).toBe(2)
  })
})
