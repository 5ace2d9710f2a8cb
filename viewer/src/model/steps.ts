// One step, one row: a token of the shown path beside the distribution it was drawn from (its
// parent's), with the numbers Trace.to_pandas() gives in Python (tracegen/notebook/frames.py),
// computed the same way so the page's table and a DataFrame agree.
import type { TraceNode } from './types'

export interface StepRow {
  /** 1 = the first generated token (the page's "Token N") */
  pos: number
  node: TraceNode
  /** the token's probability; null when unknown (outside a server's top-k) */
  p: number | null
  surprisalBits: number | null
  /** entropy of the distribution the token was drawn from, in bits */
  entropyBits: number | null
  /** p minus the likeliest other token's probability in that distribution (negative: another was likelier) */
  margin: number | null
}

/** The columns the table sorts by. */
export type StepKey = 'pos' | 'p' | 'surprisalBits' | 'entropyBits' | 'margin'

/** What a jump looks for: the most uncertain step (highest entropy) or the least likely token. */
export type JumpKind = 'uncertain' | 'unlikely'

/** The rows of `path` (root first): one per token after the root. */
export function stepRows(path: readonly TraceNode[]): StepRow[] {
  return path.slice(1).map((node, i) => {
    const parent = path[i]
    const lp = node.logprob
    const p = lp === null || lp === undefined ? null : Math.exp(lp)
    return {
      pos: i + 1,
      node,
      p,
      surprisalBits: p === null ? null : -(lp as number) / Math.LN2,
      entropyBits: parent.entropy === null || parent.entropy === undefined ? null : parent.entropy / Math.LN2,
      margin: margin(parent, node, p),
    }
  })
}

function margin(parent: TraceNode, node: TraceNode, p: number | null): number | null {
  if (p === null || !parent.top?.length) return null
  let best = -Infinity
  for (const [token, lp] of parent.top) if (token !== node.token && lp > best) best = lp
  return best === -Infinity ? null : p - Math.exp(best)
}

/** `rows` sorted by `key` (descending or not); unknown values last, ties in path order. */
export function sortSteps(rows: readonly StepRow[], key: StepKey, descending: boolean): StepRow[] {
  const sign = descending ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = a[key]
    const y = b[key]
    if (x === null || y === null) return x === y ? a.pos - b.pos : x === null ? 1 : -1
    return (x - y) * sign || a.pos - b.pos
  })
}

/** The steps a jump walks through, first the most uncertain (or least likely); unknowns left out. */
export function jumpOrder(rows: readonly StepRow[], kind: JumpKind): StepRow[] {
  const key: StepKey = kind === 'uncertain' ? 'entropyBits' : 'p'
  return sortSteps(rows, key, kind === 'uncertain').filter((r) => r[key] !== null)
}
