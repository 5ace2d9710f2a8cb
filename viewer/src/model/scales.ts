// The colour scales, read at build time from the one file Python's figures also read
// (tracegen/static/scales.json), so a token has the same colour in the page and in a figure.
import { ref } from 'vue'
import scales from '../../../tracegen/static/scales.json'
import type { TraceNode } from './types'

/** What a token's colour can stand for (the page's colour switch). */
export type Metric = 'probability' | 'surprisal' | 'entropy'

export const METRICS: readonly Metric[] = ['probability', 'surprisal', 'entropy']

/** What a compare page's token colours can stand for: Δ logprob (B − A) or the divergence of the two distributions. */
export type CompareMetric = 'delta_logprob' | 'divergence'

export const COMPARE_METRICS: readonly CompareMetric[] = ['delta_logprob', 'divergence']

/** Every metric with a scale in scales.json. */
export type ScaleMetric = Metric | CompareMetric

interface MetricScale {
  scale: keyof typeof scales & ('sequential' | 'diverging')
  domain: [number, number]
  unit: string
  label: string
}

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb
}

type ScaleName = 'sequential' | 'diverging'

const STOPS: Record<ScaleName, Rgb[]> = {
  sequential: scales.sequential.stops.map(parseHex),
  diverging: scales.diverging.stops.map(parseHex),
}
const DARK_STOPS: Record<ScaleName, Rgb[]> = {
  sequential: scales.dark.sequential.stops.map(parseHex),
  diverging: scales.dark.diverging.stops.map(parseHex),
}

/**
 * Whether the page is dark (prefers-color-scheme: dark): colours then come from scales.json's
 * `dark` scales, whose every stop stands out from the dark background (the light scales end in
 * navy). A ref, so everything coloured is recomputed when the scheme changes.
 */
export const darkScheme = ref(false)

/** Follow the browser's colour scheme (the page; the notebook widget is always light). */
export function followColourScheme(win: Window = window): void {
  const query = win.matchMedia?.('(prefers-color-scheme: dark)')
  if (!query) return
  darkScheme.value = query.matches
  query.addEventListener?.('change', (e) => { darkScheme.value = e.matches })
}

/** The stops of a scale as `#rrggbb`, in the current scheme. */
export function scaleStops(scale: ScaleName): string[] {
  return darkScheme.value ? scales.dark[scale].stops : scales[scale].stops
}

export function metricScale(metric: ScaleMetric): MetricScale {
  return scales.metrics[metric] as MetricScale
}

const hex2 = (c: number) => c.toString(16).padStart(2, '0')

// Rounding is half up (Math.floor(x + 0.5)); Python's figure code rounds the same way, not
// with round() (half to even), so the two never differ by one on a tie.
const roundHalfUp = (x: number) => Math.floor(x + 0.5)

/**
 * The colour of `value` on `metric`'s scale, as `#rrggbb`: the value is mapped to [0, 1] by
 * the metric's domain (clamped), then interpolated linearly in sRGB between evenly spaced
 * stops. The rule Python's figures implement too (tracegen/static/scales.json). `domain`
 * replaces the metric's own (a compare page scales to the data it shows).
 */
export function colourOf(metric: ScaleMetric, value: number, domain?: readonly [number, number]): string {
  const { scale, domain: [d0, d1] } = domain ? { scale: metricScale(metric).scale, domain } : metricScale(metric)
  const stops = (darkScheme.value ? DARK_STOPS : STOPS)[scale]
  const t = Math.min(1, Math.max(0, (value - d0) / (d1 - d0)))
  const pos = t * (stops.length - 1)
  const i = Math.min(Math.floor(pos), stops.length - 2)
  const f = pos - i
  const [a, b] = [stops[i], stops[i + 1]]
  return '#' + a.map((c, j) => hex2(roundHalfUp(c + (b[j] - c) * f))).join('')
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const lin = parseHex(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
}

/** The text colour readable on a swatch of `background`. */
export function textOn(background: string): string {
  return luminance(background) < scales.dark_below_luminance ? scales.text_on_dark : scales.text_on_light
}

/** The CSS gradient of a metric's scale, for colour bars (CSS interpolates in sRGB too). */
export function gradientCss(metric: ScaleMetric, direction = 'to right'): string {
  const stops = scaleStops(metricScale(metric).scale)
  return `linear-gradient(${direction}, ${stops.join(', ')})`
}

/**
 * The value a token is coloured by: its probability, its surprisal in bits, or the entropy
 * in bits of the distribution it was drawn from (its parent's). NaN when unknown.
 */
export function metricValue(metric: Metric, node: TraceNode, parent: TraceNode | undefined): number {
  if (metric === 'entropy') return parent?.entropy == null ? NaN : parent.entropy / Math.LN2
  const lp = node.logprob
  if (lp === null || lp === undefined) return NaN
  return metric === 'probability' ? Math.exp(lp) : -lp / Math.LN2
}

/** A metric value as text: 12.3% for a probability, 2.41 bits for the others. */
export function formatMetric(metric: Metric, value: number): string {
  if (Number.isNaN(value)) return 'unknown'
  if (metric === 'probability') return fmtProb(value)
  return `${value.toFixed(2)} bits`
}

/**
 * Where the colour bar's tick labels go: the domain in quarters (fifths for entropy, sixths
 * for Δ logprob), the top one open-ended (both ends for Δ logprob: values beyond are clamped).
 * `domain` replaces the metric's own (a compare page's scale fitted to its data).
 */
export function ticks(metric: ScaleMetric, domain?: readonly [number, number]): { at: number; label: string }[] {
  const [d0, d1] = domain ?? metricScale(metric).domain
  const n = metric === 'entropy' ? 5 : metric === 'delta_logprob' ? 6 : 4
  // as few digits as tell the ticks apart: 0.0125 on a 0…0.05 scale, 1.5 on 0…2
  const num = (v: number) => String(Number(v.toPrecision(3)))
  return Array.from({ length: n + 1 }, (_, i) => {
    const v = d0 + ((d1 - d0) * i) / n
    const open = i === n ? '\u2265 ' : i === 0 && d0 < 0 ? '\u2264 ' : ''
    const label = metric === 'probability' ? `${Math.round(v * 100)}%` : `${open}${v < 0 ? '\u2212' + num(-v) : v > 0 && d0 < 0 ? '+' + num(v) : num(v)}`
    return { at: i / n, label }
  })
}

/** A probability as a percentage with sensible digits. */
export function fmtProb(p: number): string {
  if (!(p >= 0)) return '\u2013'
  if (p >= 0.1) return (p * 100).toFixed(1) + '%'
  if (p >= 0.001) return (p * 100).toFixed(2) + '%'
  return (p * 100).toExponential(1) + '%'
}
