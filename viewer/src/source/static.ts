import type { Trace } from '../model/types'
import { SourceError, type ComparePair, type TraceSource } from './types'

/**
 * The trace embedded in the exported page: read once, never grows. A compare page embeds a
 * second trace and the comparison too (`pair`).
 */
export class StaticSource implements TraceSource {
  readonly mode = 'static' as const
  private trace: Trace | null
  private readonly read: (() => Trace) | null
  constructor(
    trace: Trace | (() => Trace),
    readonly fileName: string | null = null,
    private readonly pair: ComparePair | null = null,
    private readonly first: (() => Trace) | null = null,
  ) {
    this.trace = typeof trace === 'function' ? null : trace
    this.read = typeof trace === 'function' ? trace : null
  }

  /**
   * Read `<script type="application/json" id="tracegen-trace">` when the trace is asked for
   * (after the first view, if `firstEl`, `script#tracegen-first-view`, was shown).
   */
  static fromElement(el: Element, fileName: string | null = null, pair: ComparePair | null = null,
    firstEl: Element | null = null): StaticSource {
    const parse = (e: Element) => () => JSON.parse(e.textContent ?? '') as Trace
    return new StaticSource(parse(el), fileName, pair, firstEl ? parse(firstEl) : null)
  }

  preview(): Trace | null {
    return this.first ? this.first() : null
  }

  async comparison(): Promise<ComparePair | null> {
    return this.pair
  }

  async load(): Promise<Trace> {
    if (!this.trace && this.read) this.trace = this.read()
    return this.trace as Trace
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
