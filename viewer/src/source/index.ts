import { LiveSource } from './live'
import { StaticSource } from './static'
import { readComparison, type ComparisonData } from '../model/comparison'
import type { Trace } from '../model/types'
import { SourceError, type ComparePair, type TraceSource } from './types'

export type { TraceSource } from './types'

interface PageConfig {
  mode?: string
  api?: string
  /** an exported page: the file name of the trace it was made from */
  trace_file?: string
}

/** A compare page's trace B (`#tracegen-trace-b`) and comparison (`#tracegen-compare`), when it is one. */
function comparePair(doc: Document): ComparePair | null {
  const compareEl = doc.getElementById('tracegen-compare')
  if (!compareEl) return null
  const bEl = doc.getElementById('tracegen-trace-b')
  if (!bEl) throw new SourceError('this compare page carries no trace B (#tracegen-trace-b)')
  const data = JSON.parse(compareEl.textContent ?? '') as ComparisonData
  return { b: JSON.parse(bEl.textContent ?? '') as Trace, comparison: readComparison(data) }
}

/**
 * The page says what it is: an exported page embeds the trace (`#tracegen-trace`, and a
 * config naming its file), a compare page trace A there, trace B and the comparison beside it
 * (docs/compare.md), a live page embeds a config (`#tracegen-config`,
 * `{"mode": "live", "api": "/api"}`).
 */
export function sourceFromDocument(doc: Document = document): TraceSource {
  const configEl = doc.getElementById('tracegen-config')
  const config = (configEl ? JSON.parse(configEl.textContent ?? '{}') : {}) as PageConfig
  const embedded = doc.getElementById('tracegen-trace')
  if (embedded) {
    const pair = comparePair(doc)
    // the file the figure commands name: the config's, else the compare page's trace A
    const fileName = typeof config.trace_file === 'string' ? config.trace_file : pair?.comparison.a?.path ?? null
    return StaticSource.fromElement(embedded, fileName, pair, doc.getElementById('tracegen-first-view'))
  }
  if (config.mode === 'live') return new LiveSource(config.api ?? '/api')
  throw new SourceError('this page carries neither a trace nor a live config')
}
