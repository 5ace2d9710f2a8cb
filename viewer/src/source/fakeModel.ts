// A stand-in for an anywidget model in unit tests: traits, custom messages both ways.
import type { WidgetModel } from './widget'

type Callback = (...args: never[]) => void

export class FakeModel implements WidgetModel {
  readonly sent: { content: unknown; buffers?: unknown }[] = []
  saves = 0
  private readonly handlers = new Map<string, Set<Callback>>()

  constructor(private readonly traits: Record<string, unknown> = {}) {}

  get(name: string): unknown {
    return this.traits[name]
  }

  set(name: string, value: unknown): void {
    this.traits[name] = value
    this.emit(`change:${name}`)
  }

  save_changes(): void {
    this.saves++
  }

  send(content: unknown, _callbacks?: unknown, buffers?: unknown): void {
    this.sent.push({ content, buffers })
  }

  on(event: string, callback: Callback): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set())
    this.handlers.get(event)?.add(callback)
  }

  off(event?: string | null, callback?: Callback | null): void {
    if (event && callback) this.handlers.get(event)?.delete(callback)
  }

  /** What the kernel sends: a custom message (and its buffers). */
  emit(event: string, ...args: unknown[]): void {
    for (const callback of this.handlers.get(event) ?? []) (callback as (...a: unknown[]) => void)(...args)
  }

  listeners(event: string): number {
    return this.handlers.get(event)?.size ?? 0
  }
}

export function bytesOf(data: unknown): DataView {
  const encoded = new TextEncoder().encode(JSON.stringify(data))
  return new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength)
}
