import type { Trace } from '../model/types'
import { SourceError, type ComparePair, type TraceSource } from './types'

/**
 * The trace embedded in the exported page: read once, never grows. A compare page embeds a
 * second trace and the comparison too (`pair`).
 */
export class StaticSource implements TraceSource {
  readonly mode = 'static' as const
  constructor(
    private readonly trace: Trace,
    readonly fileName: string | null = null,
    private readonly pair: ComparePair | null = null,
  ) {}

  /** Parse the JSON of `<script type="application/json" id="tracegen-trace">`. */
  static fromElement(el: Element, fileName: string | null = null, pair: ComparePair | null = null): StaticSource {
    return new StaticSource(JSON.parse(el.textContent ?? '') as Trace, fileName, pair)
  }

  async comparison(): Promise<ComparePair | null> {
    return this.pair
  }

  async load(): Promise<Trace> {
    return this.trace
  }

  private readOnly(): never {
    throw new SourceError('this is an exported trace; run `tracegen serve` to explore further')
  }

  expand(): never {
    return this.readOnly()
  }

  newRun(): never {
    return this.readOnly()
  }

  continueRun(): never {
    return this.readOnly()
  }

  downloads(): null {
    return null
  }

  figureLink(): null {
    return null
  }
}
