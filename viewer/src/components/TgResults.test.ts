import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import { resultOrder, setTrace } from '../state'
import TgResults from './TgResults.vue'

const minus = (s: string) => s.replace('-', '\u2212')

describe('TgResults', () => {
  it('lists each result with its metrics and says what the score is', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgResults)
    await nextTick()
    const nodes = trace.runs[0].nodes
    const lp = (nodes[1].logprob as number) + (nodes[2].logprob as number) // result 1: nodes 1, 2
    expect(wrapper.find('[data-testid="result-lp"]').text()).toBe(`lp ${minus(lp.toFixed(3))}`)
    expect(wrapper.find('[data-testid="result-ppl"]').text()).toBe(`ppl ${Math.exp(-lp / 2).toFixed(3)}`)
    expect(wrapper.find('[data-testid="results-explain"]').text()).toContain("beam search's length penalty")
    wrapper.unmount()
  })

  it('ranks by total or by mean logprob per token', async () => {
    const trace = fixtureTrace()
    const run = trace.runs[0]
    // result 2 (nodes 4, 5) grows a likely third token: a lower total, a better mean
    run.nodes.push({ id: 6, parent: 5, token: 40, logprob: Math.log(0.999), top: null, entropy: null, finish: 'eos' })
    run.nodes[5].logprob = Math.log(0.999)
    run.results[1].node = 6
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgResults)
    const order = () => wrapper.findAll('li').map((li) => li.attributes('data-node'))
    resultOrder.value = 'score'
    await nextTick()
    expect(order()).toEqual(['2', '6'])
    await wrapper.find('[data-testid="order-mean"]').trigger('click')
    expect(order()).toEqual(['6', '2']) // (ln .3 + 2 ln .999) / 3 > (ln .6 + ln .7) / 2
    expect(wrapper.find('li').text()).toContain('#1')
    await wrapper.find('[data-testid="order-total"]').trigger('click')
    expect(order()).toEqual(['2', '6'])
    resultOrder.value = 'score'
    wrapper.unmount()
  })
})
