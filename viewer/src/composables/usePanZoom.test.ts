import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { centreOn, fitView, MAX_ZOOM, usePanZoom, zoomAt, type View } from './usePanZoom'

const toScreen = (v: View, x: number, y: number) => [x * v.k + v.x, y * v.k + v.y]

describe('pan and zoom', () => {
  it('zooms about the pointer: the point under it stays put', () => {
    const v = { k: 1, x: 30, y: -10 }
    const z = zoomAt(v, 2, 100, 50)
    const [x, y] = [(100 - v.x) / v.k, (50 - v.y) / v.k]
    expect(toScreen(z, x, y)).toEqual([100, 50])
    expect(zoomAt(v, 1e6, 0, 0).k).toBe(MAX_ZOOM)
  })
  it('fits and centres', () => {
    const f = fitView({ x0: 0, y0: -100, x1: 1000, y1: 100 }, 548, 400, 24)
    expect(f.k).toBeCloseTo(0.5, 9)
    expect(toScreen(f, 500, 0)).toEqual([274, 200])
    expect(toScreen(centreOn(120, 28, 1, 400, 300), 120, 28)).toEqual([200, 150])
  })
  it('drags to pan, and a drag does not click', async () => {
    let clicks = 0
    let api: ReturnType<typeof usePanZoom> | null = null
    const Comp = defineComponent({
      setup() {
        const el = ref<HTMLElement | null>(null)
        api = usePanZoom(el)
        return () => h('div', { ref: el, onClick: () => clicks++ })
      },
    })
    const wrapper = mount(Comp, { attachTo: document.body })
    const div = wrapper.element as HTMLElement
    const fire = (type: string, x: number, y: number) =>
      div.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, pointerId: 1, bubbles: true }))
    fire('pointerdown', 10, 10)
    fire('pointermove', 50, 30)
    fire('pointerup', 50, 30)
    div.click()
    await nextTick()
    expect(api!.view.value).toEqual({ k: 1, x: 40, y: 20 })
    expect(clicks).toBe(0)
    fire('pointerdown', 10, 10)
    fire('pointerup', 11, 10)
    div.click()
    expect(clicks).toBe(1)
    wrapper.unmount()
  })
})
