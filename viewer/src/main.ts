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
import { loadError, setTrace } from './state'
import './style.css'

followColourScheme()
const app = createApp(TgApp)
app.provide(COMPARE_VIEW, { bar: TgCompareBar, strip: TgCompareStrip, legend: TgCompareLegend, distribution: TgCompareDistribution })
app.mount('#app')

async function start(): Promise<void> {
  try {
    const source = sourceFromDocument()
    const data = await source.load()
    checkVersion(data)
    // a compare page: trace B and the figures are in place before trace A is shown
    const pair = await source.comparison()
    if (pair) {
      checkVersion(pair.b)
      checkComparison(pair.comparison)
      setComparison(pair)
    }
    setTrace(source, data)
    await nextTick()
    performance.mark('tracegen-ready')
  } catch (err) {
    loadError.value = (err as Error).message
  }
}

void start()
