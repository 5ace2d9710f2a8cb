import { SourceError } from '../source/types'
import type { Trace } from './types'

/** The newest trace format version this viewer reads (docs/trace-format.md). */
export const FORMAT_VERSION = 4

/** Refuse a trace written in a newer format version, with a message that says what to do. */
export function checkVersion(trace: Pick<Trace, 'version'>): void {
  const v = trace.version
  if (typeof v === 'number' && v > FORMAT_VERSION) {
    throw new SourceError(`trace format version ${v} is newer than this viewer reads (up to ${FORMAT_VERSION}); upgrade tracegen`)
  }
}
