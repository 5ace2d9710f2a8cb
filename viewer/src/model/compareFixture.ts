// A comparison of fixtureTrace() with a made-up trace B, for unit tests: exact figures,
// intervals with and without an upper end, a Δ logprob known only as a bound, and one not
// known at all.
import type { Comparison, NodeFigures, Stats, Union, UnionColumns } from './comparison'
import { fixtureTrace } from './fixture'
import type { Trace } from './types'

const lp = (p: number) => Math.round(Math.log(p) * 1e5) / 1e5

/** Trace B: fixtureTrace() under another model (only its name and the probabilities differ). */
export function fixtureTraceB(): Trace {
  const b = fixtureTrace()
  b.model = { ...b.model, name: 'model-b', source: 'org/model-b', backend: 'transformers', dtype: 'bfloat16' }
  return b
}

function figures(node: number, token: number | null, over: Partial<NodeFigures>): NodeFigures {
  const base: NodeFigures = {
    run: 'beam', node, node_b: node, next: false, position: 1, context_node: 0, context_node_b: 0, token, text: null,
    context: 'The', logprob_a: null, logprob_b: null, delta_logprob: null, delta_logprob_lo: null, delta_logprob_hi: null,
    top1_a: null, top1_b: null, top1_agree: null, entropy_a_bits: null, entropy_b_bits: null, exact: null,
    cap_a: null, cap_b: null, prob_diff_mean: null, prob_diff_max: null, both_known: null,
  }
  for (const f of ['kl_ab', 'kl_ba', 'js', 'tv']) Object.assign(base, { [f]: null, [`${f}_lo`]: null, [`${f}_hi`]: null })
  return { ...base, ...over }
}

const exactKl = (v: number) => ({ exact: true, kl_ab: v, kl_ab_lo: v, kl_ab_hi: v, kl_ba: v / 2, kl_ba_lo: v / 2, kl_ba_hi: v / 2, js: 0.01, js_lo: 0.01, js_hi: 0.01, tv: 0.1, tv_lo: 0.1, tv_hi: 0.1 })

const spread = (mean: number, max: number, bound: boolean) => ({ mean, max, mean_hi: bound ? null : mean, max_hi: bound ? null : max, bound })

function stats(run?: string): Stats {
  return {
    ...(run ? { run } : {}),
    paired: 6, steps: 5, compared: 4, exact: 2, top1_agreement: 0.75,
    kl_ab: spread(0.6, 1.5, true), kl_ba: spread(0.3, 0.75, true), js: spread(0.01, 0.01, false), tv: spread(0.1, 0.1, false),
    delta_logprob: { mean_abs: 1.894107, max_abs: 3.5, count: 3, unknown: 1 },
    prob_diff: { mean: 0.05, max: 0.1, count: 6 },
  }
}

// the root's distribution: an interval, A does not record 17, B does not record 30
const ROOT = {
  exact: false, kl_ab_lo: 0.5, kl_ab_hi: 0.8, kl_ba_lo: 0.2, js_lo: 0.05, js_hi: 0.1, tv_lo: 0.1, tv_hi: 0.3,
  top1_a: 11, top1_b: 11, top1_agree: true, entropy_a_bits: 1.1 / Math.LN2, entropy_b_bits: 1.3 / Math.LN2,
  cap_a: 0.1, cap_b: 0.2,
}
// the distribution after " cat" (node 1): exact
const AFTER_CAT = {
  ...exactKl(0.1), top1_a: 12, top1_b: 17, top1_agree: false, entropy_a_bits: 0.9 / Math.LN2, entropy_b_bits: 1.0 / Math.LN2,
  cap_a: 0.05, cap_b: 0.05,
}
// each distribution's union, once, by the node it follows
const UNIONS: Record<string, Union> = {
  0: [[11, 0.6, 0.5], [30, 0.3, null], [17, null, 0.2]],
  1: [[12, 0.7, 0.6], [17, 0.2, 0.3], [4, 0.05, 0.05]],
  4: [[31, 0.99, 0.9]],
  5: [[40, 0.9, 0.8]],
}

function unionColumns(run: string, byNode: Record<string, Union>): UnionColumns {
  const out: UnionColumns = { run: [], context_node: [], offsets: [0], token: [], p_a: [], p_b: [] }
  for (const [node, union] of Object.entries(byNode)) {
    out.run.push(run)
    out.context_node.push(Number(node))
    for (const [token, pa, pb] of union) {
      out.token.push(token)
      out.p_a.push(pa)
      out.p_b.push(pb)
    }
    out.offsets.push(out.token.length)
  }
  return out
}

export function fixtureComparison(): Comparison {
  return {
    format: 'tracegen.compare', version: 4, tracegen_version: '0.1.0',
    a: { path: 'a.json', model: fixtureTrace().model, rescoring: null, runs: 1, nodes: 6 },
    b: { path: 'b.json', model: fixtureTraceB().model, rescoring: { trace: 'a.json', model: { name: 'm' } }, runs: 1, nodes: 6 },
    divergence: 'kl_ab',
    unpaired: { only_a: [], only_b: [], prompt_differs: [], retokenized: 0 },
    summary: { overall: { ...stats(), largest: [] }, runs: [stats('beam')] },
    // one row per step: a token and the distribution it was drawn from (its parent's)
    nodes: [
      figures(1, 11, {
        logprob_a: lp(0.6), logprob_b: lp(0.5), delta_logprob: lp(0.5) - lp(0.6),
        delta_logprob_lo: lp(0.5) - lp(0.6), delta_logprob_hi: lp(0.5) - lp(0.6), ...ROOT,
      }),
      // B did not record 12: only an upper end
      figures(2, 12, { position: 2, context_node: 1, context_node_b: 1, logprob_a: lp(0.7), delta_logprob_hi: -1.2, ...AFTER_CAT }),
      // nothing known about 17's Δ
      figures(3, 17, { position: 2, context_node: 1, context_node_b: 1, logprob_a: lp(0.2), ...AFTER_CAT }),
      figures(4, 30, {
        logprob_a: lp(0.3), logprob_b: lp(0.3) + 2, delta_logprob: 2, delta_logprob_lo: 2, delta_logprob_hi: 2, ...ROOT,
      }),
      figures(5, 31, {
        position: 2, context_node: 4, context_node_b: 4, logprob_a: lp(0.99), logprob_b: lp(0.99) - 3.5,
        delta_logprob: -3.5, delta_logprob_lo: -3.5, delta_logprob_hi: -3.5,
        ...exactKl(1.5), top1_a: 31, top1_b: 31, top1_agree: true, cap_a: 0.01, cap_b: 0.01,
      }),
      // the distribution after node 5 (no recorded token drawn from it)
      figures(5, null, {
        next: true, position: 3, context_node: 5, context_node_b: 5,
        exact: false, kl_ab_lo: 0.3, kl_ab_hi: null, top1_a: 40, top1_b: 40, top1_agree: true, cap_a: 0.1, cap_b: 0.1,
      }),
    ],
    unions: unionColumns('beam', UNIONS),
    order: [['beam', 5, false], ['beam', 1, false], ['beam', 5, true], ['beam', 2, false]],
  }
}
