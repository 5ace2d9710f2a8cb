import { nextTick } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureTrace } from './model/fixture'
import type { Trace } from './model/types'
import { bytesOf, FakeModel } from './source/fakeModel'

// anywidget imports the widget's module once per widget: each test gets a fresh copy too
async function fresh() {
  vi.resetModules()
  const widget = (await import('./widget')).default
  const state = await import('./state')
  return { widget, state }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve()
    await nextTick()
  }
}

function host(): HTMLElement {
  const el = document.createElement('div')
  document.body.append(el)
  return el
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the notebook widget', () => {
  it('draws the trace from its trait into a shadow root, and reports the selection', async () => {
    const { widget, state } = await fresh()
    const model = new FakeModel({ _trace_json: bytesOf(fixtureTrace()), _live: false, height: 420, selection: { run: 'beam', node: 3 } })
    const stop = widget.initialize({ model })
    const el = host()
    const unmount = widget.render({ model, el })
    await settle()
    const shadow = el.shadowRoot as ShadowRoot
    expect(shadow.querySelector('style')).not.toBeNull()
    expect((shadow.querySelector('.tg-widget') as HTMLElement).style.height).toBe('420px')
    expect(shadow.querySelector('.tg-app')?.getAttribute('data-ready')).toBe('true')
    expect(shadow.querySelector('.tg-app')?.classList.contains('tg-app--embedded')).toBe(true)
    expect(document.querySelector('.tg-app')).toBeNull() // nothing outside its shadow root
    expect(el.dataset.lmSuppressShortcuts).toBe('true')
    expect(state.selected.value?.id).toBe(3) // Python's selection was applied
    // a selection made in the page goes back to Python
    state.selectNode(4)
    await settle()
    expect(model.get('selection')).toEqual({ run: 'beam', node: 4 })
    expect(model.saves).toBeGreaterThan(0)
    // and one made in Python comes to the page
    model.set('selection', { run: 'beam', node: 1 })
    await settle()
    expect(state.selected.value?.id).toBe(1)
    model.set('height', 300)
    expect((shadow.querySelector('.tg-widget') as HTMLElement).style.height).toBe('300px')
    unmount()
    stop()
    expect(shadow.querySelector('.tg-app')).toBeNull()
  }, 30_000) // the first test transforms the whole viewer's modules: seconds on a busy machine

  it('keeps the arrow keys to itself and leaves the page address alone', async () => {
    const { widget, state } = await fresh()
    const model = new FakeModel({ _trace_json: bytesOf(fixtureTrace()), selection: { run: 'beam', node: 1 } })
    widget.initialize({ model })
    const el = host()
    widget.render({ model, el })
    await settle()
    const hash = window.location.hash
    const outside = vi.fn()
    document.addEventListener('keydown', outside)
    const box = el.shadowRoot?.querySelector('.tg-widget') as HTMLElement
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }))
    expect(state.selected.value?.id).toBe(2)
    expect(outside).not.toHaveBeenCalled() // the notebook does not also move its cell
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
    expect(state.selected.value?.id).toBe(2) // keys outside the widget are not the viewer's
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }))
    expect(outside).toHaveBeenCalledTimes(1) // others pass through
    await settle()
    expect(window.location.hash).toBe(hash)
    document.removeEventListener('keydown', outside)
  })

  it('live: loads from the kernel, and shows what Python adds as if it had been clicked', async () => {
    const { widget, state } = await fresh()
    const model = new FakeModel({ _trace_json: new DataView(new ArrayBuffer(0)), _live: true, selection: { run: 'beam' } })
    widget.initialize({ model })
    const el = host()
    widget.render({ model, el })
    const ask = model.sent[0].content as { id: string; op: string }
    expect(ask.op).toBe('trace')
    const trace: Trace = fixtureTrace()
    model.emit('msg:custom', { tracegen: 'reply', id: ask.id, reply: null }, [bytesOf(trace)])
    await settle()
    expect(state.isLive.value).toBe(true)
    expect(el.shadowRoot?.querySelector('[data-testid=live]')).not.toBeNull()
    const node = { id: 6, parent: 5, token: 40, logprob: -0.1, rank: 0, top: [[11, -0.5]], entropy: 0.3 }
    model.emit('msg:custom', { tracegen: 'change', op: 'expand', run: 'beam', reply: { node, run: 'beam', tokens: { 40: '<|endoftext|>', 11: ' cat' } } }, [])
    await settle()
    expect(state.index.value?.has(6)).toBe(true)
    expect(state.leafId.value).toBe(6) // the page follows: the distribution after the new node
    expect(state.context.value?.id).toBe(6)
    expect(model.get('selection')).toEqual({ run: 'beam', node: 6, next: true })
    // a click goes to the kernel on the channel
    void state.follow(11)
    const click = model.sent[model.sent.length - 1].content as { op: string; body: unknown }
    expect(click).toMatchObject({ op: 'expand', body: { run: 'beam', node: 6, token: 11 } })
  })

  it('says so when the widget carries no trace', async () => {
    const { widget, state } = await fresh()
    const model = new FakeModel({})
    widget.initialize({ model })
    await settle()
    expect(state.loadError.value).toBe('the widget carries no trace')
  })
})
