import { describe, expect, it } from 'vitest'
import scales from '../../../tracegen/static/scales.json'
import { colourOf, contrast, darkScheme, luminance, metricValue, scaleStops, textOn, ticks } from './scales'

describe('colour scales', () => {
  it('hit the stops exactly and follow the domain', () => {
    const stops = scales.sequential.stops
    expect(colourOf('probability', 0)).toBe(stops[0])
    expect(colourOf('probability', 1)).toBe(stops[stops.length - 1])
    expect(colourOf('probability', 0.5)).toBe(stops[4])
    expect(colourOf('probability', 2)).toBe(stops[stops.length - 1]) // clamped
    expect(colourOf('surprisal', 10)).toBe(stops[8])
    expect(colourOf('entropy', 2.5)).toBe(stops[4])
  })
  it('interpolates each channel and rounds ties up', () => {
    // t = 1/16: halfway between stops 0 (#ffffd9) and 1 (#edf8b1)
    // r: 255 + (237 - 255) / 2 = 246; g: 255 + (248 - 255) / 2 = 251.5 -> 252; b: 217 + (177 - 217) / 2 = 197
    expect(colourOf('probability', 1 / 16)).toBe('#f6fcc5')
  })
  it('is monotone: a likelier token is never paler', () => {
    let last = Infinity
    for (let p = 0; p <= 1; p += 0.01) {
      const l = luminance(colourOf('probability', p))
      expect(l).toBeLessThanOrEqual(last + 1e-12)
      last = l
    }
  })
  it('puts readable text on every swatch', () => {
    expect(textOn('#081d58')).toBe(scales.text_on_dark)
    expect(textOn('#ffffd9')).toBe(scales.text_on_light)
  })
  it('measures surprisal and entropy in bits', () => {
    const node = { id: 1, parent: 0, token: 3, logprob: Math.log(0.25), top: null, entropy: null }
    const parent = { id: 0, parent: null, token: null, logprob: null, top: null, entropy: Math.LN2 * 3 }
    expect(metricValue('probability', node, parent)).toBeCloseTo(0.25, 12)
    expect(metricValue('surprisal', node, parent)).toBeCloseTo(2, 12)
    expect(metricValue('entropy', node, parent)).toBeCloseTo(3, 12)
    expect(metricValue('entropy', node, undefined)).toBeNaN()
    expect(ticks('surprisal').map((t) => t.label)).toEqual(['0', '2.5', '5', '7.5', '\u2265 10'])
    // a compare page's scales: Δ logprob open at both ends, signed; divergence in quarters
    expect(ticks('delta_logprob').map((t) => t.label)).toEqual(['\u2264 \u22123', '\u22122', '\u22121', '0', '+1', '+2', '\u2265 +3'])
    expect(ticks('divergence').map((t) => t.label)).toEqual(['0', '0.5', '1', '1.5', '\u2265 2'])
    expect(colourOf('delta_logprob', 0)).toBe(scales.diverging.stops[4])
  })
})

describe('dark mode', () => {
  it('has its own scales, every stop at least 3:1 against every dark background of the page', () => {
    // the page's dark --bg, --bg-soft, --bg-panel (tests/test_dark_scale.py checks style.css names these)
    const backgrounds = scales.dark.backgrounds
    for (const scale of ['sequential', 'diverging'] as const) {
      for (const stop of scales.dark[scale].stops) {
        for (const bg of backgrounds) expect(contrast(stop, bg), `${scale} ${stop} on ${bg}`).toBeGreaterThanOrEqual(3)
      }
    }
    // the light scale's navy end is what vanished
    expect(contrast(scales.sequential.stops[8], backgrounds[0])).toBeLessThan(1.5)
  })
  it('colours by the dark scale while the page is dark, and back', () => {
    darkScheme.value = true
    expect(colourOf('probability', 1)).toBe(scales.dark.sequential.stops[8])
    expect(colourOf('delta_logprob', -3)).toBe(scales.dark.diverging.stops[0])
    expect(scaleStops('sequential')).toEqual(scales.dark.sequential.stops)
    darkScheme.value = false
    expect(colourOf('probability', 1)).toBe(scales.sequential.stops[8])
  })
  it('scales to a domain given, as the compare page does to the data it shows', () => {
    expect(colourOf('divergence', 0.01, [0, 0.02])).toBe(scales.sequential.stops[4])
    expect(colourOf('delta_logprob', -0.05, [-0.05, 0.05])).toBe(scales.diverging.stops[0])
  })
})
