import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import scales from '../../../tracegen/static/scales.json'
import { compareBy, setComparison } from '../compare'
import { comparisonData } from '../model/comparison'
import { fixtureComparison, fixtureTraceB } from '../model/compareFixture'
import { fixtureTrace } from '../model/fixture'
import { colourOf } from '../model/scales'
import { sourceFromDocument } from '../source'
import { StaticSource } from '../source/static'
import { selectContext, selectNode, setTrace } from '../state'
import TgCompareBar from './TgCompareBar.vue'
import TgCompareDistribution from './TgCompareDistribution.vue'
import TgCompareLegend from './TgCompareLegend.vue'
import TgCompareStrip from './TgCompareStrip.vue'
import TgText from './TgText.vue'

function load(): void {
  const a = fixtureTrace()
  setComparison({ b: fixtureTraceB(), comparison: fixtureComparison() })
  setTrace(new StaticSource(a), a)
}

describe('compare page components', () => {
  it('reads a compare page: trace A, trace B and the comparison', async () => {
    const c = fixtureComparison()
    document.body.innerHTML = `<script type="application/json" id="tracegen-trace">${JSON.stringify(fixtureTrace())}</script>`
      + `<script type="application/json" id="tracegen-trace-b">${JSON.stringify(fixtureTraceB())}</script>`
      + `<script type="application/json" id="tracegen-compare">${JSON.stringify(comparisonData(c))}</script>`
    const src = sourceFromDocument(document)
    expect((await src.load()).model.name).toBe('m')
    const pair = await src.comparison()
    expect(pair?.b.model.name).toBe('model-b')
    expect(pair?.comparison.order).toEqual(c.order)
    expect(src.fileName).toBe('a.json')
    document.body.innerHTML = `<script type="application/json" id="tracegen-trace">${JSON.stringify(fixtureTrace())}</script>`
    expect(await sourceFromDocument(document).comparison()).toBeNull()
    document.body.innerHTML = ''
  })

  it('shows both probabilities, the difference, and "≤ cap" for what a side did not record', async () => {
    load()
    selectNode(4) // token 30, chosen from the root's distribution
    const wrapper = mount(TgCompareDistribution)
    await nextTick()
    expect(wrapper.get('[data-testid="chosen-prob-a"]').text()).toBe('30.0%')
    expect(wrapper.get('[data-testid="chosen-prob-b"]').text()).toBe(`${(Math.exp(Math.log(0.3) + 2) * 100).toFixed(1)}%`)
    expect(wrapper.get('[data-testid="chosen-delta"]').text()).toBe('+2.00 nats')
    const row = (token: number) => wrapper.get(`[data-token="${token}"]`)
    expect(row(11).get('[data-testid="prob-a"]').text()).toBe('60.0%')
    expect(row(11).get('[data-testid="prob-b"]').text()).toBe('50.0%')
    expect(row(11).get('[data-testid="diff"]').text()).toBe('\u221210')
    // B did not record 30 (at most 20%), A did not record 17 (at most 10%): never 0
    expect(row(30).get('[data-testid="prob-b"]').text()).toBe('\u2264 20.0%')
    expect(row(30).get('[data-testid="diff"]').text()).toBe('\u221230\u2026\u221210')
    expect(row(17).get('[data-testid="prob-a"]').text()).toBe('\u2264 10.0%')
    expect(row(17).get('[data-testid="diff"]').text()).toBe('+10\u2026+20')
    expect(row(30).classes()).toContain('tg-compare-dist__row--chosen')
    expect(wrapper.get('[data-testid="fig-kl_ab"]').text()).toBe('0.500 \u2026 0.800 nats')
    expect(wrapper.get('[data-testid="fig-kl_ba"]').text()).toBe('\u2265 0.200 nats')
    expect(wrapper.get('[data-testid="fig-tv"]').text()).toBe('0.100 \u2026 0.300') // a probability: no unit
    expect(wrapper.get('[data-testid="entropies"]').text()).toBe('1.587 bits / 1.876 bits')
    expect(wrapper.get('[data-testid="top1-agree"]').text()).toBe('agree')
  })

  it('says why a context has no comparison', async () => {
    load()
    selectContext(2) // a leaf: neither side has a distribution after it
    const wrapper = mount(TgCompareDistribution)
    await nextTick()
    expect(wrapper.find('[data-testid="not-compared"]').exists()).toBe(true)
  })

  it('colours the text on the diverging scale, hatches bounds and outlines unknowns', async () => {
    load()
    compareBy.value = 'delta_logprob'
    selectNode(3) // path: 1 (" cat") then 3 (" ran")
    const wrapper = mount(TgText)
    await nextTick()
    const cat = wrapper.get('[data-node="1"]')
    const delta = fixtureComparison().nodes.find((f) => f.node === 1 && !f.next)?.delta_logprob as number
    expect((cat.element as HTMLElement).style.backgroundColor).toBe(colourOf('delta_logprob', delta))
    expect(cat.attributes('title')).toContain('\u22120.18')
    const ran = wrapper.get('[data-node="3"]')
    expect(ran.classes()).toContain('tg-text__tok--unknown')
    expect((ran.element as HTMLElement).style.backgroundColor).toBe('')
    selectNode(2)
    await nextTick()
    const sat = wrapper.get('[data-node="2"]')
    expect(sat.classes()).toContain('tg-text__tok--bound')
    expect(sat.attributes('title')).toContain('\u2264 \u22121.20')
    // the scale's ends: 3 nats lower in B is the first stop, higher the last
    expect(colourOf('delta_logprob', -3)).toBe(scales.diverging.stops[0])
    expect(colourOf('delta_logprob', 3)).toBe(scales.diverging.stops[8])
    compareBy.value = 'divergence'
    await nextTick()
    expect(wrapper.get('[data-node="1"]').classes()).toContain('tg-text__tok--bound') // the root's interval
    compareBy.value = 'delta_logprob'
  })

  it('names both models and shows the summary with "≥" on bounds', async () => {
    load()
    const wrapper = mount(TgCompareBar)
    await nextTick()
    expect(wrapper.get('[data-testid="model-a"]').text()).toContain('m')
    expect(wrapper.get('[data-testid="model-b"]').text()).toContain('model-b')
    expect(wrapper.get('[data-testid="model-b"]').text()).toContain('org/model-b')
    expect(wrapper.get('[data-testid="model-b"]').text()).toContain('rescores a.json (m)')
    const overall = wrapper.get('[data-testid="summary-overall"]')
    expect(overall.get('[data-testid="top1"]').text()).toBe('75.0%')
    expect(overall.get('[data-testid="kl-mean"]').text()).toBe('\u2265 0.600')
    expect(overall.get('[data-testid="kl-max"]').text()).toBe('\u2265 1.500')
    expect(overall.get('[data-testid="delta-mean"]').text()).toContain('1.894')
    await wrapper.get('[data-testid="next-divergence"]').trigger('click')
    expect(wrapper.get('[data-testid="walk-pos"]').text()).toBe('#1 of 4')
  })

  it('draws divergence per step with its interval, and the legend names the models at the ends', async () => {
    load()
    selectNode(5)
    const strip = mount(TgCompareStrip)
    await nextTick()
    const cols = strip.findAll('.tg-compare-strip__col')
    expect(cols).toHaveLength(2)
    // token 30: the root's interval [0.5, 0.8] of 2 nats; token 31: node 4's exact 1.5
    expect((cols[0].get('[data-testid="kl-bar"]').element as HTMLElement).style.height).toBe('25%')
    expect((cols[0].get('.tg-compare-strip__bar--hi').element as HTMLElement).style.height).toBe('40%')
    expect((cols[1].get('[data-testid="kl-bar"]').element as HTMLElement).style.height).toBe('75%')
    const legend = mount(TgCompareLegend)
    expect(legend.get('[data-testid="legend-end-a"]').text()).toContain('m')
    expect(legend.get('[data-testid="legend-end-b"]').text()).toContain('model-b')
  })
})
