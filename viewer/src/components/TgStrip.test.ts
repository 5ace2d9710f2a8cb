import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import { fixtureTrace, fixtureTraceV2 } from '../model/fixture'
import { StaticSource } from '../source/static'
import { selectNode, setTrace } from '../state'
import TgLegend from './TgLegend.vue'
import TgStrip from './TgStrip.vue'

describe('TgStrip', () => {
  it('draws unknown entropy as unknown, never as zero', async () => {
    const trace = fixtureTraceV2()
    setTrace(new StaticSource(trace), trace)
    selectNode(3)
    const strip = mount(TgStrip)
    const legend = mount(TgLegend)
    await nextTick()
    const cols = strip.findAll('.tg-strip__col')
    expect(cols).toHaveLength(3)
    for (const col of cols) {
      const bar = col.find('.tg-strip__bar--h')
      expect(bar.classes()).toContain('tg-strip__bar--unknown')
      expect(bar.attributes('style')).toContain('height: 100%')
      expect(col.attributes('title')).toContain('entropy unknown (only the top-k was returned')
    }
    expect(legend.find('[data-testid="legend-unknown-entropy"]').text()).toContain('entropy unknown')
    expect(legend.find('[data-testid="legend-unmapped"]').exists()).toBe(true)
  })

  it('draws known entropy by height', async () => {
    const trace = fixtureTrace()
    setTrace(new StaticSource(trace), trace)
    selectNode(2)
    const strip = mount(TgStrip)
    const legend = mount(TgLegend)
    await nextTick()
    const col = strip.findAll('.tg-strip__col')[1]
    expect(col.find('.tg-strip__bar--h').classes()).not.toContain('tg-strip__bar--unknown')
    expect(col.attributes('title')).toContain('H=1.30 bits (0.90 nats)')
    expect(legend.find('[data-testid="legend-unknown-entropy"]').exists()).toBe(false)
    expect(legend.find('[data-testid="legend-unmapped"]').exists()).toBe(false)
  })

  it('marks an entropy beyond the fixed axis as cut', async () => {
    const trace = fixtureTrace()
    trace.runs[0].nodes[1].entropy = 6 * Math.LN2 // 6 bits: beyond the 5-bit axis
    setTrace(new StaticSource(trace), trace)
    selectNode(2)
    const strip = mount(TgStrip)
    await nextTick()
    const cols = strip.findAll('.tg-strip__col')
    const cut = cols[1].find('.tg-strip__bar--h')
    expect(cut.classes()).toContain('tg-strip__bar--clipped')
    expect(cut.attributes('style')).toContain('height: 100%')
    expect(cols[1].attributes('title')).toContain('bar cut at 5 bits')
    expect(cols[0].find('.tg-strip__bar--h').classes()).not.toContain('tg-strip__bar--clipped')
  })
})
