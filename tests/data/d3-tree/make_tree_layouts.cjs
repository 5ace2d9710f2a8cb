// Writes ../tree_layouts.json: trees and the coordinates d3-hierarchy's tree() gives them with
// tracegen's settings (nodeSize [28, 120], separation 1 for siblings and 1.25 otherwise).
// tests/test_figure_tree_layout.py checks tracegen/figure/tree_layout.py against it.
//   cd tests/data/d3-tree && npm ci --no-audit --no-fund && node make_tree_layouts.cjs
'use strict'
const fs = require('fs')
const path = require('path')
const { hierarchy, tree } = require('d3-hierarchy')

// a small deterministic generator (no Math.random: the file must regenerate identically)
function lcg(seed) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 4294967296
  }
}

// children lists keyed by id; ids are 0..n-1 and the root is 0
function randomTree(n, seed, maxKids, bias) {
  const rnd = lcg(seed)
  const children = { 0: [] }
  const open = [0]
  for (let id = 1; id < n; id++) {
    // bias > 0 favours recent nodes: deep, unbalanced trees that exercise the threads
    const k = Math.min(open.length - 1, Math.floor(Math.pow(rnd(), 1 + bias) * open.length))
    const parent = open[open.length - 1 - k]
    children[parent].push(id)
    children[id] = []
    if (children[parent].length >= maxKids) open.splice(open.indexOf(parent), 1)
    open.push(id)
  }
  return children
}

function layout(children) {
  const build = (id) => ({ id, children: (children[id] || []).map(build) })
  const root = hierarchy(build(0), (d) => (d.children.length ? d.children : null))
  tree().nodeSize([28, 120]).separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root)
  const positions = {}
  root.each((n) => { positions[n.data.id] = [n.x, n.y] })
  return positions
}

const cases = [
  { name: 'root only', children: { 0: [] } },
  { name: 'one level', children: { 0: [1, 2, 3], 1: [], 2: [], 3: [] } },
  { name: 'chain', children: { 0: [1], 1: [2], 2: [3], 3: [] } },
  // a beam-like shape: a long left branch and short right ones, where contours must be threaded
  { name: 'threads', children: { 0: [1, 2, 3], 1: [4], 2: [], 3: [5, 6], 4: [7, 8, 9], 5: [], 6: [10], 7: [], 8: [], 9: [], 10: [11, 12], 11: [], 12: [] } },
  { name: 'random 12', children: randomTree(12, 1, 3, 0) },
  { name: 'random 40 deep', children: randomTree(40, 2, 2, 3) },
  { name: 'random 80 wide', children: randomTree(80, 3, 6, 0) },
  { name: 'random 200', children: randomTree(200, 4, 4, 1) },
  { name: 'random 300 deep', children: randomTree(300, 5, 3, 4) },
]
const out = cases.map((c) => ({ name: c.name, children: c.children, positions: layout(c.children) }))
const file = path.join(__dirname, '..', 'tree_layouts.json')
fs.writeFileSync(file, JSON.stringify({ generator: 'd3-hierarchy 3.1.2 tree() via tests/data/d3-tree/make_tree_layouts.cjs', cases: out }) + '\n')
console.log(`wrote ${file}: ${out.length} trees`)
