import type { FigureRequest } from '../source/types'

/** A word as a POSIX shell reads it: bare when safe, else single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/** The `tracegen figure` command that draws `figure` from the trace file `file`. */
export function figureCommand(file: string, figure: FigureRequest): string {
  const words = ['tracegen', 'figure', shellQuote(file), '--run', shellQuote(figure.run)]
  if (figure.result !== undefined) words.push('--result', String(figure.result))
  else if (figure.node !== undefined) words.push('--node', String(figure.node))
  words.push('--kind', figure.kind, '--format', figure.format)
  if (figure.colour) words.push('--colour', figure.colour)
  return words.join(' ')
}
