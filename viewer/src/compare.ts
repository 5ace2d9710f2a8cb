// Compare mode's shared state: plain refs beside state.ts. A compare page (docs/compare.md)
// shows trace A like any trace; this module holds trace B, the comparison and what the page
// colours by, and answers "what does the comparison say about this node".
import { computed, markRaw, ref, shallowRef } from 'vue'
import {
  colourValue, deltaReading, figureReading, FigureIndex, readingText, type NodeFigures, type Reading,
} from './model/comparison'
import { formatMetric, metricValue, type CompareMetric, type ScaleMetric } from './model/scales'
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

/** The metric token colours show: the compare switch on a compare page, else the viewer's. */
export const colourMetric = computed<ScaleMetric>(() => (isCompare.value ? compareBy.value : colourBy.value))

/**
 * The value a node is coloured by in the tree and the outline, with whether it is only a bound
 * (then the colour is the bound's known end, and the view marks it). NaN when unknown.
 */
export function nodeColour(node: TraceNode, parent: TraceNode | undefined): { value: number; bound: boolean; text: string } {
  if (!isCompare.value) {
    const value = metricValue(colourBy.value, node, parent)
    return { value, bound: false, text: formatMetric(colourBy.value, value) }
  }
  const metric = compareBy.value
  const r = compareReading(metric, [node], parent)
  return { value: colourValue(r) ?? NaN, bound: r.state === 'bound', text: r.state === 'unknown' ? 'unknown' : `${readingText(r, 2, metric === 'delta_logprob')} nats` }
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
  if (runId.value !== run) selectRun(run)
  if (!index.value?.has(node)) return
  if (after) selectNext(node)
  else selectNode(node)
}
