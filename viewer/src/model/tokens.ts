import type { TokenPatch, Trace } from './types'

/** One piece of rendered text: a single token, or several byte tokens that only decode together. */
export interface Segment {
  /** index of the first token in the sequence */
  start: number
  /** index after the last token */
  end: number
  text: string
  /** true when the text came from joining raw bytes of several tokens */
  joined: boolean
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16)
  return out
}

/** Length of the UTF-8 sequence a lead byte starts (1 for invalid leads, so decoding moves on). */
function seqLen(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xf0 && lead < 0xf8) return 4
  if (lead >= 0xe0) return lead < 0xf0 ? 3 : 1
  if (lead >= 0xc0) return 2
  return 1
}

/** Whether `bytes` ends on a character boundary (no sequence cut short at the end). */
export function endsComplete(bytes: number[]): boolean {
  let i = 0
  while (i < bytes.length) i += seqLen(bytes[i])
  return i === bytes.length
}

const decoder = new TextDecoder('utf-8')

/**
 * An id below 0: a token known only by its text (a server named it, no single id of the
 * tokenizer matched). It cannot be fed back to a model.
 */
export const isUnmapped = (id: number | null | undefined): boolean => typeof id === 'number' && id < 0

export const UNMAPPED_TITLE = 'text only: no single token id matched'

/** The token table: display text, raw bytes of partial-UTF-8 tokens, special ids. */
export class TokenTable {
  private text = new Map<number, string>()
  private bytes = new Map<number, Uint8Array>()
  readonly special: Set<number>

  constructor(trace: Pick<Trace, 'tokens' | 'token_bytes'>, special: number[] = []) {
    this.special = new Set(special)
    this.add(trace)
  }

  add(patch: TokenPatch): void {
    for (const [k, v] of Object.entries(patch.tokens)) this.text.set(Number(k), v)
    for (const [k, v] of Object.entries(patch.token_bytes ?? {})) this.bytes.set(Number(k), hexToBytes(v))
  }

  display(id: number): string {
    return this.text.get(id) ?? `<${id}>`
  }

  rawBytes(id: number): Uint8Array | undefined {
    return this.bytes.get(id)
  }

  isSpecial(id: number): boolean {
    return this.special.has(id)
  }

  /**
   * Split a token sequence into segments: ordinary tokens stand alone, consecutive byte tokens
   * are joined until they end on a character boundary and decoded together (a split emoji).
   */
  segments(ids: readonly number[]): Segment[] {
    const out: Segment[] = []
    let pending: number[] = []
    let pendingStart = -1
    const flush = (end: number) => {
      if (pendingStart < 0) return
      out.push({ start: pendingStart, end, text: decoder.decode(new Uint8Array(pending)), joined: end - pendingStart > 1 })
      pending = []
      pendingStart = -1
    }
    ids.forEach((id, i) => {
      const raw = this.bytes.get(id)
      if (!raw) {
        flush(i)
        out.push({ start: i, end: i + 1, text: this.display(id), joined: false })
        return
      }
      if (pendingStart < 0) pendingStart = i
      for (const b of raw) pending.push(b)
      if (endsComplete(pending)) flush(i + 1)
    })
    flush(ids.length)
    return out
  }

  /** The decoded text of a token sequence. */
  decode(ids: readonly number[]): string {
    return this.segments(ids).map((s) => s.text).join('')
  }
}

/** Whitespace made visible: space ·, tab →, newline ↵ (the newline itself is kept). */
export function showWhitespace(text: string): string {
  return text.replace(/ /g, '\u00b7').replace(/\t/g, '\u2192').replace(/\r/g, '\u240d').replace(/\n/g, '\u21b5\n')
}

/** A candidate's text for lists: whitespace always visible, empty shown as ∅. */
export function candidateLabel(text: string): string {
  if (text === '') return '\u2205'
  return text.replace(/ /g, '\u00b7').replace(/\t/g, '\u2192').replace(/\r/g, '\u240d').replace(/\n/g, '\u21b5')
}
