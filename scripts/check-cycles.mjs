// No import cycles (issue 14), checked by `npm test` right after tsc:
//   1. between files — dependency-cruiser's `no-circular` rule (.dependency-cruiser.cjs), every file;
//   2. between modules — a server module (apps/server/src/modules/<m>), a server layer
//      (apps/server/src/<dir>: shared, http, db, seed…) or a domain area (packages/domain/src/<dir>)
//      may not import, however indirectly, one that imports it back. Tests and their fixtures are
//      left out of this second graph: a test may import the seed that imports its module without
//      making the modules depend on each other. (The web app's folders are not layered yet: its
//      `app/` is both the shell that imports every area and the kit the areas import.)
import { execFileSync } from 'node:child_process';

const ROOTS = ['packages/domain/src', 'apps/server/src', 'apps/web/src', 'e2e', 'bench', 'scripts'];
const out = execFileSync(
  'npx',
  ['depcruise', ...ROOTS, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
const result = JSON.parse(out);

const problems = [];
for (const v of result.summary.violations) {
  problems.push(`file cycle: ${[v.from, ...(v.cycle ?? []).map((c) => c.name ?? c)].join(' → ')}`);
}

const TEST_SUPPORT = /(\.test\.tsx?$|\.examples\.ts$|\/test\/|\/test-[^/]+\.ts$)/;
const UNIT = [
  /^apps\/server\/src\/modules\/[^/]+/,
  /^(apps\/server\/src|packages\/domain\/src)\/[^/]+?(?=\/|\.tsx?$)/,
];
const unitOf = (path) => {
  for (const re of UNIT) {
    const m = path.match(re);
    if (m) return m[0];
  }
  return null;
};

/** module → module it imports → one file-level import that makes the edge, for the message. */
const edges = new Map();
for (const m of result.modules) {
  if (TEST_SUPPORT.test(m.source)) continue;
  const from = unitOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = unitOf(d.resolved);
    if (!to || to === from || TEST_SUPPORT.test(d.resolved)) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}

// Strongly connected components (Tarjan): every component of more than one module is a cycle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
function visit(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) {
      const inside = new Set(component);
      const why = component.flatMap((a) =>
        [...(edges.get(a) ?? [])].filter(([b]) => inside.has(b)).map(([, file]) => `    ${file}`),
      );
      problems.push(`module cycle: ${component.sort().join(' ↔ ')}\n${why.join('\n')}`);
    }
  }
}
for (const v of edges.keys()) if (!idx.has(v)) visit(v);

if (problems.length) {
  console.error(`Import cycles (${problems.length}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`No import cycles: ${result.summary.totalCruised} files, ${edges.size} modules.`);
