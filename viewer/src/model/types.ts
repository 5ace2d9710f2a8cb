// The trace format v2 (docs/trace-format.md) as the viewer reads it; v1 files are valid v2 files.
// Readers ignore unknown fields.

export type TopEntry = [token: number, logprob: number]

export interface TraceNode {
  id: number
  parent: number | null
  token: number | null
  logprob: number | null
  /** absent when unknown: the chosen token was outside a server's top-k */
  rank?: number
  top: TopEntry[] | null
  entropy: number | null
  /** set when only the top-k was known (a server, a saved response): the mass `top` covers */
  top_mass?: number
  finish?: 'eos' | 'length' | 'stop'
  [extra: string]: unknown
}

export interface TraceResult {
  node: number
  score: number
  text: string
  logprob?: number
  num_tokens?: number
  finish?: string
  sample?: number
  [extra: string]: unknown
}

export interface TraceStrategy {
  name: string
  [param: string]: unknown
}

export interface TraceRun {
  id: string
  prompt: string
  prompt_token_ids: number[]
  chat?: boolean
  max_new_tokens?: number
  strategy: TraceStrategy
  top_k: number
  complete: boolean
  nodes: TraceNode[]
  results: TraceResult[]
  [extra: string]: unknown
}

export interface TraceModelInfo {
  name: string
  vocab_size: number | null
  source?: string
  /** `transformers`, `openai` (a server, with `base_url`), `import` (with `imported_from`) */
  backend?: string
  base_url?: string
  imported_from?: string
  tokenizer?: string
  dtype?: string
  device?: string
  special_token_ids?: number[]
  eos_token_ids?: number[]
  [extra: string]: unknown
}

export interface Trace {
  format: 'tracegen.trace'
  version: number
  created: string
  tracegen_version: string
  model: TraceModelInfo
  tokens: Record<string, string>
  token_bytes?: Record<string, string>
  runs: TraceRun[]
  [extra: string]: unknown
}

/** Token-table entries a live server sends with new nodes. */
export interface TokenPatch {
  tokens: Record<string, string>
  token_bytes?: Record<string, string>
}
