// The viewer as a notebook widget (anywidget): the same components as the exported page, fed
// by the widget's model instead of the page. anywidget imports this module once per widget
// (each widget's code is a fresh module), so the viewer's module-level state is this widget's
// own; several views of one widget (the same output shown twice) share it.
import { createApp, watch } from 'vue'
import TgApp from './components/TgApp.vue'
import { applyPermalink, currentPermalink, type Permalink } from './composables/useHashRoute'
import { handleKey } from './composables/useKeyboard'
import { EMBEDDED } from './embedding'
import { checkVersion } from './model/version'
import { StaticSource } from './source/static'
import { traceFromBytes, WidgetSource, type WidgetModel } from './source/widget'
import { leafId, loadError, pos, receiveChange, runId, selectRun, setTrace } from './state'
import './style.css'
import './widget.css'

// The whole viewer's CSS, written here by the build (vite.widget.config.ts): each view puts
// it into its own shadow root, so the notebook's styles and the viewer's never meet.
const STYLES = '__TRACEGEN_WIDGET_STYLES__'

let source: WidgetSource | null = null

function sameLink(a: Permalink | null, b: Permalink | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Select what Python asked for (`show(..., run=, node=)`, `w.select(...)`) unless it is
 * selected already: a permalink, or `{run}` alone to open a run as the page would.
 */
function select(link: unknown): void {
  if (!link || typeof link !== 'object' || typeof (link as { run?: unknown }).run !== 'string') return
  const wanted = link as Partial<Permalink> & { run: string }
  if (typeof wanted.node !== 'number') {
    if (wanted.run !== runId.value) selectRun(wanted.run)
  } else if (!sameLink(wanted as Permalink, currentPermalink())) {
    applyPermalink(wanted as Permalink)
  }
}

async function start(model: WidgetModel): Promise<void> {
  try {
    const live = Boolean(model.get('_live'))
    source = live ? new WidgetSource(model) : null
    const src = source ?? new StaticSource(traceFromBytes(model.get('_trace_json')))
    const data = await src.load()
    checkVersion(data)
    setTrace(src, data)
    select(model.get('selection'))
    source?.onChange(receiveChange)
    model.on('change:selection', () => select(model.get('selection')))
    // Python reads the selection (`w.selected`) from this trait
    watch([runId, leafId, pos], () => {
      const link = currentPermalink()
      if (!link || sameLink(link, model.get('selection') as Permalink | null)) return
      model.set('selection', link)
      model.save_changes()
    }, { immediate: true })
  } catch (err) {
    loadError.value = (err as Error).message
  }
}

function initialize({ model }: { model: WidgetModel }): () => void {
  void start(model)
  return () => source?.close()
}

function render({ model, el }: { model: WidgetModel; el: HTMLElement }): () => void {
  const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = STYLES
  const box = document.createElement('div')
  box.className = 'tg-widget'
  const fit = () => {
    box.style.height = `${Number(model.get('height')) || 600}px`
    box.style.setProperty('--tg-box-height', box.style.height)
  }
  fit()
  model.on('change:height', fit)
  // focusable, so the arrow keys reach the viewer after a click in it
  box.tabIndex = -1
  const root = document.createElement('div')
  box.append(root)
  shadow.replaceChildren(style, box)
  // JupyterLab: keys pressed in here are not notebook shortcuts
  el.dataset.lmSuppressShortcuts = 'true'
  const app = createApp(TgApp)
  app.provide(EMBEDDED, true)
  app.mount(root)
  // listening on the shadow root sees the real target (an input being typed in stays an input)
  const onKey = (event: Event) => {
    if (handleKey(event as KeyboardEvent)) event.stopPropagation()
  }
  shadow.addEventListener('keydown', onKey)
  return () => {
    model.off('change:height', fit)
    shadow.removeEventListener('keydown', onKey)
    app.unmount()
  }
}

export default { initialize, render }
