import { LiveSource } from './live'
import { StaticSource } from './static'
import { SourceError, type TraceSource } from './types'

export type { TraceSource } from './types'

/**
 * The page says what it is: an exported page embeds the trace (`#tracegen-trace`),
 * a live page embeds a config (`#tracegen-config`, `{"mode": "live", "api": "/api"}`).
 */
export function sourceFromDocument(doc: Document = document): TraceSource {
  const embedded = doc.getElementById('tracegen-trace')
  if (embedded) return StaticSource.fromElement(embedded)
  const configEl = doc.getElementById('tracegen-config')
  if (configEl) {
    const config = JSON.parse(configEl.textContent ?? '{}') as { mode?: string; api?: string }
    if (config.mode === 'live') return new LiveSource(config.api ?? '/api')
  }
  throw new SourceError('this page carries neither a trace nor a live config')
}
