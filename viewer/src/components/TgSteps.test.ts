import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace } from '../model/fixture'
import { StaticSource } from '../source/static'
import { pos, selectNode, setTrace } from '../state'
import TgSteps from './TgSteps.vue'

describe('the steps table', () => {
  it('lists the path one step per row, sorts by a column and selects a clicked row', async () => {
    const a = fixtureTrace()
    setTrace(new StaticSource(a), a)
    selectNode(3)
    const wrapper = mount(TgSteps)
    await nextTick()
    const positions = () => wrapper.findAll('tbody tr').map((r) => r.attributes('data-pos'))
    expect(positions()).toEqual(['1', '2'])
    expect(wrapper.findAll('[data-testid="step-entropy"]').map((c) => c.text())).toEqual([(1.1 / Math.LN2).toFixed(2), (0.9 / Math.LN2).toFixed(2)])
    expect(wrapper.findAll('[data-testid="step-margin"]').map((c) => c.text())).toEqual(['+30.0', '\u221250.0'])
    await wrapper.get('[data-testid="sort-surprisalBits"]').trigger('click') // most surprising first
    expect(positions()).toEqual(['2', '1'])
    await wrapper.get('[data-testid="sort-p"]').trigger('click')
    expect(positions()).toEqual(['2', '1'])
    await wrapper.get('[data-testid="sort-p"]').trigger('click')
    expect(positions()).toEqual(['1', '2'])
    await wrapper.findAll('tbody tr')[1].trigger('click')
    expect(pos.value).toBe(2)
  })
})
