import type { InjectionKey } from 'vue'

/**
 * Provided as true when the viewer is one element of a bigger page (a notebook's output)
 * rather than the page itself: it then leaves the page's address and keys alone (no
 * permalink in the URL hash, no window-wide arrow keys) and fits the box it is given.
 */
export const EMBEDDED: InjectionKey<boolean> = Symbol('tracegen-embedded')
