import { describe, expect, it } from 'vitest'
import { figureCommand, shellQuote } from './figureCommand'

describe('the figure command', () => {
  it('names run, node or result, kind and format', () => {
    expect(figureCommand('TRACE.json', { run: 'run-1', node: 12, kind: 'text', format: 'pdf' }))
      .toBe('tracegen figure TRACE.json --run run-1 --node 12 --kind text --format pdf')
    expect(figureCommand('cap.json', { run: 'beam', node: 9, result: 2, kind: 'tree', format: 'svg' }))
      .toBe('tracegen figure cap.json --run beam --result 2 --kind tree --format svg')
    expect(figureCommand('cap.json', { run: 'beam', node: 4, kind: 'text', format: 'png', colour: 'surprisal' }))
      .toBe('tracegen figure cap.json --run beam --node 4 --kind text --format png --colour surprisal')
  })
  it('quotes what a shell would split or expand', () => {
    expect(shellQuote("my trace's $HOME.json")).toBe(`'my trace'\\''s $HOME.json'`)
    expect(figureCommand('a b.json', { run: '$(rm -rf ~)', kind: 'strip', format: 'png' }))
      .toBe("tracegen figure 'a b.json' --run '$(rm -rf ~)' --kind strip --format png")
  })
})
