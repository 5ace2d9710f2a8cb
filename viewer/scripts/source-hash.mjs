// The hash of the viewer's sources that the shipped bundles are built from, written beside them
// (tracegen/static/viewer-source.sha256) by `npm run ship`. tests/test_bundles.py recomputes it
// in Python, so the fast test tier notices a bundle that is stale without Node.
// Keep the file list and the hashing in step with tests/test_bundles.py.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const viewer = join(fileURLToPath(import.meta.url), '..', '..')
const TOP = ['index.html', 'package-lock.json', 'vite.config.ts', 'vite.widget.config.ts']

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

const files = [...TOP.map((f) => join(viewer, f)), ...walk(join(viewer, 'src'))]
  .map((f) => relative(viewer, f).split(sep).join('/'))
  .filter((f) => !/\.(test|spec)\.ts$/.test(f))
  .sort()
const hash = createHash('sha256')
for (const file of files) {
  hash.update(file + '\0')
  hash.update(readFileSync(join(viewer, file)))
  hash.update('\0')
}
writeFileSync(join(viewer, '..', 'tracegen', 'static', 'viewer-source.sha256'), hash.digest('hex') + '\n')
