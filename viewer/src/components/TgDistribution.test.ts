import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import type { TraceSource } from '../source/types'
import { context, selectNode, selected, setTrace } from '../state'
import TgDistribution from './TgDistribution.vue'

describe('TgDistribution', () => {
  it('shows the distribution a token was chosen from and follows branches', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    selectNode(2)
    const wrapper = mount(TgDistribution)
    await nextTick()
    const rows = wrapper.findAll('.tg-distribution__row')
    expect(rows.map((r) => r.attributes('data-token'))).toEqual(['12', '17', '4'])
    expect(rows[0].classes()).toContain('tg-distribution__row--chosen')
    expect(rows[1].find('[data-testid="prob"]').text()).toBe('20.0%')
    expect(rows[2].text()).toContain('<b>x</b>') // text, not markup
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('[data-testid="entropy"]').text()).toBe('0.900 nats')
    await rows[1].trigger('click')
    expect(selected.value?.id).toBe(3)
  })

  it('extends the path through a live source and shows what follows', async () => {
    const trace = fixtureTrace()
    const expand = vi.fn(async () => ({
      node: { id: 10, parent: 1, token: 4, logprob: Math.log(0.05), rank: 2, top: [[40, -0.1]], entropy: 0.3 },
      tokens: { '40': '<|endoftext|>' },
    }))
    const live = { ...new StaticSource(trace), mode: 'live', load: async () => trace, expand, downloads: () => null } as unknown as TraceSource
    setTrace(live, trace)
    selectNode(2)
    const wrapper = mount(TgDistribution)
    await nextTick()
    await wrapper.findAll('.tg-distribution__row')[2].trigger('click')
    // The new node's own distribution is shown next (the next-token slot after it).
    await vi.waitFor(() => expect(context.value?.id).toBe(10))
    expect(selected.value).toBeUndefined()
    expect(expand).toHaveBeenCalledWith('beam', 1, 4)
  })
})
