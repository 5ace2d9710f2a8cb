// Shared viewer state: plain refs in a module (no store library). Trace data is kept out of
// Vue's deep reactivity (markRaw); `revision` is bumped whenever a live source grows it.
import { computed, markRaw, ref, shallowRef } from 'vue'
import { pathMetrics, type PathMetrics } from './model/metrics'
import { endedSequence, RunIndex } from './model/runIndex'
import type { Metric } from './model/scales'
import { isUnmapped, TokenTable } from './model/tokens'
import type { TokenPatch, Trace, TraceNode, TraceResult, TraceRun } from './model/types'
import type { ContinueOptions, NewRunReply, SourceChange, TraceSource } from './source/types'

export const source = shallowRef<TraceSource | null>(null)
export const trace = shallowRef<Trace | null>(null)
export const tokens = shallowRef<TokenTable>(markRaw(new TokenTable({ tokens: {} })))
export const indexes = shallowRef<Map<string, RunIndex>>(new Map())
export const revision = ref(0)
export const loadError = ref<string | null>(null)
/**
 * The page shows its first view (every top-k cut to its first candidates,
 * `script#tracegen-first-view`) while the browser still reads the whole trace.
 */
export const partial = ref(false)
export const actionError = ref<string | null>(null)
export const busy = ref(false)

export const runId = ref('')
/** the end of the displayed path */
export const leafId = ref(0)
/** selected position on the path: 1..n selects path[i]; n+1 (past the end) is the next-token slot */
export const pos = ref(1)
/** candidate row focused with up/down in the distribution, -1 = the chosen one */
export const focus = ref(-1)
export const showInvisible = ref(false)
export const view = ref<'text' | 'tree' | 'outline' | 'steps'>('text')
/** what token colours stand for */
export const colourBy = ref<Metric>('probability')
/** the search box's text: its matches are highlighted in the text */
export const searchQuery = ref('')
/**
 * A message about the last thing asked that could not be done (a branch the static trace
 * did not record, a token after the end of the sequence); cleared by the next selection.
 */
export const notice = ref<string | null>(null)

export const isLive = computed(() => source.value?.mode === 'live')

export const index = computed<RunIndex | null>(() => {
  void revision.value
  return indexes.value.get(runId.value) ?? null
})

export const run = computed<TraceRun | null>(() => index.value?.run ?? null)

export const path = computed<TraceNode[]>(() => {
  void revision.value
  const idx = index.value
  return idx ? idx.path(leafId.value) : []
})

/**
 * the last selectable position: the next-token slot exists when the leaf was evaluated and
 * did not end the sequence
 */
export const maxPos = computed(() => {
  const p = path.value
  if (!p.length) return 0
  const leaf = p[p.length - 1]
  return leaf.top && !endedSequence(leaf) ? p.length : p.length - 1
})

/** How results are ranked in the page: as recorded (the strategy's score), or by total or mean logprob. */
export type ResultOrder = 'score' | 'total' | 'mean'
export const resultOrder = ref<ResultOrder>('score')

export interface RankedResult {
  result: TraceResult
  /** 0-based position in the trace's `results` (what `--result` counts, from 1) */
  recorded: number
  metrics: PathMetrics
}

/** The run's results in the page's order, each with its sequence metrics. */
export const rankedResults = computed<RankedResult[]>(() => {
  void revision.value
  const idx = index.value
  if (!idx) return []
  const list = idx.run.results.map((result, recorded) => ({ result, recorded, metrics: pathMetrics(idx.path(result.node).slice(1)) }))
  const order = resultOrder.value
  if (order === 'score') return list
  // unknown metrics last; ties keep the recorded order (Array.prototype.sort is stable)
  const key = (r: RankedResult) => {
    const m = r.metrics
    const v = order === 'total' ? m.totalLogprob : m.meanSurprisalNats === null ? null : -m.meanSurprisalNats
    return v ?? -Infinity
  }
  return [...list].sort((a, b) => key(b) - key(a))
})

/** node id -> the page's 0-based rank of the result that ends there */
export const resultRanks = computed(() => {
  const map = new Map<number, number>()
  rankedResults.value.forEach((r, i) => { if (!map.has(r.result.node)) map.set(r.result.node, i) })
  return map
})

/** the node whose token is selected (undefined on the next-token slot) */
export const selected = computed<TraceNode | undefined>(() => path.value[pos.value])

/** the context whose distribution is shown: the selected token's parent */
export const context = computed<TraceNode | undefined>(() => path.value[pos.value - 1])

/**
 * Whether a model can be fed the prompt and the path up to position `upto` (exclusive): a
 * text-only token (id < 0) on it cannot be, so live mode offers no expansion from there.
 */
export function feedable(upto: number): boolean {
  const r = run.value
  if (!r || r.prompt_token_ids.some(isUnmapped)) return false
  return !path.value.slice(1, upto).some((n) => isUnmapped(n.token))
}

const NOT_FEEDABLE = 'a text-only token (no token id) cannot be fed to the model'

/** Why nothing can follow `node`: it ended the sequence. */
export function endedMessage(node: TraceNode): string {
  return `node ${node.id} ended the sequence (${node.finish === 'eos' ? 'EOS' : 'stop'}): branch from an earlier token`
}

export function setTrace(src: TraceSource, data: Trace): void {
  source.value = markRaw(src)
  trace.value = markRaw(data)
  tokens.value = markRaw(new TokenTable(data, data.model.special_token_ids ?? []))
  const map = new Map<string, RunIndex>()
  for (const r of data.runs) map.set(r.id, markRaw(new RunIndex(r)))
  indexes.value = map
  if (data.runs.length) selectRun(data.runs[0].id)
  revision.value++
}

/**
 * The whole trace in place of the first view it was shown as: the same runs and nodes, so the
 * selection (run, path, position, focused row) stays where the reader put it.
 */
export function replaceTrace(src: TraceSource, data: Trace): void {
  const kept = { run: runId.value, leaf: leafId.value, pos: pos.value, focus: focus.value, notice: notice.value }
  setTrace(src, data)
  const idx = indexes.value.get(kept.run)
  if (!idx || !idx.has(kept.leaf)) return
  runId.value = kept.run
  leafId.value = kept.leaf
  pos.value = kept.pos
  focus.value = kept.focus
  notice.value = kept.notice
}

export function selectRun(id: string): void {
  const idx = indexes.value.get(id)
  if (!idx) return
  runId.value = id
  notice.value = null
  const best = idx.run.results[0]?.node
  leafId.value = best !== undefined && idx.has(best) ? best : idx.extend(idx.root.id)
  pos.value = 1
  focus.value = -1
}

/** Select the token of node `id`; the path stays if it contains the node, else it is extended from it. */
export function selectNode(id: number, leaf?: number): void {
  const idx = index.value
  if (!idx || !idx.has(id)) return
  if (leaf !== undefined && idx.has(leaf) && idx.isAncestorOrSelf(id, leaf)) leafId.value = leaf
  else if (!idx.isAncestorOrSelf(id, leafId.value)) leafId.value = idx.extend(id)
  pos.value = Math.max(1, idx.depth(id))
  focus.value = -1
  notice.value = null
}

/**
 * Show the distribution after node `id`: the token that follows it on the path selected (the
 * path stays if it passes through `id`, else it is extended from it), or the next-token slot
 * when nothing follows.
 */
export function selectContext(id: number): void {
  const idx = index.value
  if (!idx || !idx.has(id)) return
  if (!idx.isAncestorOrSelf(id, leafId.value)) leafId.value = idx.extend(id)
  pos.value = idx.depth(id) + 1
  focus.value = -1
  notice.value = null
}

/** Select the next-token slot after `leaf`. */
export function selectNext(leaf: number): void {
  const idx = index.value
  if (!idx || !idx.has(leaf)) return
  leafId.value = leaf
  pos.value = idx.depth(leaf) + 1
  focus.value = -1
  notice.value = null
}

export function step(delta: number): void {
  const next = Math.min(Math.max(1, pos.value + delta), Math.max(1, maxPos.value))
  if (next !== pos.value) {
    pos.value = next
    focus.value = -1
    notice.value = null
  }
}

function patchTokens(patch: TokenPatch): void {
  tokens.value.add(patch)
  const t = trace.value
  if (t) {
    Object.assign(t.tokens, patch.tokens)
    if (patch.token_bytes) t.token_bytes = Object.assign(t.token_bytes ?? {}, patch.token_bytes)
  }
}

async function act<T>(fn: () => Promise<T>): Promise<T | undefined> {
  actionError.value = null
  busy.value = true
  try {
    return await fn()
  } catch (err) {
    actionError.value = (err as Error).message
    return undefined
  } finally {
    busy.value = false
  }
}

/** A live reply's refreshed results (absent from older servers: the results stay). */
function takeResults(idx: RunIndex, results: TraceResult[] | undefined): void {
  if (results) idx.setResults(results)
}

/**
 * Follow candidate `token` from the shown context. Static: jump to its recorded branch, or
 * say that it was not recorded. Live: append it (created if new) and show the distribution
 * that follows it, so clicking candidates one after another writes text.
 */
export async function follow(token: number): Promise<void> {
  const idx = index.value
  const ctx = context.value
  if (!idx || !ctx) return
  if (endedSequence(ctx)) {
    notice.value = endedMessage(ctx)
    return
  }
  const src = source.value
  const live = src?.mode === 'live'
  const existing = idx.childByToken(ctx.id, token)
  if (existing && !(live && existing.top)) {
    selectNode(existing.id)
    return
  }
  let child = existing
  if (!child) {
    if (!src || !live) {
      notice.value = `the branch through ${JSON.stringify(tokens.value.display(token))} was not recorded: ` +
        'this trace holds only the paths its strategy explored (explore any token live with `tracegen serve`)'
      return
    }
    if (isUnmapped(token) || !feedable(pos.value)) {
      actionError.value = NOT_FEEDABLE
      return
    }
    const reply = await act(() => src.expand(idx.run.id, ctx.id, token))
    if (!reply) return
    addNodes(idx, [reply.node], reply)
    child = reply.node
  }
  showNode(child)
}

/** Add nodes a live source made (with their token-table entries and the run's results) to run `idx`. */
function addNodes(idx: RunIndex, nodes: TraceNode[], reply: TokenPatch & { results?: TraceResult[] }): void {
  patchTokens(reply)
  for (const node of nodes) idx.addNode(node)
  takeResults(idx, reply.results)
  revision.value++
}

/** Show a node just reached: the distribution after it, or the node itself when it is a finished leaf. */
function showNode(node: TraceNode): void {
  if (node.top) selectNext(node.id)
  else selectNode(node.id, node.id)
}

export async function continueFrom(options: ContinueOptions): Promise<void> {
  const idx = index.value
  const src = source.value
  if (!idx || !src || src.mode !== 'live') return
  const from = selected.value ?? path.value[path.value.length - 1]
  if (!from) return
  if (endedSequence(from)) {
    actionError.value = endedMessage(from)
    return
  }
  if (!feedable(pos.value + 1)) {
    actionError.value = NOT_FEEDABLE
    return
  }
  const reply = await act(() => src.continueRun(idx.run.id, from.id, options))
  if (!reply) return
  addNodes(idx, reply.nodes, reply)
  const last = reply.nodes[reply.nodes.length - 1]
  if (last) selectNode(last.id, last.id)
}

export async function startRun(prompt: string, chat: boolean): Promise<void> {
  const src = source.value
  const t = trace.value
  if (!src || !t || src.mode !== 'live') return
  const reply = await act(() => src.newRun(prompt, chat))
  if (reply) addRun(t, reply)
}

function addRun(t: Trace, reply: NewRunReply): void {
  patchTokens(reply)
  if (reply.results) reply.run.results = reply.results
  if (!indexes.value.has(reply.run.id)) {
    t.runs.push(reply.run)
    const map = new Map(indexes.value)
    map.set(reply.run.id, markRaw(new RunIndex(reply.run)))
    indexes.value = map
    revision.value++
  }
  selectRun(reply.run.id)
}

/**
 * Take a change the source made on its own (a notebook's Python code expanded a node,
 * continued or started a run) and show it as if it had been clicked here.
 */
export function receiveChange(change: SourceChange): void {
  const t = trace.value
  if (!t) return
  if (change.op === 'runs') {
    addRun(t, change.reply)
    return
  }
  const idx = indexes.value.get(change.run)
  if (!idx) return
  const nodes = change.op === 'expand' ? [change.reply.node] : change.reply.nodes
  addNodes(idx, nodes, change.reply)
  if (runId.value !== change.run) selectRun(change.run)
  const last = nodes[nodes.length - 1]
  if (!last) return
  if (change.op === 'expand') showNode(last)
  else selectNode(last.id, last.id)
}
