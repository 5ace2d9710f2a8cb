import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace, fixtureTraceV2 } from '../model/fixture'
import { StaticSource } from '../source/static'
import { setTrace } from '../state'
import TgMeta from './TgMeta.vue'

describe('TgMeta', () => {
  it('shows a server trace: backend, server, unknown vocabulary', async () => {
    const trace = fixtureTraceV2()
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgMeta)
    await nextTick()
    expect(wrapper.find('[data-testid="meta-backend"]').text()).toBe('openai')
    expect(wrapper.find('[data-testid="meta-server"]').text()).toBe('http://127.0.0.1:8000/v1')
    expect(wrapper.find('a').exists()).toBe(false) // a server address is text, not a link
    expect(wrapper.find('[data-testid="meta-vocab"]').text()).toBe('unknown')
    expect(wrapper.text()).toContain('format v4')
  })

  it('shows an import and a known vocabulary', async () => {
    const trace = fixtureTrace()
    trace.model = { ...trace.model, backend: 'import', imported_from: 'responses.jsonl' }
    setTrace(new StaticSource(trace), trace)
    const wrapper = mount(TgMeta)
    await nextTick()
    expect(wrapper.find('[data-testid="meta-imported"]').text()).toBe('responses.jsonl')
    expect(wrapper.find('[data-testid="meta-vocab"]').text()).toBe('50 tokens')
    expect(wrapper.find('[data-testid="meta-server"]').exists()).toBe(false)
  })
})
