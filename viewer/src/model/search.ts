// Text search over a run's tree that sees across token boundaries: "Elara" is found where
// the model wrote `El` + `ara`, "wise old" across three tokens.
import type { RunIndex } from './runIndex'
import type { TokenTable } from './tokens'
import type { TraceNode } from './types'

/** One match: the tokens it covers, root side first (the last one is where it ends). */
export interface SearchHit {
  nodes: number[]
  /** the text before the match on its path (a few characters) and the matched text */
  before: string
  match: string
}

interface Piece {
  id: number
  text: string
}

const fold = (s: string) => s.toLowerCase()

/**
 * Every match of `query` (case-insensitive) in the texts of the run's paths, each reported
 * once, at the node where it ends. The tail of each node's path text (just long enough to
 * hold a match) is kept per node, so the whole tree is searched in one pass over its nodes.
 */
export function searchRun(idx: RunIndex, table: TokenTable, query: string, limit = 100): { hits: SearchHit[]; total: number } {
  const needle = fold(query)
  const hits: SearchHit[] = []
  let total = 0
  if (!needle) return { hits, total }
  const keep = needle.length - 1
  const tails = new Map<number, Piece[]>()
  for (const node of idx.run.nodes) {
    if (node.token === null || node.parent === null) {
      tails.set(node.id, [])
      continue
    }
    const before = tails.get(node.parent) ?? []
    const pieces = [...before, { id: node.id, text: table.searchText(node.token) }]
    const text = pieces.map((p) => p.text).join('')
    const prefix = text.length - pieces[pieces.length - 1].text.length
    const hay = fold(text)
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      if (at + needle.length <= prefix) continue // ended in an ancestor: reported there
      total++
      if (hits.length < limit) hits.push(hitAt(pieces, at, needle.length, text))
    }
    tails.set(node.id, trim(pieces, keep))
  }
  return { hits, total }
}

function hitAt(pieces: Piece[], at: number, length: number, text: string): SearchHit {
  const nodes: number[] = []
  let offset = 0
  for (const p of pieces) {
    const end = offset + p.text.length
    if (end > at && offset < at + length) nodes.push(p.id)
    offset = end
  }
  return { nodes, before: text.slice(Math.max(0, at - 24), at), match: text.slice(at, at + length) }
}

/** The shortest run of trailing pieces that still holds `keep` characters (and more context). */
function trim(pieces: Piece[], keep: number): Piece[] {
  let chars = 0
  let i = pieces.length
  while (i > 0 && chars < Math.max(keep, 24)) chars += pieces[--i].text.length
  return pieces.slice(i)
}

/**
 * The positions (indices into `nodes`) of the tokens a match of `query` covers on one path,
 * for highlighting matches as spans in the text.
 */
export function matchesOnPath(nodes: readonly TraceNode[], table: TokenTable, query: string): Set<number> {
  const out = new Set<number>()
  const needle = fold(query)
  if (!needle) return out
  const starts: number[] = []
  let text = ''
  for (const n of nodes) {
    starts.push(text.length)
    text += table.searchText(n.token as number)
  }
  const hay = fold(text)
  let i = 0
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length
    while (i + 1 < starts.length && starts[i + 1] <= at) i++
    for (let j = i; j < starts.length && starts[j] < end; j++) {
      if (starts[j] + table.searchText(nodes[j].token as number).length > at) out.add(j)
    }
  }
  return out
}
