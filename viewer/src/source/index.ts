import { LiveSource } from './live'
import { StaticSource } from './static'
import { SourceError, type TraceSource } from './types'

export type { TraceSource } from './types'

interface PageConfig {
  mode?: string
  api?: string
  /** an exported page: the file name of the trace it was made from */
  trace_file?: string
}

/**
 * The page says what it is: an exported page embeds the trace (`#tracegen-trace`, and a
 * config naming its file), a live page embeds a config (`#tracegen-config`,
 * `{"mode": "live", "api": "/api"}`).
 */
export function sourceFromDocument(doc: Document = document): TraceSource {
  const configEl = doc.getElementById('tracegen-config')
  const config = (configEl ? JSON.parse(configEl.textContent ?? '{}') : {}) as PageConfig
  const embedded = doc.getElementById('tracegen-trace')
  if (embedded) return StaticSource.fromElement(embedded, typeof config.trace_file === 'string' ? config.trace_file : null)
  if (config.mode === 'live') return new LiveSource(config.api ?? '/api')
  throw new SourceError('this page carries neither a trace nor a live config')
}
