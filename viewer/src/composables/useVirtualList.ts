import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** Render only the rows on screen: a fixed row height and the scroll position give the window. */
export function useVirtualList(container: Ref<HTMLElement | null>, count: Ref<number>, rowHeight: number, overscan = 8) {
  const scrollTop = ref(0)
  const height = ref(480)
  const onScroll = () => {
    if (container.value) scrollTop.value = container.value.scrollTop
  }
  let observer: ResizeObserver | null = null
  onMounted(() => {
    const el = container.value
    if (!el) return
    height.value = el.clientHeight || height.value
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => { height.value = el.clientHeight || height.value })
      observer.observe(el)
    }
  })
  onBeforeUnmount(() => observer?.disconnect())
  const start = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight) - overscan))
  const end = computed(() => Math.min(count.value, Math.ceil((scrollTop.value + height.value) / rowHeight) + overscan))
  const total = computed(() => count.value * rowHeight)
  const offset = computed(() => start.value * rowHeight)
  /** Scroll so that row `i` is visible (no-op when it already is). */
  const reveal = (i: number) => {
    const el = container.value
    if (!el || i < 0) return
    const top = i * rowHeight
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight
    scrollTop.value = el.scrollTop
  }
  return { start, end, total, offset, onScroll, reveal }
}
