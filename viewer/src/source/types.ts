import type { TokenPatch, Trace, TraceNode, TraceRun } from '../model/types'

export interface ExpandReply extends TokenPatch {
  node: TraceNode
}

export interface NewRunReply extends TokenPatch {
  run: TraceRun
}

export interface ContinueReply extends TokenPatch {
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
  /** Evaluate (or fetch) the child of `node` reached by appending `token`. Live only. */
  expand(run: string, node: number, token: number): Promise<ExpandReply>
  /** Start a new run from a prompt. Live only. */
  newRun(prompt: string, chat: boolean): Promise<NewRunReply>
  /** Generate `steps` tokens after `node`. Live only. */
  continueRun(run: string, node: number, options: ContinueOptions): Promise<ContinueReply>
  /** Download links for the trace as JSON and as an exported page, when the source offers them. */
  downloads(): { json: string; html: string } | null
}

export class SourceError extends Error {}
