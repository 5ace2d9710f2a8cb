import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { fixtureTrace, fixtureTraceV2, UNMAPPED_PAYLOAD } from '../model/fixture'
import { StaticSource } from '../source/static'
import type { TraceSource } from '../source/types'
import { actionError, context, follow, selectNode, selected, setTrace } from '../state'
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
    expect(wrapper.find('[data-testid="entropy"]').text()).toBe('0.900 nats = 1.298 bits')
    expect(wrapper.find('[data-testid="chosen-rank"]').text()).toBe('rank 1') // shown from 1
    expect(wrapper.find('[data-testid="rest"]').exists()).toBe(false) // a full distribution: today's display
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

  it('says what a top-k-only distribution does not know', async () => {
    const trace = fixtureTraceV2()
    setTrace(new StaticSource(trace), trace)
    selectNode(1)
    const wrapper = mount(TgDistribution)
    await nextTick()
    expect(wrapper.find('[data-testid="entropy"]').text()).toBe('unknown (only the top-k was returned)')
    expect(wrapper.text()).not.toContain('effective choices')
    expect(wrapper.find('[data-testid="mass"]').text()).toBe('90.0%') // top_mass as recorded
    expect(wrapper.find('.tg-distribution__stats').text()).toContain('top-3 covers')
    const rest = wrapper.find('[data-testid="rest"]')
    expect(rest.text()).toContain('other tokens')
    expect(rest.text()).toContain('10.0%')
    expect(rest.text()).toContain('not recorded')
    // the text-only candidate: marked, its markup shown as text
    const unmapped = wrapper.find('.tg-distribution__row[data-token="-1"] .tg-distribution__tok')
    expect(unmapped.classes()).toContain('tg-unmapped')
    expect(unmapped.attributes('title')).toBe('text only: no single token id matched')
    expect(unmapped.text()).toBe(UNMAPPED_PAYLOAD.replace(/ /g, '\u00b7'))
    expect(wrapper.find('img').exists()).toBe(false)
    // a chosen token outside the returned top-k: its rank is unknown, at least k
    selectNode(2)
    await nextTick()
    expect(wrapper.find('[data-testid="chosen-rank"]').text()).toBe('rank > 2')
    expect(wrapper.find('.tg-distribution__outside').text()).toContain('outside the top-2: rank > 2')
    expect(wrapper.text()).not.toMatch(/undefined|\?/)
  })

  it('never offers a text-only candidate to a live model', async () => {
    const trace = fixtureTraceV2()
    const expand = vi.fn(async () => ({
      node: { id: 10, parent: 0, token: 12, logprob: Math.log(0.1), rank: 2, top: [[13, -0.1]], entropy: null, top_mass: 0.95 },
      tokens: {},
    }))
    const live = { ...new StaticSource(trace), mode: 'live', load: async () => trace, expand, downloads: () => null } as unknown as TraceSource
    setTrace(live, trace)
    selectNode(1)
    const wrapper = mount(TgDistribution)
    await nextTick()
    const unmapped = wrapper.find('.tg-distribution__row[data-token="-1"]')
    expect(unmapped.classes()).not.toContain('tg-distribution__row--action')
    await unmapped.trigger('click')
    expect(expand).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('cannot be fed to the model')
    const mapped = wrapper.find('.tg-distribution__row[data-token="12"]')
    expect(mapped.classes()).toContain('tg-distribution__row--action')
    await mapped.trigger('click')
    await vi.waitFor(() => expect(context.value?.id).toBe(10))
    expect(expand).toHaveBeenCalledWith('imported', 0, 12)
    // after the text-only token nothing can be fed: its context offers no expansion either
    selectNode(3)
    await nextTick()
    const after = wrapper.find('.tg-distribution__row[data-token="12"]')
    expect(after.classes()).not.toContain('tg-distribution__row--action')
    await after.trigger('click')
    await follow(12) // what Enter on the focused row does
    expect(expand).toHaveBeenCalledTimes(1)
    expect(actionError.value).toContain('cannot be fed to the model')
    actionError.value = null
  })
})
