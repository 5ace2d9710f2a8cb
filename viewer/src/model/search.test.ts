import { describe, expect, it } from 'vitest'
import { RunIndex } from './runIndex'
import { matchesOnPath, searchRun } from './search'
import { TokenTable } from './tokens'
import type { TraceRun } from './types'

// "Once upon a time, a wise old" + a branch " Elara": El|ara, " wise" " old" are separate tokens
const tokens = { '1': 'Once', '2': ' upon', '3': ' a', '4': ' time', '5': ',', '6': ' wise', '7': ' old', '8': ' El', '9': 'ara', '10': ' woman' }
const chain = [1, 2, 3, 4, 5, 3, 6, 7]
function run(): TraceRun {
  const nodes: TraceRun['nodes'] = [{ id: 0, parent: null, token: null, logprob: null, top: null, entropy: null }]
  chain.forEach((t, i) => nodes.push({ id: i + 1, parent: i, token: t, logprob: -0.1, top: null, entropy: null }))
  nodes.push({ id: 20, parent: 5, token: 8, logprob: -2, top: null, entropy: null })
  nodes.push({ id: 21, parent: 20, token: 9, logprob: -0.1, top: null, entropy: null })
  nodes.push({ id: 22, parent: 21, token: 10, logprob: -0.1, top: null, entropy: null })
  return { id: 'r', prompt: '', prompt_token_ids: [], strategy: { name: 'branch' }, top_k: 1, complete: true, nodes, results: [] }
}

describe('search across token boundaries', () => {
  const idx = new RunIndex(run())
  const table = new TokenTable({ tokens })
  it('finds a word split over tokens, once, with the tokens it covers', () => {
    const { hits, total } = searchRun(idx, table, 'elara')
    expect(total).toBe(1)
    expect(hits[0].nodes).toEqual([20, 21])
    expect(hits[0].match).toBe(' El'.slice(1) + 'ara')
    expect(hits[0].before.endsWith('a time, ')).toBe(true)
  })
  it('finds phrases over several tokens and matches inside one token', () => {
    expect(searchRun(idx, table, 'wise old').hits.map((h) => h.nodes)).toEqual([[7, 8]])
    expect(searchRun(idx, table, 'a ').total).toBe(3) // " a time", " a wise", "Elara woman"
    expect(searchRun(idx, table, 'pon').hits[0].nodes).toEqual([2])
  })
  it('marks the matched tokens on a path', () => {
    const path = idx.path(22).slice(1)
    expect([...matchesOnPath(path, table, 'Elara')]).toEqual([5, 6])
    expect([...matchesOnPath(idx.path(8).slice(1), table, 'wise old')]).toEqual([6, 7])
  })
})
