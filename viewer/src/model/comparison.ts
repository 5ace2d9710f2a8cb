// The comparison a compare page embeds (`script#tracegen-compare`, docs/compare.md "The data
// contract", tracegen/comparison/schema.json) and what the page reads from it: per-node
// figures by (run, node), Δ logprob and divergence as values that may be only bounds.
import { SourceError } from '../source/types'
import type { TraceModelInfo } from './types'

/** The comparison format version this viewer reads. */
export const COMPARE_VERSION = 4

/**
 * The figures of one step, the viewer's convention: the token of `node` and the distribution
 * it was drawn from (its parent's, `context_node`), so `#run=..&node=..` shows this row. A
 * `next` row is a distribution no recorded token was drawn from: the one after `node`.
 */
export interface NodeFigures {
  run: string
  node: number
  node_b: number
  next: boolean
  /** the token's position after the prompt (1 = the first generated token; the page's "Token N") */
  position: number
  /** A's (and B's) id of the node the distribution follows */
  context_node: number
  context_node_b: number
  token: number | null
  text: string | null
  context: string
  logprob_a: number | null
  logprob_b: number | null
  delta_logprob: number | null
  delta_logprob_lo: number | null
  delta_logprob_hi: number | null
  top1_a: number | null
  top1_b: number | null
  top1_agree: boolean | null
  entropy_a_bits: number | null
  entropy_b_bits: number | null
  /** true: divergences exact; false: intervals; null: one side has no distribution here */
  exact: boolean | null
  cap_a: number | null
  cap_b: number | null
  prob_diff_mean: number | null
  prob_diff_max: number | null
  both_known: number | null
  /** kl_ab, kl_ab_lo, kl_ab_hi, kl_ba..., js..., tv... */
  [figure: string]: unknown
}

/** Every token either side records in one distribution, most likely first: [id, p_A or null, p_B or null]. */
export type Union = [number, number | null, number | null][]

export interface Spread {
  mean: number | null
  max: number | null
  mean_hi: number | null
  max_hi: number | null
  bound: boolean
}

export interface Largest {
  run: string
  node: number
  node_b: number
  next: boolean
  context: string
  token: number | null
  text: string | null
  kl_ab: number | null
  kl_ab_lo: number
  kl_ab_hi: number | null
  js_lo: number
  top3_a: [number, string, number][]
  top3_b: [number, string, number][]
}

export interface Stats {
  paired: number
  steps: number
  compared: number
  exact: number
  top1_agreement: number | null
  kl_ab: Spread
  kl_ba: Spread
  js: Spread
  tv: Spread
  delta_logprob: { mean_abs: number | null; max_abs: number | null; count: number; unknown: number }
  prob_diff: { mean: number | null; max: number | null; count: number }
  largest?: Largest[]
  run?: string
}

export interface Side {
  path: string
  model: TraceModelInfo
  rescoring: { trace?: string; [k: string]: unknown } | null
  runs: number
  nodes: number
}

export type DivergenceName = 'kl_ab' | 'kl_ba' | 'js' | 'tv'

/**
 * Each compared distribution's union, once (a node with c children is c rows of one
 * distribution), column by column: distribution d, named by `run[d]` and `context_node[d]`,
 * holds cells `offsets[d]` to `offsets[d + 1] - 1` of `token`, `p_a` and `p_b`.
 */
export interface UnionColumns {
  run: string[]
  context_node: number[]
  offsets: number[]
  token: number[]
  p_a: (number | null)[]
  p_b: (number | null)[]
}

interface ComparisonHead {
  format: 'tracegen.compare'
  version: number
  tracegen_version: string
  a: Side
  b: Side
  divergence: DivergenceName
  unpaired: { only_a: string[]; only_b: string[]; prompt_differs: string[]; retokenized: number }
  summary: { overall: Stats; runs: Stats[] }
  unions: UnionColumns
}

/** The comparison as a page embeds it (`tracegen compare --json`): the per-step figures column by column. */
export interface ComparisonData extends ComparisonHead {
  /** `nodes[field][i]`: step i's field */
  nodes: Record<string, unknown[]>
  /** the row naming each compared distribution, largest divergence first */
  order: number[]
}

/** The comparison as the page uses it: one object per step. */
export interface Comparison extends ComparisonHead {
  nodes: NodeFigures[]
  /** [run, node, next] of each compared distribution, largest divergence first */
  order: [string, number, boolean][]
}

/**
 * What one side's weights were as run: "Q4_1 GGUF weights dequantized to float32" (so a
 * comparison says it measures kernels, not 4-bit weight loss), "Q4_1 GGUF weights", the dtype,
 * or that a server did not say (as tracegen compare's summary words it).
 */
export function weightsText(m: TraceModelInfo): string {
  const q = m.quantization as string | null | undefined
  if (q || m.gguf) {
    const weights = `${q || 'unknown-type'} GGUF weights`
    return m.dequantized_to ? `${weights} dequantized to ${String(m.dequantized_to)}` : weights
  }
  if (m.dtype) return String(m.dtype)
  return m.backend === 'openai' || m.base_url ? 'weights not reported by the server' : 'dtype not recorded'
}

/** Human names of the divergences. */
export const DIVERGENCE_LABEL: Record<DivergenceName, string> = {
  kl_ab: 'KL(A\u2016B)',
  kl_ba: 'KL(B\u2016A)',
  js: 'JS',
  tv: 'TV',
}

/**
 * A value the comparison may know only partly. `exact`: `value` is it. `bound`: it lies in
 * [lo, hi], where a null end is unbounded. `unknown`: nothing is known (never shown as 0).
 */
export interface Reading {
  state: 'exact' | 'bound' | 'unknown'
  value: number | null
  lo: number | null
  hi: number | null
}

const UNKNOWN: Reading = { state: 'unknown', value: null, lo: null, hi: null }

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Per-step figures of a comparison by (run, A's node id), and by the distribution's context. */
export class FigureIndex {
  private steps = new Map<string, NodeFigures>()
  private after = new Map<string, NodeFigures>()
  private unionAt = new Map<string, number>()
  private unionCache = new Map<number, Union>()

  constructor(readonly comparison: Comparison) {
    for (const f of comparison.nodes) {
      if (!f.next) this.steps.set(FigureIndex.key(f.run, f.node), f)
      const ctx = FigureIndex.key(f.run, f.context_node)
      if (!this.after.has(ctx)) this.after.set(ctx, f)
    }
    const u = comparison.unions
    u.run.forEach((run, d) => this.unionAt.set(FigureIndex.key(run, u.context_node[d]), d))
  }

  private static key(run: string, node: number): string {
    return `${node}\u0000${run}`
  }

  /** The step of node `node`: its token and the distribution it was drawn from. */
  get(run: string, node: number): NodeFigures | undefined {
    return this.steps.get(FigureIndex.key(run, node))
  }

  /** A row holding the distribution after node `node` (a step drawn from it, or its `next` row). */
  distributionAfter(run: string, node: number): NodeFigures | undefined {
    return this.after.get(FigureIndex.key(run, node))
  }

  /** The union of the distribution row `f` describes (undefined: one side has no distribution there). */
  union(f: NodeFigures | undefined): Union | undefined {
    const d = f ? this.unionAt.get(FigureIndex.key(f.run, f.context_node)) : undefined
    if (d === undefined) return undefined
    let union = this.unionCache.get(d)
    if (!union) {
      const u = this.comparison.unions
      union = []
      for (let i = u.offsets[d]; i < u.offsets[d + 1]; i++) union.push([u.token[i], u.p_a[i], u.p_b[i]])
      this.unionCache.set(d, union)
    }
    return union
  }

  /** The summary of one run (the overall one when the run has none). */
  runStats(run: string): Stats | undefined {
    return this.comparison.summary.runs.find((s) => s.run === run)
  }
}

/** A figure (`kl_ab`, `js`, ...) of a node as a reading: exact, or its interval. */
export function figureReading(f: NodeFigures | undefined, name: DivergenceName): Reading {
  if (!f || f.exact === null || f.exact === undefined) return UNKNOWN
  const exact = num(f[name])
  if (f.exact && exact !== null) return { state: 'exact', value: exact, lo: exact, hi: exact }
  const lo = num(f[`${name}_lo`])
  const hi = num(f[`${name}_hi`])
  if (lo === null && hi === null) return UNKNOWN
  return { state: 'bound', value: null, lo, hi }
}

/**
 * Δ logprob (B − A) of the tokens `figures` (consecutive tokens of one path, drawn as one
 * piece of text): the sum of theirs, an interval when one is only bounded, unknown when one is
 * unknown or missing.
 */
export function deltaReading(figures: readonly (NodeFigures | undefined)[]): Reading {
  if (!figures.length) return UNKNOWN
  let lo: number | null = 0
  let hi: number | null = 0
  let exact = true
  for (const f of figures) {
    if (!f) return UNKNOWN
    const d = num(f.delta_logprob)
    if (d !== null) {
      lo = lo === null ? null : lo + d
      hi = hi === null ? null : hi + d
      continue
    }
    const flo = num(f.delta_logprob_lo)
    const fhi = num(f.delta_logprob_hi)
    if (flo === null && fhi === null) return UNKNOWN
    exact = false
    lo = lo === null || flo === null ? null : lo + flo
    hi = hi === null || fhi === null ? null : hi + fhi
  }
  if (exact) return { state: 'exact', value: lo, lo, hi }
  return { state: 'bound', value: null, lo, hi }
}

/** The value to colour by: the exact value, else the bound's known end (the lower one first). */
export function colourValue(r: Reading): number | null {
  if (r.state === 'exact') return r.value
  if (r.state === 'bound') return r.lo ?? r.hi
  return null
}

/** A signed number with a real minus sign. */
export function signed(v: number, digits: number): string {
  const s = Math.abs(v).toFixed(digits)
  if (Number(s) === 0) return s
  return (v < 0 ? '\u2212' : '+') + s
}

/** A reading as text: `+1.23`, `≤ −2.10`, `0.84 … 1.10`, `≥ 0.84`, `unknown`. */
export function readingText(r: Reading, digits = 2, sign = false): string {
  const f = (v: number) => (sign ? signed(v, digits) : v.toFixed(digits))
  if (r.state === 'exact' && r.value !== null) return f(r.value)
  if (r.state === 'bound') {
    if (r.lo !== null && r.hi !== null) return r.lo === r.hi ? f(r.lo) : `${f(r.lo)} \u2026 ${f(r.hi)}`
    if (r.lo !== null) return `\u2265 ${f(r.lo)}`
    if (r.hi !== null) return `\u2264 ${f(r.hi)}`
  }
  return 'unknown'
}

/**
 * B − A of one token's probability, when one side did not record it: the unrecorded side is
 * somewhere in [0, cap], so the difference is an interval.
 */
export function probDiff(pa: number | null, pb: number | null, capA: number | null, capB: number | null): Reading {
  if (pa !== null && pb !== null) return { state: 'exact', value: pb - pa, lo: pb - pa, hi: pb - pa }
  if (pa === null && pb !== null) return { state: 'bound', value: null, lo: capA === null ? null : pb - capA, hi: pb }
  if (pb === null && pa !== null) return { state: 'bound', value: null, lo: -pa, hi: capB === null ? null : capB - pa }
  return UNKNOWN
}

/** Δ logprob of one candidate (log p_B − log p_A), an interval when one side is only capped. */
export function candidateDelta(pa: number | null, pb: number | null, capA: number | null, capB: number | null): Reading {
  const ln = (p: number) => Math.log(p)
  if (pa !== null && pb !== null && pa > 0 && pb > 0) {
    const d = ln(pb) - ln(pa)
    return { state: 'exact', value: d, lo: d, hi: d }
  }
  // p_A in (0, cap_A]: log p_B − log p_A >= log p_B − log cap_A, unbounded above
  if (pa === null && pb !== null && pb > 0) return { state: 'bound', value: null, lo: capA ? ln(pb) - ln(capA) : null, hi: null }
  if (pb === null && pa !== null && pa > 0) return { state: 'bound', value: null, lo: null, hi: capB ? ln(capB) - ln(pa) : null }
  return UNKNOWN
}

/**
 * The comparison a page embeds, as the page uses it (one object per step), after checking
 * that this viewer reads its version.
 */
export function readComparison(data: ComparisonData): Comparison {
  checkComparison(data)
  const columns = Object.entries(data.nodes)
  const count = columns.length ? columns[0][1].length : 0
  const nodes: NodeFigures[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {}
    for (const [name, values] of columns) row[name] = values[i]
    nodes[i] = row as NodeFigures
  }
  const order = data.order.map((i): [string, number, boolean] => [nodes[i].run, nodes[i].node, nodes[i].next])
  return { ...data, nodes, order }
}

/** The comparison as a page embeds it: `readComparison` undone (for tests and fixtures). */
export function comparisonData(c: Comparison): ComparisonData {
  const nodes: Record<string, unknown[]> = {}
  for (const name of c.nodes.length ? Object.keys(c.nodes[0]) : []) nodes[name] = c.nodes.map((f) => f[name])
  const rowOf = new Map(c.nodes.map((f, i) => [`${f.run}\u0000${f.node}\u0000${f.next}`, i]))
  const order = c.order.map(([run, node, next]) => rowOf.get(`${run}\u0000${node}\u0000${next}`) ?? -1)
  return { ...c, nodes, order }
}

/** Refuse a comparison this viewer cannot read, with a message that says what to do. */
export function checkComparison(c: Partial<ComparisonHead>): void {
  if (c.format !== 'tracegen.compare') throw new SourceError('the embedded comparison is not a tracegen.compare object')
  if (typeof c.version === 'number' && c.version > COMPARE_VERSION) {
    throw new SourceError(`comparison format version ${c.version} is newer than this viewer reads (up to ${COMPARE_VERSION}); upgrade tracegen`)
  }
  if (c.version !== COMPARE_VERSION) {
    throw new SourceError(`comparison format version ${String(c.version)} is older than this viewer reads (${COMPARE_VERSION}): run tracegen compare again`)
  }
}
