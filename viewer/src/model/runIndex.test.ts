import { describe, expect, it } from 'vitest'
import { fixtureTrace, fixtureTraceV2 } from './fixture'
import { endedSequence, isTopKOnly, knownMass, rankLabel, RunIndex, topMass } from './runIndex'

describe('RunIndex', () => {
  const idx = new RunIndex(fixtureTrace().runs[0])
  it('walks paths and children', () => {
    expect(idx.path(2).map((n) => n.id)).toEqual([0, 1, 2])
    expect(idx.children(1)).toEqual([2, 3])
    expect(idx.childByToken(1, 17)?.id).toBe(3)
    expect(idx.depth(5)).toBe(2)
    expect(idx.subtreeSize(0)).toBe(5)
  })
  it('extends towards the best result', () => {
    expect(idx.extend(0)).toBe(2)
    expect(idx.extend(4)).toBe(5)
  })
  it('marks pruned beams', () => {
    expect(idx.isPruned(3)).toBe(true)
    expect(idx.isPruned(2)).toBe(false)
    expect(idx.resultRank(5)).toBe(1)
  })
  it('folds single-child chains', () => {
    const chains = idx.chains()
    expect(chains.map((c) => c.nodes)).toEqual([[1], [4, 5]])
    expect(chains[0].children.map((c) => [c.level, c.nodes])).toEqual([[1, [2]], [1, [3]]])
  })
  it('grows with live nodes', () => {
    const live = new RunIndex(fixtureTrace().runs[0])
    expect(live.addNode({ id: 9, parent: 2, token: 40, logprob: -0.1, top: null, entropy: null })).toBe(true)
    expect(live.addNode({ id: 9, parent: 2, token: 40, logprob: -0.1, top: [[1, -1]], entropy: 1 })).toBe(false)
    expect(live.node(9)?.top).toEqual([[1, -1]])
    expect(live.path(9).length).toBe(4)
  })
  it('takes refreshed results', () => {
    const live = new RunIndex(fixtureTrace().runs[0])
    live.setResults([{ node: 3, score: -1, text: ' cat ran' }])
    expect(live.resultRank(3)).toBe(0)
    expect(live.resultRank(2)).toBeUndefined()
    expect(live.isPruned(2)).toBe(true)
    expect(endedSequence(live.node(2))).toBe(false)
    expect(endedSequence({ ...live.node(2)!, finish: 'eos' })).toBe(true)
  })
  it('sums top-k mass', () => {
    expect(topMass([[1, Math.log(0.5)], [2, Math.log(0.25)]])).toBeCloseTo(0.75)
  })
})

describe('what a top-k-only trace knows', () => {
  const full = new RunIndex(fixtureTrace().runs[0])
  const topk = new RunIndex(fixtureTraceV2().runs[0])
  it('takes the recorded top-k mass, else sums the top-k', () => {
    expect(isTopKOnly(topk.node(0))).toBe(true)
    expect(knownMass(topk.node(0))).toBe(0.9)
    expect(isTopKOnly(full.node(0))).toBe(false)
    expect(knownMass(full.node(0))).toBeCloseTo(0.9, 4)
  })
  it('labels known, inferred and unknown ranks', () => {
    // shown from 1: the trace's rank 1 is the page's rank 2
    expect(rankLabel(full.node(3)!, full.node(1))).toBe('rank 2')
    expect(rankLabel(topk.node(2)!, topk.node(1))).toBe('rank > 2')
    expect(rankLabel({ ...topk.node(1)!, rank: undefined }, topk.node(0))).toBe('rank 1')
    expect(rankLabel(topk.node(2)!, undefined)).toBe('rank unknown')
  })
})
