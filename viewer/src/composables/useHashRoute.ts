import { watch } from 'vue'
import { index, leafId, path, pos, runId, selectNext, selectNode, selectRun } from '../state'

export interface Permalink {
  run: string
  node: number
  leaf?: number
  next?: boolean
}

/** `#run=..&node=..[&leaf=..][&next=1]` -> a permalink (null when the hash names none). */
export function parseHash(hash: string): Permalink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const run = params.get('run')
  const node = Number(params.get('node'))
  if (run === null || !Number.isInteger(node)) return null
  const leaf = params.has('leaf') ? Number(params.get('leaf')) : undefined
  return { run, node, leaf: Number.isInteger(leaf) ? leaf : undefined, next: params.get('next') === '1' }
}

export function formatHash(link: Permalink): string {
  const params = new URLSearchParams({ run: link.run, node: String(link.node) })
  if (link.leaf !== undefined) params.set('leaf', String(link.leaf))
  if (link.next) params.set('next', '1')
  return '#' + params.toString()
}

/** Apply a permalink to the state; false when it names nothing in this trace. */
export function applyPermalink(link: Permalink): boolean {
  selectRun(link.run)
  if (runId.value !== link.run || !index.value?.has(link.node)) return false
  if (link.next) selectNext(link.node)
  else selectNode(link.node, link.leaf)
  return true
}

/** The permalink of what is selected now (null before a trace is shown). */
export function currentPermalink(): Permalink | null {
  const p = path.value
  const idx = index.value
  if (!idx || !p.length) return null
  const node = p[pos.value]
  if (!node) return { run: runId.value, node: leafId.value, next: true }
  const link: Permalink = { run: runId.value, node: node.id }
  if (idx.extend(node.id) !== leafId.value) link.leaf = leafId.value
  return link
}

/**
 * Write `hash` into the address bar. Some documents may not: an `<iframe srcdoc>` (how
 * notebooks show HTML) throws a SecurityError on every `replaceState`. There the permalink
 * is dropped quietly; false once it is known not to work, so it is not tried again.
 */
function writeHash(win: Window, hash: string): boolean {
  try {
    win.history.replaceState(win.history.state, '', hash)
    return true
  } catch {
    return false
  }
}

/** The URL hash names the selected run and node, and opening such a link selects it. */
export function useHashRoute(win: Window = window): void {
  let writable = true
  const fromHash = () => {
    const link = parseHash(win.location.hash)
    if (link) applyPermalink(link)
  }
  fromHash()
  win.addEventListener('hashchange', fromHash)
  watch([runId, leafId, pos, path], () => {
    const link = currentPermalink()
    if (!link) return
    const hash = formatHash(link)
    if (writable && win.location.hash !== hash) writable = writeHash(win, hash)
  }, { immediate: true })
}
