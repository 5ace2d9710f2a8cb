// Compare mode's shared state: plain refs beside state.ts. A compare page (docs/compare.md)
// shows trace A like any trace; this module holds trace B, the comparison and what the page
// colours by, and answers "what does the comparison say about this node".
import { computed, markRaw, ref, shallowRef } from 'vue'
import {
  colourValue, deltaReading, figureReading, FigureIndex, readingText, type NodeFigures, type Reading,
} from './model/comparison'
import { colourOf, formatMetric, metricScale, metricValue, type CompareMetric, type ScaleMetric } from './model/scales'
import { TokenTable } from './model/tokens'
import type { Trace, TraceNode } from './model/types'
import type { ComparePair } from './source/types'
import { colourBy, index, runId, selectNext, selectNode, selectRun } from './state'

export const traceB = shallowRef<Trace | null>(null)
export const figures = shallowRef<FigureIndex | null>(null)
/** B's token table: a token only B records is named by it */
export const tokensB = shallowRef<TokenTable | null>(null)
export const isCompare = computed(() => figures.value !== null)
/** what token colours stand for on a compare page */
export const compareBy = ref<CompareMetric>('delta_logprob')
/** where the "next largest divergence" walk is in `comparison.order` (-1: not started) */
export const orderPos = ref(-1)

export function setComparison(pair: ComparePair): void {
  traceB.value = markRaw(pair.b)
  tokensB.value = markRaw(new TokenTable(pair.b, pair.b.model.special_token_ids ?? []))
  figures.value = markRaw(new FigureIndex(pair.comparison))
  orderPos.value = -1
  disagreePos.value = -1
}

/** The figures of the step `node` of the shown run (A's node id): its token and the distribution it was drawn from. */
export function figuresOf(node: TraceNode | undefined): NodeFigures | undefined {
  const f = figures.value
  return f && node ? f.get(runId.value, node.id) : undefined
}

/** The figures of the distribution after `node` (the one the page shows with `node` as the context). */
export function distributionAfter(node: TraceNode | undefined): NodeFigures | undefined {
  const f = figures.value
  return f && node ? f.distributionAfter(runId.value, node.id) : undefined
}

/**
 * What the comparison says about tokens `nodes` (consecutive, on one path) drawn as one piece:
 * Δ logprob of them together, or the divergence of the distribution the first was drawn from
 * (the first's own step row, which holds its parent's distribution).
 */
export function compareReading(metric: CompareMetric, nodes: readonly TraceNode[], parent: TraceNode | undefined): Reading {
  if (metric === 'delta_logprob') return deltaReading(nodes.map(figuresOf))
  return figureReading(figuresOf(nodes[0]) ?? distributionAfter(parent), figures.value?.comparison.divergence ?? 'kl_ab')
}

/**
 * The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `v`: the end of a
 * scale fitted to the data, so that a comparison whose figures are all below 0.05 nats is
 * drawn on 0…0.05, not on 0…2 where every token would look the same.
 */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 0
  const power = 10 ** Math.floor(Math.log10(v))
  for (const m of [1, 2, 5, 10]) if (m * power >= v * (1 - 1e-9)) return Number((m * power).toPrecision(12))
  return 10 * power
}

/** The least a fitted scale reaches (below, figures are rounding). */
const DOMAIN_FLOOR: Record<CompareMetric, number> = { delta_logprob: 0.001, divergence: 0.0001 }

/** The rows of the shown run, in the comparison's order. */
const runRows = computed<NodeFigures[]>(() => {
  const c = figures.value?.comparison
  return c ? c.nodes.filter((f) => f.run === runId.value) : []
})

/** What each row shows for `metric`: Δ logprob of its token, or the divergence of its distribution. */
function rowReading(metric: CompareMetric, f: NodeFigures): Reading {
  return metric === 'delta_logprob' ? deltaReading([f]) : figureReading(f, figures.value?.comparison.divergence ?? 'kl_ab')
}

/**
 * Each compare metric's colour and strip domain, fitted to the shown run: up to the largest
 * known value (a bound's known end) rounded up to a nice number, never past the metric's
 * own domain's end; symmetric around 0 for Δ logprob. The legend shows it.
 */
export const compareDomains = computed<Record<CompareMetric, [number, number]>>(() => {
  const out = {} as Record<CompareMetric, [number, number]>
  for (const metric of ['delta_logprob', 'divergence'] as CompareMetric[]) {
    const full = metricScale(metric).domain[1]
    let largest = 0
    for (const f of runRows.value) {
      if (metric === 'divergence' && f.next) continue
      const v = colourValue(rowReading(metric, f))
      if (v !== null) largest = Math.max(largest, Math.abs(v))
    }
    const end = Math.min(full, Math.max(DOMAIN_FLOOR[metric], niceCeil(largest)))
    out[metric] = metric === 'delta_logprob' ? [-end, end] : [0, end]
  }
  return out
})

/** The colour of `value` on `metric`'s scale fitted to the shown run. */
export function compareColour(metric: CompareMetric, value: number): string {
  return colourOf(metric, value, compareDomains.value[metric])
}

const isCompareMetric = (metric: ScaleMetric): metric is CompareMetric => metric === 'delta_logprob' || metric === 'divergence'

/** The domain token colours of `metric` span: fitted to the run on a compare page, else the metric's own. */
export function metricDomain(metric: ScaleMetric): [number, number] {
  return isCompareMetric(metric) && isCompare.value ? compareDomains.value[metric] : metricScale(metric).domain
}

/** The colour of a token's `value` in `metric`: on the fitted scale on a compare page. */
export function metricColour(metric: ScaleMetric, value: number): string {
  return isCompareMetric(metric) && isCompare.value ? compareColour(metric, value) : colourOf(metric, value)
}

/**
 * Whether most of the shown run's figures for `metric` are only bounds (a trace of a server's
 * top-k): then hatching every token says nothing, so tokens show their known end plainly and
 * the legend says once that colours are bounds. Hatched only where bounds are the exception.
 */
export const boundsEverywhere = computed<Record<CompareMetric, boolean>>(() => {
  const out = {} as Record<CompareMetric, boolean>
  for (const metric of ['delta_logprob', 'divergence'] as CompareMetric[]) {
    let known = 0
    let bound = 0
    for (const f of runRows.value) {
      const r = rowReading(metric, f)
      if (r.state !== 'unknown') known++
      if (r.state === 'bound') bound++
    }
    out[metric] = known > 0 && bound * 2 > known
  }
  return out
})

/** The metric token colours show: the compare switch on a compare page, else the viewer's. */
export const colourMetric = computed<ScaleMetric>(() => (isCompare.value ? compareBy.value : colourBy.value))

/**
 * The value a node is coloured by in the tree and the outline, with whether it is only a bound
 * (then the colour is the bound's known end, and the view marks it). NaN when unknown.
 */
export function nodeColour(node: TraceNode, parent: TraceNode | undefined): { value: number; colour?: string; bound: boolean; text: string } {
  if (!isCompare.value) {
    const value = metricValue(colourBy.value, node, parent)
    return { value, bound: false, text: formatMetric(colourBy.value, value) }
  }
  const metric = compareBy.value
  const r = compareReading(metric, [node], parent)
  const value = colourValue(r) ?? NaN
  return {
    value, colour: Number.isNaN(value) ? undefined : compareColour(metric, value),
    bound: r.state === 'bound' && !boundsEverywhere.value[metric],
    text: r.state === 'unknown' ? 'unknown' : `${readingText(r, digitsFor(metric), metric === 'delta_logprob')} nats`,
  }
}

/** Decimals that show a figure on the fitted scale: 0.0012 on a 0…0.005 scale, 1.23 on 0…2. */
export function digitsFor(metric: CompareMetric): number {
  const end = compareDomains.value[metric][1]
  return Math.max(2, Math.min(5, 2 - Math.floor(Math.log10(end))))
}

/** Where the "next top-1 disagreement" walk is in `disagreements` (-1: not started). */
export const disagreePos = ref(-1)

/**
 * The distributions whose most likely tokens differ, each named by its first row, in the
 * comparison's run and node order (the order the text reads in).
 */
export const disagreements = computed<NodeFigures[]>(() => {
  const c = figures.value?.comparison
  if (!c) return []
  const seen = new Set<string>()
  const out: NodeFigures[] = []
  for (const f of c.nodes) {
    const key = `${f.context_node}\u0000${f.run}`
    if (f.top1_agree !== false || seen.has(key)) continue
    seen.add(key)
    out.push(f)
  }
  return out
})

/** Step the "next top-1 disagreement" walk by `delta` and show that step as its permalink does. */
export function walkDisagreement(delta: number): void {
  const list = disagreements.value
  if (!list.length) return
  const next = disagreePos.value < 0 ? (delta > 0 ? 0 : list.length - 1) : (disagreePos.value + delta + list.length) % list.length
  disagreePos.value = next
  showRow(list[next].run, list[next].node, list[next].next)
}

function showRow(run: string, node: number, after: boolean): void {
  if (runId.value !== run) selectRun(run)
  if (!index.value?.has(node)) return
  if (after) selectNext(node)
  else selectNode(node)
}

/** The number of contexts the walk steps through. */
export const orderLength = computed(() => figures.value?.comparison.order.length ?? 0)

/**
 * Step the "next largest divergence" walk by `delta` (1: the next smaller, −1: back) and show
 * that step as its permalink does: its run, its token selected (or the next-token slot).
 */
export function walkDivergence(delta: number): void {
  const order = figures.value?.comparison.order
  if (!order?.length) return
  const next = orderPos.value < 0 ? (delta > 0 ? 0 : order.length - 1) : (orderPos.value + delta + order.length) % order.length
  orderPos.value = next
  const [run, node, after] = order[next]
  showRow(run, node, after)
}
