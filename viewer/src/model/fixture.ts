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

/** The markup an unmapped token carries in the v2 fixture: it must show as text. */
export const UNMAPPED_PAYLOAD = '<img src=x onerror=alert(1)>'

/**
 * A format-v2 trace as a server or a saved response gives it: top-k only (entropy null,
 * top_mass), a chosen token outside the top-k (no rank), a text-only token (id -1), no
 * vocabulary size and no prompt.
 */
export function fixtureTraceV2(): Trace {
  return {
    format: 'tracegen.trace',
    version: 4,
    created: '2026-11-28T02:40:00+00:00',
    tracegen_version: '0.2.0',
    model: { name: 'served', vocab_size: null, backend: 'openai', base_url: 'http://127.0.0.1:8000/v1' },
    tokens: { '-1': UNMAPPED_PAYLOAD, '11': ' there', '12': ' you', '13': '!' },
    runs: [{
      id: 'imported', prompt: '', prompt_token_ids: [], strategy: { name: 'import' }, top_k: 3, complete: true,
      nodes: [
        { id: 0, parent: null, token: null, logprob: null, top: [[11, lp(0.6)], [-1, lp(0.2)], [12, lp(0.1)]], entropy: null, top_mass: 0.9 },
        { id: 1, parent: 0, token: 11, logprob: lp(0.6), rank: 0, top: [[13, lp(0.5)], [12, lp(0.3)]], entropy: null, top_mass: 0.8 },
        { id: 2, parent: 1, token: -1, logprob: lp(0.05), top: [[13, lp(0.9)], [12, lp(0.05)]], entropy: null, top_mass: 0.95 },
        { id: 3, parent: 2, token: 13, logprob: lp(0.9), rank: 0, top: null, entropy: null, finish: 'eos' },
      ],
      results: [{ node: 3, score: -3.6, text: ` there${UNMAPPED_PAYLOAD}!` }],
    }],
  }
}
