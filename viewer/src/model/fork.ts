// A run's `fork` object (docs/trace-format.md, "A run's fork"): what `tracegen fork` wrote,
// read as the Forking panel draws it.
import type { TraceRun } from './types'

export type Label = string | null

export interface ForkRollout {
  text: string
  label: Label
  logprob: number
  tokens?: number[]
}

export interface ForkAlternative {
  token: number
  probability: number
  counts?: [Label, number][]
  interval?: [Label, number, number][]
  rollouts?: ForkRollout[]
}

export interface ForkPosition {
  position: number
  node: number
  status: 'done' | 'pending' | 'skipped'
  alternatives: ForkAlternative[]
  distribution: [Label, number][] | null
  drift: number | null
  hazard: number[] | null
  survival: number[] | null
}

export interface ForkingToken {
  position: number
  token: number
  probability: number
  shift: number
  shift_low: number
  shift_high: number
}

export interface Fork {
  outcome: string
  samples: number
  tau: number[]
  distance: string
  labels?: Label[]
  positions: ForkPosition[]
  change_points?: number[]
  change_detection?: { penalty?: number; [k: string]: unknown }
  forking_tokens?: ForkingToken[]
  [extra: string]: unknown
}

/** The run's fork object, or null when it has none (or not one this viewer can draw). */
export function forkOf(run: TraceRun | null | undefined): Fork | null {
  const f = run?.fork as Fork | undefined
  return f && typeof f === 'object' && Array.isArray(f.positions) ? f : null
}

// A categorical palette readable on light and dark backgrounds; "no outcome" is grey.
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f']
export const NO_OUTCOME = '#9aa1ab'

/** Colour of each label, in the order of the fork's `labels` (most frequent first). */
export function labelColours(fork: Fork): Map<Label, string> {
  const map = new Map<Label, string>()
  let i = 0
  for (const label of labelsOf(fork)) {
    map.set(label, label === null ? NO_OUTCOME : PALETTE[i++ % PALETTE.length])
  }
  return map
}

/** Every label: the fork's `labels`, else those seen in its distributions. */
export function labelsOf(fork: Fork): Label[] {
  if (Array.isArray(fork.labels)) return fork.labels
  const seen: Label[] = []
  for (const p of fork.positions) for (const [l] of p.distribution ?? []) if (!seen.includes(l)) seen.push(l)
  return seen
}

/** A label as the page shows it. */
export function labelText(label: Label): string {
  return label === null ? '(none)' : label
}

/** Total variation between two [label, p] lists. */
export function totalVariation(a: [Label, number][], b: [Label, number][]): number {
  const m = new Map<Label, number>()
  for (const [l, p] of a) m.set(l, (m.get(l) ?? 0) + p)
  for (const [l, p] of b) m.set(l, (m.get(l) ?? 0) - p)
  let s = 0
  for (const v of m.values()) s += Math.abs(v)
  return s / 2
}

/** Shares of a histogram's counts, as [label, p]. */
export function shares(counts: [Label, number][]): [Label, number][] {
  const n = counts.reduce((s, [, k]) => s + k, 0)
  return n ? counts.map(([l, k]) => [l, k / n]) : []
}

/**
 * How much the base token at a position moved the outcome: TV between o_t (the mixture over
 * the alternatives at t) and o_{t,w*} (its rollouts after the base token). null when unknown.
 */
export function baseShift(p: ForkPosition): number | null {
  const counts = p.alternatives[0]?.counts
  if (p.status !== 'done' || !p.distribution || !counts) return null
  return totalVariation(p.distribution, shares(counts))
}

/** The fork entry of the base-path node `node`, if any. */
export function positionOfNode(fork: Fork, node: number): ForkPosition | undefined {
  return fork.positions.find((p) => p.node === node)
}
