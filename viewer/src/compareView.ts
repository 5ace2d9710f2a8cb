import type { Component, InjectionKey } from 'vue'

/**
 * The compare page's panels, handed to the app by the page's entry (main.ts) rather than
 * imported by TgApp, so the notebook widget, which never shows a comparison, does not carry
 * them.
 */
export interface CompareView {
  bar: Component
  strip: Component
  legend: Component
  distribution: Component
}

export const COMPARE_VIEW: InjectionKey<CompareView> = Symbol('tracegen-compare-view')
