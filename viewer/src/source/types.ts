import type { Comparison } from '../model/comparison'
import type { TokenPatch, Trace, TraceNode, TraceResult, TraceRun } from '../model/types'

/** What every reply that changes a run carries besides its nodes: the run's refreshed results. */
interface RunChange extends TokenPatch {
  /** the run's results after the change, best first (absent from older servers) */
  results?: TraceResult[]
}

export interface ExpandReply extends RunChange {
  node: TraceNode
}

export interface NewRunReply extends RunChange {
  run: TraceRun
}

export interface ContinueReply extends RunChange {
  nodes: TraceNode[]
}

/**
 * A change made at the source's end rather than asked for by this page (in a notebook,
 * Python code expanding a node): the run it is in and the reply a click would have got.
 */
export type SourceChange =
  | { op: 'expand'; run: string; reply: ExpandReply }
  | { op: 'continue'; run: string; reply: ContinueReply }
  | { op: 'runs'; run: string; reply: NewRunReply }

export interface ContinueOptions {
  steps: number
  mode: 'greedy' | 'sample'
  temperature: number
  top_p: number
  seed: number | null
}

/**
 * Where the viewer's trace comes from. Components only ever talk to this interface:
 * the exported page reads the embedded trace, live mode reads and grows it through the server.
 */
export interface TraceSource {
  readonly mode: 'static' | 'live'
  /** The whole trace (format v1 or v2). */
  load(): Promise<Trace>
  /**
   * What to show while `load()` reads the whole trace, when the page carries a first view
   * (`script#tracegen-first-view`: the trace with every top-k cut short); null otherwise.
   */
  preview?(): Trace | null
  /** Evaluate (or fetch) the child of `node` reached by appending `token`. Live only. */
  expand(run: string, node: number, token: number): Promise<ExpandReply>
  /** Start a new run from a prompt. Live only. */
  newRun(prompt: string, chat: boolean): Promise<NewRunReply>
  /** Generate `steps` tokens after `node`. Live only. */
  continueRun(run: string, node: number, options: ContinueOptions): Promise<ContinueReply>
  /** Download links for the trace as JSON and as an exported page, when the source offers them. */
  downloads(): { json: string; html: string } | null
  /** The trace's file name for commands the page offers to copy, when known. */
  readonly fileName: string | null
  /** Where the server renders a figure (`GET /api/figure`), when the source has a server. */
  figureLink(figure: FigureRequest): string | null
  /** A compare page's second trace and the comparison of the two; null on any other page. */
  comparison(): Promise<ComparePair | null>
}

/** What a compare page adds to trace A (docs/compare.md, "The data contract"). */
export interface ComparePair {
  /** trace B, in the trace format */
  b: Trace
  /** what `tracegen compare --json` prints */
  comparison: Comparison
}

/** A figure of one run as `tracegen figure` makes it. */
export interface FigureRequest {
  run: string
  kind: 'text' | 'tree' | 'distribution' | 'strip'
  format: 'svg' | 'pdf' | 'png' | 'tex'
  /** the node the figure is about: the end of the path, or the node whose top-k is drawn */
  node?: number
  /** a result, 1-based, instead of a node */
  result?: number
  /** what token colours show, when not probability */
  colour?: 'surprisal' | 'entropy'
}

export class SourceError extends Error {}
