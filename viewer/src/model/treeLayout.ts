// The drawn tree's layout: d3-hierarchy's tidy tree (Buchheim / Reingold–Tilford), left to
// right. `tracegen figure --kind tree` reproduces exactly this layout in Python (same node
// size, separation and child order), so a figure looks like the page: change both or neither.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy'
import type { RunIndex } from './runIndex'

/** Rows between siblings (px) and columns per depth (px). */
export const ROW = 28
export const COLUMN = 120

export interface LaidNode {
  id: number
  parent: number | null
  depth: number
  /** position along the depth axis (left to right) */
  x: number
  /** position across (top to bottom) */
  y: number
  /** children in the data (drawn or collapsed) */
  childCount: number
  /** nodes hidden below it because it is collapsed (0 when open) */
  hidden: number
}

export interface TreeLayout {
  nodes: LaidNode[]
  byId: Map<number, LaidNode>
  bounds: { x0: number; x1: number; y0: number; y1: number }
}

/** Children in drawing order: most likely first (logprob descending), then by id. */
export function orderedChildren(idx: RunIndex, id: number): number[] {
  const lp = (c: number) => idx.node(c)?.logprob ?? -Infinity
  return [...idx.children(id)].sort((a, b) => lp(b) - lp(a) || a - b)
}

/** Lay out the run's tree; the subtrees of `collapsed` nodes are left out. */
export function layoutTree(idx: RunIndex, collapsed: ReadonlySet<number> = new Set()): TreeLayout {
  const root = hierarchy(idx.root.id, (id) => (collapsed.has(id) ? null : orderedChildren(idx, id)))
  const laid = tree<number>()
    .nodeSize([ROW, COLUMN])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root)
  const nodes: LaidNode[] = []
  const byId = new Map<number, LaidNode>()
  const bounds = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity }
  laid.each((n: HierarchyPointNode<number>) => {
    const id = n.data
    const childCount = idx.children(id).length
    const node: LaidNode = {
      id,
      parent: n.parent ? n.parent.data : null,
      depth: n.depth,
      x: n.y,
      y: n.x,
      childCount,
      hidden: collapsed.has(id) && childCount ? idx.subtreeSize(id) : 0,
    }
    nodes.push(node)
    byId.set(id, node)
    bounds.x0 = Math.min(bounds.x0, node.x)
    bounds.x1 = Math.max(bounds.x1, node.x)
    bounds.y0 = Math.min(bounds.y0, node.y)
    bounds.y1 = Math.max(bounds.y1, node.y)
  })
  return { nodes, byId, bounds }
}
