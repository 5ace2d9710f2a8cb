import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

// The notebook widget: the same viewer as one ES module that anywidget imports
// (dist/widget.js, shipped as tracegen/static/widget.js). Built after the page
// (`npm run build`), into the same dist/ without emptying it, and as reproducible.

const STYLES_MARKER = '__TRACEGEN_WIDGET_STYLES__'

/**
 * The widget draws into a shadow root, so its CSS must travel inside the module rather than
 * as a stylesheet of the notebook's page: the page's `:root` and `html, body` rules apply to
 * the shadow host instead.
 */
const shadowHost = {
  postcssPlugin: 'tracegen-shadow-host',
  Rule(rule: { selectors: string[] }) {
    const selectors = [...new Set(rule.selectors.map((s) => (s === ':root' || s === 'html' || s === 'body' ? ':host' : s)))]
    if (selectors.join() !== rule.selectors.join()) rule.selectors = selectors
  },
}

/**
 * Replace the entry's `'__TRACEGEN_WIDGET_STYLES__'` string with the bundle's CSS (as a JSON
 * string literal) and drop the CSS file: Vite has no inline-CSS option for library builds.
 */
function inlineStyles(): Plugin {
  return {
    name: 'tracegen-inline-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
      const css = sheets.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n')
      for (const sheet of sheets) delete bundle[sheet.fileName]
      const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry)
      if (!entry || entry.type !== 'chunk') return this.error('no entry chunk')
      const marker = new RegExp(`(["'\`])${STYLES_MARKER}\\1`, 'g')
      const found = entry.code.match(marker)?.length ?? 0
      if (found !== 1 || !css) return this.error(`expected one styles marker and some CSS, found ${found} and ${css.length} bytes`)
      entry.code = entry.code.replace(marker, () => JSON.stringify(css))
    },
  }
}

export default defineConfig({
  plugins: [vue(), inlineStyles()],
  define: {
    // as vite.config.ts (the page's build)
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    // a library build leaves process.env alone; the browser has none
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  css: { postcss: { plugins: [shadowHost] } },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    modulePreload: false,
    reportCompressedSize: false,
    target: 'es2022',
    minify: true,
    cssCodeSplit: false,
    lib: { entry: 'src/widget.ts', formats: ['es'], fileName: () => 'widget.js' },
  },
})
