import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace, fixtureTraceV2, UNMAPPED_PAYLOAD } from '../model/fixture'
import { StaticSource } from '../source/static'
import { pos, selectNode, selected, setTrace, showInvisible } from '../state'
import TgText from './TgText.vue'

describe('TgText', () => {
  it('joins a split emoji, marks the selection and selects on click', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    selectNode(5)
    const wrapper = mount(TgText)
    await nextTick()
    expect(wrapper.find('[data-testid="prompt"]').text()).toBe('The')
    const toks = wrapper.findAll('.tg-text__tok')
    expect(toks.map((t) => t.text())).toEqual(['😀'])
    expect(toks[0].classes()).toContain('tg-text__tok--joined')
    expect(toks[0].classes()).toContain('tg-text__tok--sel') // node 5 is the emoji's second half
    expect(pos.value).toBe(2)
    await toks[0].trigger('click')
    expect(selected.value?.id).toBe(4)
  })

  it('dims pruned beams and shows whitespace on demand', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    selectNode(3)
    const wrapper = mount(TgText)
    await nextTick()
    const ran = wrapper.find('[data-node="3"]')
    expect(ran.element.textContent).toBe(' ran')
    expect(ran.classes()).toContain('tg-text__tok--pruned')
    showInvisible.value = true
    await nextTick()
    expect(wrapper.find('[data-node="3"]').element.textContent).toBe('·ran')
    showInvisible.value = false
  })

  it('marks a text-only token and says when no prompt was recorded', async () => {
    const trace = fixtureTraceV2()
    setTrace(new StaticSource(trace), trace)
    selectNode(2)
    const wrapper = mount(TgText)
    await nextTick()
    expect(wrapper.find('[data-testid="prompt"]').text()).toBe('(prompt not recorded)')
    const tok = wrapper.find('[data-node="2"]')
    expect(tok.element.textContent).toBe(UNMAPPED_PAYLOAD)
    expect(tok.classes()).toContain('tg-unmapped')
    expect(tok.attributes('title')).toContain('text only: no single token id matched')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('[data-node="1"]').classes()).not.toContain('tg-unmapped')
  })
})
