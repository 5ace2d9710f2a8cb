import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'

/** A view of a drawing: screen = drawing × k + (x, y). */
export interface View {
  k: number
  x: number
  y: number
}

export const MIN_ZOOM = 0.02
export const MAX_ZOOM = 3

const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k))

/** Zoom by `factor` keeping the drawing point under screen point (px, py) where it is. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const k = clampZoom(view.k * factor)
  const f = k / view.k
  return { k, x: px - (px - view.x) * f, y: py - (py - view.y) * f }
}

/** The view that shows the box (x0, y0)–(x1, y1) of the drawing centred in a width × height screen. */
export function fitView(box: { x0: number; y0: number; x1: number; y1: number }, width: number, height: number, pad = 24): View {
  const k = clampZoom(Math.min(1, (width - 2 * pad) / Math.max(1, box.x1 - box.x0), (height - 2 * pad) / Math.max(1, box.y1 - box.y0)))
  return { k, x: width / 2 - ((box.x0 + box.x1) / 2) * k, y: height / 2 - ((box.y0 + box.y1) / 2) * k }
}

/** The view that puts drawing point (px, py) at the centre of a width × height screen, at zoom k. */
export function centreOn(px: number, py: number, k: number, width: number, height: number): View {
  return { k, x: width / 2 - px * k, y: height / 2 - py * k }
}

/**
 * Pan (drag) and zoom (wheel) over an element. The view is a shallow ref replaced on every
 * change; a drag that moved does not also click what it started on.
 */
export function usePanZoom(el: Ref<HTMLElement | SVGElement | null>) {
  const view = shallowRef<View>({ k: 1, x: 0, y: 0 })
  let drag: { id: number; sx: number; sy: number; view: View; moved: boolean } | null = null
  let suppressClick = false

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return
    drag = { id: e.pointerId, sx: e.clientX, sy: e.clientY, view: view.value, moved: false }
  }
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return
    const dx = e.clientX - drag.sx
    const dy = e.clientY - drag.sy
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return
    if (!drag.moved) {
      drag.moved = true
      ;(el.value as Element | null)?.setPointerCapture?.(e.pointerId)
    }
    view.value = { k: drag.view.k, x: drag.view.x + dx, y: drag.view.y + dy }
  }
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return
    suppressClick = drag.moved
    drag = null
  }
  const onClick = (e: Event) => {
    if (suppressClick) {
      e.stopPropagation()
      e.preventDefault()
    }
    suppressClick = false
  }
  const onWheel = (e: WheelEvent) => {
    const target = el.value
    if (!target) return
    e.preventDefault()
    const box = target.getBoundingClientRect()
    view.value = zoomAt(view.value, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientX - box.left, e.clientY - box.top)
  }

  onMounted(() => {
    const target = el.value
    if (!target) return
    target.addEventListener('pointerdown', onDown as EventListener)
    target.addEventListener('pointermove', onMove as EventListener)
    target.addEventListener('pointerup', onUp as EventListener)
    target.addEventListener('pointercancel', onUp as EventListener)
    target.addEventListener('click', onClick, true)
    target.addEventListener('wheel', onWheel as EventListener, { passive: false })
  })
  onBeforeUnmount(() => {
    const target = el.value
    if (!target) return
    target.removeEventListener('pointerdown', onDown as EventListener)
    target.removeEventListener('pointermove', onMove as EventListener)
    target.removeEventListener('pointerup', onUp as EventListener)
    target.removeEventListener('pointercancel', onUp as EventListener)
    target.removeEventListener('click', onClick, true)
    target.removeEventListener('wheel', onWheel as EventListener)
  })

  const zoomBy = (factor: number) => {
    const box = el.value?.getBoundingClientRect()
    view.value = zoomAt(view.value, factor, (box?.width ?? 0) / 2, (box?.height ?? 0) / 2)
  }
  return { view, zoomBy }
}
