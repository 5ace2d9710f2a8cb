import { onBeforeUnmount, onMounted } from 'vue'
import { context, focus, follow, selected, step } from '../state'

/** Index of the row the distribution highlights: the focused one, else the chosen token's. */
export function focusedRow(): number {
  const top = context.value?.top
  if (!top || !top.length) return -1
  if (focus.value >= 0) return Math.min(focus.value, top.length - 1)
  const chosen = selected.value?.token
  const i = top.findIndex(([t]) => t === chosen)
  return i
}

export function moveFocus(delta: number): void {
  const top = context.value?.top
  if (!top || !top.length) return
  const from = focusedRow()
  const start = from < 0 ? (delta > 0 ? -1 : top.length) : from
  focus.value = Math.min(Math.max(0, start + delta), top.length - 1)
}

export function followFocused(): void {
  const top = context.value?.top
  const row = focusedRow()
  if (top && row >= 0) void follow(top[row][0])
}

/** Whether a key press is the page's to handle: not typed into a field, no modifier but Shift. */
export function isPageKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false
  return !(event.altKey || event.ctrlKey || event.metaKey)
}

/** Left/right step along the path, up/down move among candidates, Enter follows. */
export function handleKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!isPageKey(event)) return false
  // Enter on a focused button or link activates it, as usual
  if (event.key === 'Enter' && target && ['BUTTON', 'A'].includes(target.tagName)) return false
  switch (event.key) {
    case 'ArrowLeft': step(-1); break
    case 'ArrowRight': step(1); break
    case 'ArrowUp': moveFocus(-1); break
    case 'ArrowDown': moveFocus(1); break
    case 'Home': step(-1e9); break
    case 'End': step(1e9); break
    case 'Enter': followFocused(); break
    default: return false
  }
  event.preventDefault()
  return true
}

export function useKeyboard(target: Window = window): void {
  const listener = (e: KeyboardEvent) => { handleKey(e) }
  onMounted(() => target.addEventListener('keydown', listener))
  onBeforeUnmount(() => target.removeEventListener('keydown', listener))
}
