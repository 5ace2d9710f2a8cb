import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import { colourBy, selectNode, selected, setTrace } from '../state'
import TgTree from './TgTree.vue'

const drawnIds = (w: ReturnType<typeof mount>) => w.findAll('g.tg-tree__node').map((g) => Number(g.attributes('data-node'))).sort()

describe('TgTree', () => {
  it('draws every node of a small run, marks results, the path and pruned beams', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    selectNode(3)
    const wrapper = mount(TgTree)
    await nextTick()
    expect(drawnIds(wrapper)).toEqual([0, 1, 2, 3, 4, 5])
    expect(wrapper.find('g[data-node="2"] .tg-tree__result').text()).toBe('#1')
    expect(wrapper.find('g[data-node="5"] .tg-tree__result').text()).toBe('#2')
    expect(wrapper.find('g[data-node="3"]').classes()).toContain('tg-tree__node--sel')
    expect(wrapper.find('g[data-node="3"]').classes()).toContain('tg-tree__node--pruned')
    expect(wrapper.findAll('.tg-tree__node--path').map((g) => g.attributes('data-node'))).toEqual(['0', '1', '3'])
    // labels are text: the token '<b>x</b>' is not in the tree, but markup never becomes elements
    expect(wrapper.find('svg b').exists()).toBe(false)
    wrapper.unmount()
  })

  it('selects on click and folds a subtree', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgTree)
    await nextTick()
    await wrapper.find('g[data-node="4"]').trigger('click')
    expect(selected.value?.id).toBe(4)
    await wrapper.find('[data-toggle="1"]').trigger('click')
    expect(drawnIds(wrapper)).toEqual([0, 1, 4, 5])
    expect(wrapper.find('g[data-node="1"] .tg-tree__hidden').text()).toBe('+2')
    await wrapper.find('[data-toggle="1"]').trigger('click')
    expect(drawnIds(wrapper)).toHaveLength(6)
    wrapper.unmount()
  })

  it('colours nodes by the chosen metric', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgTree)
    await nextTick()
    const fill = () => wrapper.find('g[data-node="1"] rect').attributes('fill')
    const byProbability = fill()
    colourBy.value = 'surprisal'
    await nextTick()
    expect(fill()).not.toBe(byProbability)
    colourBy.value = 'probability'
    await nextTick()
    expect(fill()).toBe(byProbability)
    wrapper.unmount()
  })
})
