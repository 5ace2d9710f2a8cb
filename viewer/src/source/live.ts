import type { Trace } from '../model/types'
import {
  SourceError,
  type ContinueOptions,
  type ContinueReply,
  type ExpandReply,
  type FigureRequest,
  type NewRunReply,
  type TraceSource,
} from './types'

type Fetch = typeof fetch

/** A trace that lives on a tracegen server (`tracegen serve`) and grows through its JSON API. */
export class LiveSource implements TraceSource {
  readonly mode = 'live' as const
  /** what the trace is called once downloaded (the download link's name) */
  readonly fileName = 'trace.json'
  private readonly base: string

  constructor(api: string, private readonly fetchImpl: Fetch = (...args) => fetch(...args)) {
    this.base = api.replace(/\/+$/, '')
  }

  private async call<T>(path: string, body?: unknown): Promise<T> {
    const init: RequestInit = body === undefined
      ? { method: 'GET', headers: { Accept: 'application/json' } }
      : { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) }
    let response: Response
    try {
      response = await this.fetchImpl(this.base + path, init)
    } catch (err) {
      throw new SourceError(`cannot reach the tracegen server (${(err as Error).message})`)
    }
    let data: unknown = null
    try {
      data = await response.json()
    } catch {
      data = null
    }
    if (!response.ok) {
      const message = data && typeof data === 'object' && 'error' in data ? String((data as { error: unknown }).error) : response.statusText
      throw new SourceError(`${response.status}: ${message}`)
    }
    return data as T
  }

  load(): Promise<Trace> {
    return this.call<Trace>('/trace')
  }

  expand(run: string, node: number, token: number): Promise<ExpandReply> {
    // an id below 0 is a token known only by its text: nothing a model can be fed
    if (token < 0) return Promise.reject(new SourceError(`token ${token} is text only: it has no id to feed the model`))
    return this.call<ExpandReply>('/expand', { run, node, token })
  }

  newRun(prompt: string, chat: boolean): Promise<NewRunReply> {
    return this.call<NewRunReply>('/runs', { prompt, chat })
  }

  continueRun(run: string, node: number, options: ContinueOptions): Promise<ContinueReply> {
    return this.call<ContinueReply>('/continue', { run, node, ...options })
  }

  /** Live mode has no compare view. */
  async comparison(): Promise<null> {
    return null
  }

  downloads(): { json: string; html: string } {
    return { json: `${this.base}/download/trace.json`, html: `${this.base}/download/trace.html` }
  }

  figureLink(figure: FigureRequest): string {
    const params = new URLSearchParams({ run: figure.run, kind: figure.kind, format: figure.format })
    if (figure.result !== undefined) params.set('result', String(figure.result))
    else if (figure.node !== undefined) params.set('node', String(figure.node))
    if (figure.colour) params.set('colour', figure.colour)
    return `${this.base}/figure?${params.toString()}`
  }
}
