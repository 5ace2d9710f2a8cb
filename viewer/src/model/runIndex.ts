import type { TraceNode, TraceResult, TraceRun } from './types'

/** A chain of single-child nodes, shown as one row in the outline. */
export interface Chain {
  /** node ids, parent first; the last one has zero or several children */
  nodes: number[]
  /** branch points above this chain (its indent) */
  level: number
  /** chains that start at the children of the last node */
  children: Chain[]
}

/** Fast lookups over one run's tree: nodes by id, children, paths, results, pruned beams. */
export class RunIndex {
  readonly run: TraceRun
  private byId = new Map<number, TraceNode>()
  private kids = new Map<number, number[]>()
  private depthOf = new Map<number, number>()
  /** best (lowest) result rank reachable through each node */
  private bestResult = new Map<number, number>()
  private resultAt = new Map<number, number>()
  private chainsCache: Chain[] | null = null
  private sizes: Map<number, number> | null = null

  constructor(run: TraceRun) {
    this.run = run
    for (const node of run.nodes) this.index(node)
    this.indexResults()
  }

  private index(node: TraceNode): void {
    this.byId.set(node.id, node)
    if (node.parent === null) {
      this.depthOf.set(node.id, 0)
    } else {
      const siblings = this.kids.get(node.parent)
      if (siblings) siblings.push(node.id)
      else this.kids.set(node.parent, [node.id])
      this.depthOf.set(node.id, (this.depthOf.get(node.parent) ?? 0) + 1)
    }
  }

  private indexResults(): void {
    this.bestResult.clear()
    this.resultAt.clear()
    this.run.results.forEach((result, rank) => {
      if (!this.resultAt.has(result.node)) this.resultAt.set(result.node, rank)
      let current: number | null = result.node
      while (current !== null) {
        const seen = this.bestResult.get(current)
        if (seen !== undefined && seen <= rank) break
        this.bestResult.set(current, rank)
        current = this.byId.get(current)?.parent ?? null
      }
    })
  }

  get root(): TraceNode {
    return this.run.nodes[0]
  }

  get size(): number {
    return this.run.nodes.length
  }

  node(id: number): TraceNode | undefined {
    return this.byId.get(id)
  }

  has(id: number): boolean {
    return this.byId.has(id)
  }

  depth(id: number): number {
    return this.depthOf.get(id) ?? 0
  }

  children(id: number): number[] {
    return this.kids.get(id) ?? []
  }

  childByToken(id: number, token: number): TraceNode | undefined {
    for (const child of this.children(id)) {
      const node = this.byId.get(child)
      if (node && node.token === token) return node
    }
    return undefined
  }

  /** Number of nodes below `id` (0 for a leaf); all sizes computed once, in one pass. */
  subtreeSize(id: number): number {
    if (!this.sizes) {
      const sizes = new Map<number, number>()
      const nodes = this.run.nodes
      for (let i = nodes.length - 1; i >= 0; i--) {
        const n = nodes[i]
        const below = sizes.get(n.id) ?? 0
        sizes.set(n.id, below)
        if (n.parent !== null) sizes.set(n.parent, (sizes.get(n.parent) ?? 0) + below + 1)
      }
      this.sizes = sizes
    }
    return this.sizes.get(id) ?? 0
  }

  /** The nodes from the root to `id`, both included. */
  path(id: number): TraceNode[] {
    const out: TraceNode[] = []
    let current: number | null = id
    while (current !== null) {
      const node = this.byId.get(current)
      if (!node) break
      out.push(node)
      current = node.parent
    }
    return out.reverse()
  }

  isAncestorOrSelf(ancestor: number, id: number): boolean {
    let current: number | null = id
    while (current !== null) {
      if (current === ancestor) return true
      current = this.byId.get(current)?.parent ?? null
    }
    return false
  }

  /** Rank of the result ending at `id`, if one does. */
  resultRank(id: number): number | undefined {
    return this.resultAt.get(id)
  }

  /** A beam (or any run with results) node no result passes through: a pruned branch. */
  isPruned(id: number): boolean {
    return this.run.strategy.name === 'beam' && this.run.results.length > 0 && !this.bestResult.has(id)
  }

  /** The child a path naturally continues with: towards the best result, else the most likely. */
  preferredChild(id: number): number | undefined {
    const kids = this.children(id)
    if (kids.length === 0) return undefined
    let best = kids[0]
    let bestKey = [Infinity, -Infinity]
    for (const k of kids) {
      const node = this.byId.get(k) as TraceNode
      const key = [this.bestResult.get(k) ?? Infinity, node.logprob ?? -Infinity]
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
        best = k
        bestKey = key
      }
    }
    return best
  }

  /** The leaf reached from `id` by always taking the preferred child. */
  extend(id: number): number {
    let current = id
    for (;;) {
      const next = this.preferredChild(current)
      if (next === undefined) return current
      current = next
    }
  }

  /** Add a node that arrived from a live server (no-op if it is already known). */
  addNode(node: TraceNode): boolean {
    if (this.byId.has(node.id)) {
      // the server may have evaluated it since: keep the newest data
      Object.assign(this.byId.get(node.id) as TraceNode, node)
      return false
    }
    this.run.nodes.push(node)
    this.index(node)
    this.chainsCache = null
    this.sizes = null
    return true
  }

  /** The outline: the tree folded into chains of single-child nodes. */
  chains(): Chain[] {
    if (this.chainsCache) return this.chainsCache
    const build = (start: number, level: number): Chain => {
      const nodes = [start]
      let current = start
      while (this.children(current).length === 1) {
        current = this.children(current)[0]
        nodes.push(current)
      }
      return { nodes, level, children: [] }
    }
    const rootChildren = this.children(this.root.id)
    const top = rootChildren.map((c) => build(c, 0))
    const stack = [...top]
    while (stack.length) {
      const chain = stack.pop() as Chain
      const last = chain.nodes[chain.nodes.length - 1]
      chain.children = this.children(last).map((c) => build(c, chain.level + 1))
      for (const child of chain.children) stack.push(child)
    }
    this.chainsCache = top
    return top
  }

  /** Replace the results (a live server sends them refreshed after every change). */
  setResults(results: TraceResult[]): void {
    this.run.results = results
    this.indexResults()
  }
}

/** Only the top-k of this node's distribution is known (a server, a saved response). */
export const isTopKOnly = (node: TraceNode | undefined): boolean => typeof node?.top_mass === 'number'

/** The probability mass a node's top-k covers: as recorded, else summed from `top`. */
export const knownMass = (node: TraceNode | undefined): number =>
  typeof node?.top_mass === 'number' ? node.top_mass : topMass(node?.top ?? null)

/**
 * A chosen token's rank as the page shows it: from 1 (rank 1 = most likely; the trace's
 * `rank` counts from 0). The rank is absent when a server's top-k did not hold the token:
 * then it is beyond the parent's k.
 */
export function rankLabel(node: TraceNode, parent: TraceNode | undefined): string {
  if (typeof node.rank === 'number') return `rank ${node.rank + 1}`
  const top = parent?.top
  if (!top) return 'rank unknown'
  const i = top.findIndex(([t]) => t === node.token)
  return i >= 0 ? `rank ${i + 1}` : `rank > ${top.length}`
}

/** The node ended its sequence (EOS, or a server's stop): nothing can follow it. */
export const endedSequence = (node: TraceNode | undefined): boolean => node?.finish === 'eos' || node?.finish === 'stop'

/** The probability mass of a top-k list (the sum of its probabilities). */
export function topMass(top: [number, number][] | null): number {
  if (!top) return NaN
  let s = 0
  // an index loop: destructuring each pair made a node with a million candidates take 5x as long
  for (let i = 0; i < top.length; i++) s += Math.exp(top[i][1])
  return s
}
