import type { TraceNode } from './types'

/**
 * How surprised the model was by the tokens of a path: the numbers `Run.path_metrics`
 * gives in Python (tracegen/trace/metrics.py), computed in the same order so they agree.
 * Null when a token's logprob is unknown (the means also for an empty path).
 */
export interface PathMetrics {
  tokens: number
  totalLogprob: number | null
  meanSurprisalNats: number | null
  meanSurprisalBits: number | null
  perplexity: number | null
}

/** The metrics of the tokens `nodes` (the path without its root), in path order. */
export function pathMetrics(nodes: readonly TraceNode[]): PathMetrics {
  const n = nodes.length
  let total = 0
  for (const node of nodes) {
    if (node.logprob === null || node.logprob === undefined) {
      return { tokens: n, totalLogprob: null, meanSurprisalNats: null, meanSurprisalBits: null, perplexity: null }
    }
    total += node.logprob
  }
  if (n === 0) return { tokens: 0, totalLogprob: total, meanSurprisalNats: null, meanSurprisalBits: null, perplexity: null }
  const mean = -total / n
  return { tokens: n, totalLogprob: total, meanSurprisalNats: mean, meanSurprisalBits: mean / Math.LN2, perplexity: Math.exp(mean) }
}

/** A number with `digits` decimals, a real minus sign, '–' when unknown. */
export function fmtNum(value: number | null, digits: number): string {
  if (value === null || !Number.isFinite(value)) return '\u2013'
  return value.toFixed(digits).replace(/^-/, '\u2212')
}
