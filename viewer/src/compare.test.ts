import { describe, expect, it } from 'vitest'
import { compareBy, compareReading, isCompare, nodeColour, orderPos, setComparison, walkDivergence } from './compare'
import { handleDivergenceKey } from './composables/useDivergenceKeys'
import { fixtureComparison, fixtureTraceB } from './model/compareFixture'
import { fixtureTrace } from './model/fixture'
import { StaticSource } from './source/static'
import { context, index, path, pos, selectNode, setTrace } from './state'

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
