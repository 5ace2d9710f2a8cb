// A small trace for unit tests: beam run with a pruned branch, split emoji tokens.
import type { Trace } from './types'

const lp = (p: number) => Math.round(Math.log(p) * 1e5) / 1e5

export function fixtureTrace(): Trace {
  return {
    format: 'tracegen.trace',
    version: 1,
    created: '2026-11-28T02:40:00+00:00',
    tracegen_version: '0.1.0',
    model: { name: 'm', vocab_size: 50, special_token_ids: [40], eos_token_ids: [40] },
    tokens: { '10': 'The', '11': ' cat', '12': ' sat', '17': ' ran', '30': '<0xF0><0x9F>', '31': '<0x98><0x80>', '40': '<|endoftext|>', '4': '<b>x</b>' },
    token_bytes: { '30': 'f09f', '31': '9880' },
    runs: [{
      id: 'beam', prompt: 'The', prompt_token_ids: [10], strategy: { name: 'beam', num_beams: 2 }, top_k: 3, complete: true,
      nodes: [
        { id: 0, parent: null, token: null, logprob: null, top: [[11, lp(0.6)], [30, lp(0.3)]], entropy: 1.1 },
        { id: 1, parent: 0, token: 11, logprob: lp(0.6), rank: 0, top: [[12, lp(0.7)], [17, lp(0.2)], [4, lp(0.05)]], entropy: 0.9 },
        { id: 2, parent: 1, token: 12, logprob: lp(0.7), rank: 0, top: null, entropy: null, finish: 'length' },
        { id: 3, parent: 1, token: 17, logprob: lp(0.2), rank: 1, top: null, entropy: null, finish: 'length' },
        { id: 4, parent: 0, token: 30, logprob: lp(0.3), rank: 1, top: [[31, lp(0.99)]], entropy: null },
        { id: 5, parent: 4, token: 31, logprob: lp(0.99), rank: 0, top: [[40, lp(0.9)]], entropy: 0.2 },
      ],
      results: [{ node: 2, score: -0.87, text: ' cat sat' }, { node: 5, score: -1.2, text: '😀' }],
    }],
  }
}
