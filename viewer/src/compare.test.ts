import { describe, expect, it } from 'vitest'
import {
  boundsEverywhere, compareBy, compareDomains, compareReading, disagreePos, disagreements, isCompare, niceCeil, nodeColour, orderPos,
  setComparison, walkDisagreement, walkDivergence,
} from './compare'
import scales from '../../tracegen/static/scales.json'
import { weightsText, type Comparison } from './model/comparison'
import { handleDivergenceKey } from './composables/useDivergenceKeys'
import { fixtureComparison, fixtureTraceB } from './model/compareFixture'
import { fixtureTrace } from './model/fixture'
import { StaticSource } from './source/static'
import { context, index, path, pos, selected, selectNode, setTrace } from './state'

function load(): void {
  const a = fixtureTrace()
  setComparison({ b: fixtureTraceB(), comparison: fixtureComparison() })
  setTrace(new StaticSource(a), a)
}

describe('compare state', () => {
  it('reads a node’s Δ logprob from its own figures and its divergence from its parent’s', () => {
    load()
    expect(isCompare.value).toBe(true)
    const idx = index.value!
    const [n4, n5] = [idx.node(4)!, idx.node(5)!]
    expect(compareReading('delta_logprob', [n5], n4).value).toBe(-3.5)
    // token 31 (node 5) was chosen from node 4's distribution: node 4's exact KL
    expect(compareReading('divergence', [n5], n4)).toMatchObject({ state: 'exact', value: 1.5 })
    expect(compareReading('divergence', [n4], idx.node(0))).toMatchObject({ state: 'bound', lo: 0.5, hi: 0.8 })
  })
  it('colours tree and outline nodes by the compare switch, bounds marked', () => {
    load()
    const idx = index.value!
    compareBy.value = 'delta_logprob'
    expect(nodeColour(idx.node(4)!, idx.node(0))).toMatchObject({ value: 2, bound: false, text: '+2.00 nats' })
    expect(nodeColour(idx.node(2)!, idx.node(1))).toMatchObject({ value: -1.2, bound: true })
    expect(Number.isNaN(nodeColour(idx.node(3)!, idx.node(1)).value)).toBe(true)
    compareBy.value = 'divergence'
    expect(nodeColour(idx.node(1)!, idx.node(0))).toMatchObject({ value: 0.5, bound: true, text: '0.50 \u2026 0.80 nats' })
    compareBy.value = 'delta_logprob'
  })
  it('walks the contexts by divergence, largest first, and shows each one’s distribution', () => {
    load()
    selectNode(2)
    walkDivergence(1)
    expect(orderPos.value).toBe(0)
    expect(context.value?.id).toBe(4) // the largest: node 4's distribution, the token after it selected
    expect(path.value[pos.value]?.id).toBe(5)
    walkDivergence(1)
    expect(context.value?.id).toBe(0)
    walkDivergence(1)
    expect(context.value?.id).toBe(5) // a leaf's distribution: the next-token slot
    expect(pos.value).toBe(path.value.length)
    walkDivergence(-1)
    expect(context.value?.id).toBe(0)
  })
  it('answers N and Shift+N, not when typing', () => {
    load()
    orderPos.value = -1
    expect(handleDivergenceKey(new KeyboardEvent('keydown', { key: 'n' }))).toBe(true)
    expect(orderPos.value).toBe(0)
    expect(handleDivergenceKey(new KeyboardEvent('keydown', { key: 'N', shiftKey: true }))).toBe(true)
    expect(orderPos.value).toBe(3) // wraps back to the smallest
    const input = document.createElement('input')
    document.body.appendChild(input)
    const typed = new KeyboardEvent('keydown', { key: 'n' })
    Object.defineProperty(typed, 'target', { value: input })
    expect(handleDivergenceKey(typed)).toBe(false)
    expect(handleDivergenceKey(new KeyboardEvent('keydown', { key: 'n', ctrlKey: true }))).toBe(false)
  })
})

/** The fixture with every figure a hundredth: differences all below 0.05 nats, as llama.cpp against its own weights. */
function small(): Comparison {
  const c = fixtureComparison()
  for (const f of c.nodes) {
    for (const key of Object.keys(f)) {
      if (/^(kl_ab|kl_ba|js|tv|delta_logprob)(_lo|_hi)?$/.test(key) && typeof f[key] === 'number') (f as Record<string, unknown>)[key] = (f[key] as number) / 100
    }
  }
  return c
}

describe('small differences', () => {
  it('rounds a scale up to 1, 2 or 5 times a power of ten', () => {
    expect([niceCeil(0.035), niceCeil(0.012), niceCeil(1.5), niceCeil(0.05), niceCeil(0)]).toEqual([0.05, 0.02, 2, 0.05, 0])
  })
  it('fits both scales to the run, so a difference of 0.035 nats is a strong colour, not white', () => {
    const a = fixtureTrace()
    setComparison({ b: fixtureTraceB(), comparison: small() })
    setTrace(new StaticSource(a), a)
    expect(compareDomains.value.delta_logprob).toEqual([-0.05, 0.05]) // largest |Δ|: 0.035
    expect(compareDomains.value.divergence).toEqual([0, 0.02]) // largest KL: 0.015
    compareBy.value = 'delta_logprob'
    const idx = index.value!
    const c = nodeColour(idx.node(5)!, idx.node(4)) // Δ −0.035: 70% of the way to the orange end
    expect(c.colour).not.toBe(scales.diverging.stops[4])
    expect(c.text).toBe('\u22120.0350 nats')
    // the default scale (±3 nats) would have drawn it the middle's near-white
    setComparison({ b: fixtureTraceB(), comparison: fixtureComparison() })
    expect(compareDomains.value.delta_logprob).toEqual([-3, 3])
  })
  it('does not hatch every token when nearly every figure is a bound', () => {
    const a = fixtureTrace()
    const c = fixtureComparison()
    for (const f of c.nodes) {
      if (f.exact) Object.assign(f, { exact: false, kl_ab: null, kl_ab_hi: null })
    }
    setComparison({ b: fixtureTraceB(), comparison: c })
    setTrace(new StaticSource(a), a)
    expect(boundsEverywhere.value.divergence).toBe(true)
    compareBy.value = 'divergence'
    const idx = index.value!
    expect(nodeColour(idx.node(1)!, idx.node(0))).toMatchObject({ value: 0.5, bound: false })
    compareBy.value = 'delta_logprob'
  })
  it('walks the top-1 disagreements in text order, with D and Shift+D', () => {
    load()
    expect(disagreements.value.map((f) => f.node)).toEqual([2]) // token 12, drawn after " cat" where A and B differ
    walkDisagreement(1)
    expect(disagreePos.value).toBe(0)
    expect(selected.value?.id).toBe(2)
    expect(context.value?.id).toBe(1)
    disagreePos.value = -1
    expect(handleDivergenceKey(new KeyboardEvent('keydown', { key: 'd' }))).toBe(true)
    expect(disagreePos.value).toBe(0)
  })
  it('says what each side’s weights were', () => {
    expect(weightsText({ name: 'm', vocab_size: 1, quantization: 'Q4_1', gguf: 'm.gguf', dequantized_to: 'float32' }))
      .toBe('Q4_1 GGUF weights dequantized to float32')
    expect(weightsText({ name: 'm', vocab_size: 1, quantization: 'Q4_1', gguf: 'm.gguf', backend: 'llamacpp' })).toBe('Q4_1 GGUF weights')
    expect(weightsText({ name: 'm', vocab_size: 1, dtype: 'bfloat16' })).toBe('bfloat16')
    expect(weightsText({ name: 'm', vocab_size: 1, backend: 'openai', base_url: 'http://x/v1' })).toBe('weights not reported by the server')
  })
})

describe('step jumps and the steps table', () => {
  it('jumps to the most uncertain step and the least likely token with U and L', async () => {
    const { handleStepKey, jumpPos } = await import('./composables/useStepJumps')
    const a = fixtureTrace()
    setTrace(new StaticSource(a), a)
    selectNode(3) // path: " cat" (p 0.6, entropy 1.1 nats), " ran" (p 0.2, entropy 0.9)
    expect(handleStepKey(new KeyboardEvent('keydown', { key: 'l' }))).toBe(true)
    expect(selected.value?.id).toBe(3)
    expect(handleStepKey(new KeyboardEvent('keydown', { key: 'u' }))).toBe(true)
    expect(selected.value?.id).toBe(1)
    expect(jumpPos.value).toEqual({ uncertain: 0, unlikely: 0 })
    expect(handleStepKey(new KeyboardEvent('keydown', { key: 'L', shiftKey: true }))).toBe(true)
    expect(selected.value?.id).toBe(1) // back: wraps to the likeliest
  })
})
