import { createApp, nextTick } from 'vue'
import TgApp from './components/TgApp.vue'
import { checkVersion } from './model/version'
import { sourceFromDocument } from './source'
import { loadError, setTrace } from './state'
import './style.css'

const app = createApp(TgApp)
app.mount('#app')

async function start(): Promise<void> {
  try {
    const source = sourceFromDocument()
    const data = await source.load()
    checkVersion(data)
    setTrace(source, data)
    await nextTick()
    performance.mark('tracegen-ready')
  } catch (err) {
    loadError.value = (err as Error).message
  }
}

void start()
