import { describe, expect, it } from 'vitest'
import { fixtureTrace, fixtureTraceV2 } from './fixture'
import { candidateLabel, endsComplete, showWhitespace, TokenTable, usesUnmapped } from './tokens'

const table = new TokenTable({
  tokens: { '1': 'a', '2': '<0xF0><0x9F>', '3': '<0x98><0x80>', '4': '<0xE4>', '5': '<0xB8><0xAD>', '6': ' b' },
  token_bytes: { '2': 'f09f', '3': '9880', '4': 'e4', '5': 'b8ad' },
}, [9])

describe('TokenTable', () => {
  it('joins byte tokens until they decode', () => {
    const segs = table.segments([1, 2, 3, 4, 5, 6])
    expect(segs.map((s) => s.text)).toEqual(['a', '😀', '中', ' b'])
    expect(segs[1]).toMatchObject({ start: 1, end: 3 })
    expect(table.decode([2, 3, 2, 3])).toBe('😀😀')
  })
  it('shows an unfinished character as a replacement', () => {
    expect(table.decode([1, 2])).toBe('a\ufffd')
  })
  it('knows special tokens and unknown ids', () => {
    expect(table.isSpecial(9)).toBe(true)
    expect(table.display(77)).toBe('<77>')
  })
  it('reads the trace\'s own objects, patches first, and ids under other decimal spellings', () => {
    const tokens: Record<string, string> = { '5': 'five', '-1': 'text only', '07': 'seven' }
    const t = new TokenTable({ tokens, token_bytes: { '008': 'e4' } })
    expect([t.display(5), t.display(-1), t.display(7), t.display(8)]).toEqual(['five', 'text only', 'seven', '<8>'])
    expect(t.searchText(8)).toBe('')
    expect(t.decode([8])).toBe('\ufffd')
    expect(t.display(6)).toBe('<6>')
    t.add({ tokens: { '5': 'FIVE', '6': 'six' } })
    expect([t.display(5), t.display(6)]).toEqual(['FIVE', 'six'])
  })
  it('checks character boundaries', () => {
    expect(endsComplete([0xf0, 0x9f])).toBe(false)
    expect(endsComplete([0xf0, 0x9f, 0x98, 0x80, 0x41])).toBe(true)
  })
  it('makes whitespace visible', () => {
    expect(showWhitespace(' a\n\tb')).toBe('·a↵\n→b')
    expect(candidateLabel('\n')).toBe('↵')
    expect(candidateLabel('')).toBe('∅')
  })
  it('makes invisible and bidi control characters visible', () => {
    expect(candidateLabel('a\u202eb\u200b')).toBe('a\u27e8RLO\u27e9b\u27e8ZWSP\u27e9')
    expect(showWhitespace('\u2066 \u0007')).toBe('\u27e8LRI\u27e9\u00b7\u27e8U+0007\u27e9')
    expect(table.searchText(2)).toBe('')
    expect(table.searchText(6)).toBe(' b')
  })
})

describe('usesUnmapped', () => {
  it('finds a text-only id (below 0) in a prompt, a path or a top-k, whatever the token table holds', () => {
    expect(usesUnmapped(fixtureTraceV2())).toBe(true)
    const plain = fixtureTrace()
    expect(usesUnmapped(plain)).toBe(false)
    expect(usesUnmapped(null)).toBe(false)
    const inTop = fixtureTrace()
    inTop.runs[0].nodes[1].top = [...(inTop.runs[0].nodes[1].top ?? []), [-3, -9]]
    expect(usesUnmapped(inTop)).toBe(true)
    const inPrompt = fixtureTrace()
    inPrompt.runs[0].prompt_token_ids = [-2, ...inPrompt.runs[0].prompt_token_ids]
    expect(usesUnmapped(inPrompt)).toBe(true)
    // a table entry no run uses is not a token on the page
    const tableOnly = fixtureTrace()
    tableOnly.tokens['-7'] = 'x'
    expect(usesUnmapped(tableOnly)).toBe(false)
  })
})
