import type { TokenPatch, Trace } from './types'

/** One piece of rendered text: a single token, or several byte tokens that only decode together. */
export interface Segment {
  /** index of the first token in the sequence */
  start: number
  /** index after the last token */
  end: number
  text: string
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

/** A JSON object of token ids as a map by number (`"05"` and `"5"` both id 5). */
function byNumber<T>(table: Record<string, T>): Map<number, T> {
  const out = new Map<number, T>()
  for (const [k, v] of Object.entries(table)) out.set(Number(k), v)
  return out
}

/**
 * An id below 0: a token known only by its text (a server named it, no single id of the
 * tokenizer matched). It cannot be fed back to a model.
 */
export const isUnmapped = (id: number | null | undefined): boolean => typeof id === 'number' && id < 0

/**
 * Whether any run uses a token known only by its text: in a prompt, as a node's token or as
 * a candidate. Read from the ids in use, not from the token table's keys: listing the keys of
 * a table of a million tokens took a tenth of a second before the first rows could show.
 */
export function usesUnmapped(trace: Pick<Trace, 'runs'> | null | undefined): boolean {
  for (const run of trace?.runs ?? []) {
    if ((run.prompt_token_ids ?? []).some(isUnmapped)) return true
    for (const node of run.nodes) {
      if (isUnmapped(node.token)) return true
      const top = node.top
      if (top) for (let i = 0; i < top.length; i++) if (top[i][0] < 0) return true
    }
  }
  return false
}

export const UNMAPPED_TITLE = 'text only: no single token id matched'

/**
 * The token table: display text, raw bytes of partial-UTF-8 tokens, special ids.
 *
 * The trace's own `tokens` and `token_bytes` objects are read where an id is looked up, not
 * copied: copying a million entries into maps took half a second before a node with a
 * million candidates could show its first rows. Patches (live mode) go into maps looked at
 * first; an id an object does not hold under its plain decimal key (a file that wrote `"05"`)
 * is looked up in a map of the whole object, built the first time that happens.
 */
export class TokenTable {
  private text = new Map<number, string>()
  private bytes = new Map<number, Uint8Array>()
  private readonly baseText: Record<string, string>
  private readonly baseBytes: Record<string, string>
  private allText: Map<number, string> | null = null
  private allBytes: Map<number, string> | null = null
  readonly special: Set<number>

  constructor(trace: Pick<Trace, 'tokens' | 'token_bytes'>, special: number[] = []) {
    this.special = new Set(special)
    this.baseText = trace.tokens
    this.baseBytes = trace.token_bytes ?? {}
  }

  add(patch: TokenPatch): void {
    for (const [k, v] of Object.entries(patch.tokens)) this.text.set(Number(k), v)
    for (const [k, v] of Object.entries(patch.token_bytes ?? {})) this.bytes.set(Number(k), hexToBytes(v))
  }

  private textOf(id: number): string | undefined {
    const patched = this.text.get(id)
    if (patched !== undefined) return patched
    const own = this.baseText[id]
    if (typeof own === 'string') return own
    this.allText ??= byNumber(this.baseText)
    return this.allText.get(id)
  }

  private bytesOf(id: number): Uint8Array | undefined {
    const known = this.bytes.get(id)
    if (known !== undefined) return known
    let hex: string | undefined = this.baseBytes[id]
    if (typeof hex !== 'string') {
      this.allBytes ??= byNumber(this.baseBytes)
      hex = this.allBytes.get(id)
    }
    if (hex === undefined) return undefined
    const raw = hexToBytes(hex)
    this.bytes.set(id, raw)
    return raw
  }

  display(id: number): string {
    return this.textOf(id) ?? `<${id}>`
  }

  /**
   * A token's text for searching: its display text, or '' for a token that is only part of
   * a character (its bytes decode together with its neighbours' only).
   */
  searchText(id: number): string {
    return this.bytesOf(id) ? '' : this.display(id)
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
      out.push({ start: pendingStart, end, text: decoder.decode(new Uint8Array(pending)) })
      pending = []
      pendingStart = -1
    }
    ids.forEach((id, i) => {
      const raw = this.bytesOf(id)
      if (!raw) {
        flush(i)
        out.push({ start: i, end: i + 1, text: this.display(id) })
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

/**
 * Characters that show nothing or reorder text: bidi controls (an unterminated U+202E
 * would reverse what follows), zero-width and other format characters, C0/C1 controls.
 * Tab, newline and carriage return are whitespace and have their own marks.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g

const CONTROL_NAMES: Record<string, string> = {
  '\u061c': 'ALM', '\u200b': 'ZWSP', '\u200c': 'ZWNJ', '\u200d': 'ZWJ', '\u200e': 'LRM', '\u200f': 'RLM',
  '\u202a': 'LRE', '\u202b': 'RLE', '\u202c': 'PDF', '\u202d': 'LRO', '\u202e': 'RLO', '\u2028': 'LSEP',
  '\u2029': 'PSEP', '\u2060': 'WJ', '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
  '\ufeff': 'ZWNBSP', '\u00ad': 'SHY', '\u0085': 'NEL', '\u0000': 'NUL', '\u001b': 'ESC',
}

/** `⟨RLO⟩`, `⟨ZWSP⟩`, `⟨U+0007⟩`: the visible name of an invisible or bidi control character. */
export function controlName(ch: string): string {
  const name = CONTROL_NAMES[ch] ?? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return `\u27e8${name}\u27e9`
}

/** Invisible and bidi control characters replaced by their visible names. */
export function showControls(text: string): string {
  return text.replace(CONTROL, controlName)
}

/**
 * Text wrapped in FSI … PDI, for places CSS cannot isolate (attributes, `<option>`): a bidi
 * control inside model text then cannot reorder the label around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`

/** Whitespace and control characters made visible: space ·, tab →, newline ↵ (the newline itself is kept). */
export function showWhitespace(text: string): string {
  return showControls(text).replace(/ /g, '\u00b7').replace(/\t/g, '\u2192').replace(/\r/g, '\u240d').replace(/\n/g, '\u21b5\n')
}

/** A candidate's text for lists: whitespace and control characters always visible, empty shown as ∅. */
export function candidateLabel(text: string): string {
  if (text === '') return '\u2205'
  return showControls(text).replace(/ /g, '\u00b7').replace(/\t/g, '\u2192').replace(/\r/g, '\u240d').replace(/\n/g, '\u21b5')
}
