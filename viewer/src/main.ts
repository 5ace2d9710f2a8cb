import { createApp, nextTick } from 'vue'
import TgApp from './components/TgApp.vue'
import { sourceFromDocument } from './source'
import { loadError, setTrace } from './state'
import './style.css'

const app = createApp(TgApp)
app.mount('#app')

async function start(): Promise<void> {
  try {
    const source = sourceFromDocument()
    setTrace(source, await source.load())
    await nextTick()
    performance.mark('tracegen-ready')
  } catch (err) {
    loadError.value = (err as Error).message
  }
}

void start()
