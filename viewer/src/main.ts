import { createApp, nextTick } from 'vue'
import { setComparison } from './compare'
import { COMPARE_VIEW } from './compareView'
import TgApp from './components/TgApp.vue'
import TgCompareBar from './components/TgCompareBar.vue'
import TgCompareDistribution from './components/TgCompareDistribution.vue'
import TgCompareLegend from './components/TgCompareLegend.vue'
import TgCompareStrip from './components/TgCompareStrip.vue'
import { checkComparison } from './model/comparison'
import { followColourScheme } from './model/scales'
import { checkVersion } from './model/version'
import { sourceFromDocument } from './source'
import { loadError, partial, replaceTrace, setTrace } from './state'
import './style.css'

followColourScheme()
const app = createApp(TgApp)
app.provide(COMPARE_VIEW, { bar: TgCompareBar, strip: TgCompareStrip, legend: TgCompareLegend, distribution: TgCompareDistribution })
app.mount('#app')

async function start(): Promise<void> {
  try {
    const source = sourceFromDocument()
    // a page with a node of a million candidates: its first rows from the first view, painted
    // before the browser parses the whole trace (docs/viewer.md)
    const first = source.preview?.() ?? null
    if (first) {
      checkVersion(first)
      setTrace(source, first)
      partial.value = true
      await nextTick()
      await painted()
      performance.mark('tracegen-first-view')
    }
    const data = await source.load()
    checkVersion(data)
    // a compare page: trace B and the figures are in place before trace A is shown
    const pair = await source.comparison()
    if (pair) {
      checkVersion(pair.b)
      checkComparison(pair.comparison)
      setComparison(pair)
    }
    if (first) replaceTrace(source, data)
    else setTrace(source, data)
    partial.value = false
    await nextTick()
    performance.mark('tracegen-ready')
  } catch (err) {
    partial.value = false
    loadError.value = (err as Error).message
  }
}

/** Once the browser has drawn what is on the page (a frame, then the task after it). */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

void start()
