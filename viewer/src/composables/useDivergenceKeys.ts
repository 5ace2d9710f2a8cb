import { onBeforeUnmount, onMounted } from 'vue'
import { walkDisagreement, walkDivergence } from '../compare'
import { isPageKey } from './useKeyboard'

/**
 * `n`: the next largest divergence; `N` (Shift+n) or `p`: back. `d`: the next top-1
 * disagreement; `D`: back (a compare page).
 */
export function handleDivergenceKey(event: KeyboardEvent): boolean {
  if (!isPageKey(event)) return false
  if (event.key === 'n') walkDivergence(1)
  else if (event.key === 'N' || event.key === 'p') walkDivergence(-1)
  else if (event.key === 'd') walkDisagreement(1)
  else if (event.key === 'D') walkDisagreement(-1)
  else return false
  event.preventDefault()
  return true
}

export function useDivergenceKeys(target: Window = window): void {
  const listener = (e: KeyboardEvent) => { handleDivergenceKey(e) }
  onMounted(() => target.addEventListener('keydown', listener))
  onBeforeUnmount(() => target.removeEventListener('keydown', listener))
}
