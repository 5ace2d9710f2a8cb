import type { Trace } from '../model/types'
import {
  SourceError,
  type ContinueOptions,
  type ContinueReply,
  type ExpandReply,
  type NewRunReply,
  type SourceChange,
  type TraceSource,
} from './types'

/**
 * What the viewer needs of a notebook widget's model: anywidget's model API (the same in
 * JupyterLab, Notebook 7, VS Code, Colab and marimo). Binary buffers arrive as DataViews.
 */
export interface WidgetModel {
  get(name: string): unknown
  set(name: string, value: unknown): void
  save_changes(): void
  send(content: unknown, callbacks?: unknown, buffers?: ArrayBuffer[] | ArrayBufferView[]): void
  on(event: string, callback: (...args: never[]) => void): void
  off(event?: string | null, callback?: ((...args: never[]) => void) | null): void
}

/**
 * The wire format on the widget's custom-message channel (tracegen/notebook/channel.py):
 * page -> kernel `{tracegen: "request", id, op, body}`, where `op` and `body` are what the
 * live server's routes take (`trace`, `runs`, `expand`, `continue`); kernel -> page
 * `{tracegen: "reply", id, reply}` or `{..., error, status}` (`trace` answers in a binary
 * buffer), and `{tracegen: "change", op, run, reply}` for changes made from Python.
 */
type Incoming =
  | { tracegen: 'reply'; id: string; reply?: unknown; error?: string; status?: number }
  | ({ tracegen: 'change' } & SourceChange)

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

const decoder = new TextDecoder()

/** Parse a trace sent as UTF-8 JSON bytes (a widget trait or a message buffer). */
export function traceFromBytes(data: unknown): Trace {
  if (!(data instanceof DataView || data instanceof ArrayBuffer || ArrayBuffer.isView(data))) {
    throw new SourceError('the widget carries no trace')
  }
  return JSON.parse(decoder.decode(data as ArrayBuffer | ArrayBufferView)) as Trace
}

/**
 * A live trace that grows in the notebook's kernel, through the widget's own message channel:
 * the same requests and replies as `LiveSource` sends over HTTP to `tracegen serve`, the same
 * session code answering them, no server and no port.
 */
export class WidgetSource implements TraceSource {
  readonly mode = 'live' as const
  readonly fileName = null
  /** request ids are unique across every page showing this widget: all of them get every reply */
  private readonly prefix = Math.random().toString(36).slice(2)
  private counter = 0
  private readonly pending = new Map<string, Pending>()
  private readonly listeners = new Set<(change: SourceChange) => void>()
  private readonly onMessage = (message: unknown, buffers?: DataView[]) => this.receive(message, buffers ?? [])

  constructor(private readonly model: WidgetModel) {
    model.on('msg:custom', this.onMessage as (...args: never[]) => void)
  }

  /** Stop listening; requests still waiting fail. */
  close(): void {
    this.model.off('msg:custom', this.onMessage as (...args: never[]) => void)
    for (const { reject } of this.pending.values()) reject(new SourceError('the widget was closed'))
    this.pending.clear()
  }

  /** Call `listener` with every change the kernel makes on its own; returns the unsubscribe. */
  onChange(listener: (change: SourceChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private receive(message: unknown, buffers: DataView[]): void {
    if (!message || typeof message !== 'object' || !('tracegen' in message)) return
    const msg = message as Incoming
    if (msg.tracegen === 'change') {
      const change = { op: msg.op, run: msg.run, reply: msg.reply } as SourceChange
      for (const listener of this.listeners) listener(change)
      return
    }
    if (msg.tracegen !== 'reply') return
    const waiting = this.pending.get(msg.id)
    if (!waiting) return // another page's request
    this.pending.delete(msg.id)
    if (msg.error !== undefined) waiting.reject(new SourceError(`${msg.status ?? 500}: ${msg.error}`))
    else waiting.resolve(buffers.length ? buffers[0] : msg.reply)
  }

  private request<T>(op: string, body: Record<string, unknown> = {}): Promise<T> {
    const id = `${this.prefix}-${++this.counter}`
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      try {
        this.model.send({ tracegen: 'request', id, op, body })
      } catch (err) {
        this.pending.delete(id)
        reject(new SourceError(`cannot reach the kernel (${(err as Error).message})`))
      }
    })
  }

  async load(): Promise<Trace> {
    return traceFromBytes(await this.request<DataView>('trace'))
  }

  expand(run: string, node: number, token: number): Promise<ExpandReply> {
    // an id below 0 is a token known only by its text: nothing a model can be fed
    if (token < 0) return Promise.reject(new SourceError(`token ${token} is text only: it has no id to feed the model`))
    return this.request<ExpandReply>('expand', { run, node, token })
  }

  newRun(prompt: string, chat: boolean): Promise<NewRunReply> {
    return this.request<NewRunReply>('runs', { prompt, chat })
  }

  continueRun(run: string, node: number, options: ContinueOptions): Promise<ContinueReply> {
    return this.request<ContinueReply>('continue', { run, node, ...options })
  }

  /** A notebook shows one trace: no compare view. */
  async comparison(): Promise<null> {
    return null
  }

  /** The trace is in Python already (`w.trace`): nothing to download. */
  downloads(): null {
    return null
  }

  figureLink(): null {
    return null
  }
}
