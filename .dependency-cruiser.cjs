// The layers of src/, as rules that `npm run lint` checks (docs/architecture.md draws them).
// Bottom to top: foundation → papers → incremental → load → pages → views and outputs (side by side) → plan →
// search → build → serve.
// Each rule names what one layer may not import: the layers above it. Type-only imports count too.

/** Folders of src/ by layer, bottom first; a folder may import its own layer and those below it. */
const foundation = ['model', 'text', 'threads', 'history', 'analysis', 'cli', 'paths\\.ts'];
const papers = ['papers'];
const incremental = ['incremental'];
const load = ['load', 'import', 'scaffold', 'check', 'snapshot'];
const pages = ['pages'];
const views = ['site'];
const outputs = ['outputs'];
const plan = ['plan'];
const search = ['search'];
const build = ['build'];
const serve = ['serve'];

/** A path pattern for these folders (or files) of src/. */
const inSrc = (...layers) => `^src/(${layers.flat().join('|')})(/|$)`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'No module runs itself through others: each import that runs code goes one way. A loop of type-only imports (a type and the type that names it back, as in src/import/) runs nothing and is allowed; between folders the layer rules below forbid those too.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'foundation-imports-nothing-above',
      comment:
        "The model's types, text helpers, threads, git history, analysis and command-line helpers are the bottom: they import no other part of src/.",
      severity: 'error',
      from: { path: inSrc(foundation) },
      to: { path: '^src/', pathNot: inSrc(foundation) },
    },
    {
      name: 'papers-below-incremental',
      comment:
        "Reading a paper's text (src/papers/) uses the model and the foundation only: the caches and the loader call it.",
      severity: 'error',
      from: { path: inSrc(papers) },
      to: { path: '^src/', pathNot: inSrc(foundation, papers) },
    },
    {
      name: 'incremental-below-load',
      comment:
        "What a build keeps between builds (src/incremental/: caches, input keys, the previous site's manifest) is asked by the loader, the search index and the writer; it imports only the model, the foundation and the papers' text types.",
      severity: 'error',
      from: { path: inSrc(incremental) },
      to: { path: '^src/', pathNot: inSrc(foundation, papers, incremental) },
    },
    {
      name: 'load-below-pages',
      comment:
        'Loading the archive (load, papers) and the tools beside it (import, scaffold, check, snapshot) know nothing of pages, views, outputs, the plan, search, the build or the server.',
      severity: 'error',
      from: { path: inSrc(load) },
      to: { path: inSrc(pages, views, outputs, plan, search, build, serve) },
    },
    {
      name: 'pages-is-neutral',
      comment:
        'src/pages/ is the vocabulary every producer shares (page types, addresses, escaping, search fields): it imports only the model, loading and the foundation.',
      severity: 'error',
      from: { path: inSrc(pages) },
      to: { path: inSrc(views, outputs, plan, search, build, serve, 'import', 'scaffold', 'check', 'snapshot') },
    },
    {
      name: 'views-not-outputs',
      comment:
        'The page views (src/site/) and the plain outputs (src/outputs/) stand side by side: a view imports no output, nor anything above.',
      severity: 'error',
      from: { path: inSrc(views) },
      to: { path: inSrc(outputs, plan, search, build, serve) },
    },
    {
      name: 'outputs-not-views',
      comment:
        'The plain outputs (feeds, calendars, open data, OParl) are made from the archive and the page list, never from the page views, nor from anything above.',
      severity: 'error',
      from: { path: inSrc(outputs) },
      to: { path: inSrc(views, plan, search, build, serve) },
    },
    {
      name: 'plan-below-its-consumers',
      comment:
        'The build plan (src/plan/) assembles every page and file of a site; the writer, the search index and the server consume it, and it imports none of them.',
      severity: 'error',
      from: { path: inSrc(plan) },
      to: { path: inSrc(search, build, serve) },
    },
    {
      name: 'search-below-the-writer',
      comment:
        'The search index reads rendered pages; the writer (src/build/) starts it, so it imports neither the writer nor the server.',
      severity: 'error',
      from: { path: inSrc(search) },
      to: { path: inSrc(build, serve) },
    },
    {
      name: 'writer-below-the-server',
      comment: 'The writer (src/build/) is called by the dev server, scripts and snapshots; it imports none of them.',
      severity: 'error',
      from: { path: inSrc(build) },
      to: { path: inSrc(serve) },
    },
    {
      name: 'src-imports-no-templates-scripts-or-tests',
      comment:
        'src/ is the library: the templates (_includes/) are handed in as a RenderPage by scripts/ and eleventy.config.ts, and scripts (the benchmark in scripts/bench/ too) and tests call src/, never the other way.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(_includes|scripts|tests)/|^eleventy\\.config\\.ts$' },
    },
    {
      name: 'templates-show-prepared-data',
      comment:
        'The templates import only the page vocabulary (src/pages/) and the views they show (src/site/): no loading, no outputs, no build.',
      severity: 'error',
      from: { path: '^_includes/' },
      to: { path: '^(src|scripts|tests)/', pathNot: inSrc(pages, views) },
    },
    {
      name: 'eleventy-only-in-the-wiring',
      comment:
        'Nothing in src/ imports Eleventy but src/build/eleventy-pages.ts, which hands it the build (its development server, a separate package, is src/serve/dev-server-thread.ts).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/build/eleventy-pages\\.ts$' },
      to: { path: '^node_modules/@11ty/eleventy/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(_site|tmp|\\.cache|content|_data)/|^_includes/assets/' },
    // Type-only imports are dependencies too: a layer may not even name the types of one above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
