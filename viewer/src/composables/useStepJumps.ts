import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { jumpOrder, stepRows, type JumpKind } from '../model/steps'
import { path, runId, selectNode } from '../state'
import { isPageKey } from './useKeyboard'

/** The shown path's steps, one row each (model/steps.ts). */
export const steps = computed(() => stepRows(path.value))

/** Where each jump is in its order (-1: not started); both start over on another run. */
export const jumpPos = ref<Record<JumpKind, number>>({ uncertain: -1, unlikely: -1 })
watch(runId, () => { jumpPos.value = { uncertain: -1, unlikely: -1 } })

/**
 * Select the next most uncertain step (highest entropy of the distribution its token was drawn
 * from) or the next least likely token of the path; `delta` −1 goes back.
 */
export function jump(kind: JumpKind, delta = 1): void {
  const order = jumpOrder(steps.value, kind)
  if (!order.length) return
  const at = jumpPos.value[kind]
  const next = at < 0 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length
  jumpPos.value = { ...jumpPos.value, [kind]: next }
  selectNode(order[next].node.id)
}

/** `u`: the next most uncertain step, `U` back; `l`: the next least likely token, `L` back. */
export function handleStepKey(event: KeyboardEvent): boolean {
  if (!isPageKey(event)) return false
  const kind: JumpKind | null = event.key.toLowerCase() === 'u' ? 'uncertain' : event.key.toLowerCase() === 'l' ? 'unlikely' : null
  if (!kind) return false
  jump(kind, event.key === event.key.toLowerCase() ? 1 : -1)
  event.preventDefault()
  return true
}

export function useStepJumps(target: Window = window): void {
  const listener = (e: KeyboardEvent) => { handleStepKey(e) }
  onMounted(() => target.addEventListener('keydown', listener))
  onBeforeUnmount(() => target.removeEventListener('keydown', listener))
}
