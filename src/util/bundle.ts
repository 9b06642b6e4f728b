/**
 * The render bundle: the PDF, font, template and mail packages bundled into one CommonJS script, with every
 * template of templates/ precompiled into it, that the CLI runs with a V8 code cache (dist/bundle/render.cjs,
 * made by scripts/bundle.mjs; src/cli/render-bundle.ts provides it). The first document of a process then neither
 * compiles those packages' code nor its template (docs/build.md, "Sixth round").
 *
 * It never changes what runs: its packages are the ones in node_modules (bundled from there at build time), and a
 * template is taken precompiled only when its source and compile options are those it was precompiled from.
 * Without a bundle (the tests from src/, tsc's dist/) the packages load from node_modules and templates compile.
 */

/** what scripts/bundle.mjs puts into render.cjs */
export interface RenderBundle {
  /** each bundled package by the id lazyRequire asks for, evaluated on its first call */
  packages: Readonly<Record<string, () => unknown>>;
  /** Handlebars template specifications (Handlebars.precompile) by templateKey(source, options) */
  templates: Readonly<Record<string, object>>;
}

let source: (() => RenderBundle | undefined) | undefined;
/** undefined: not asked yet; null: there is none */
let bundle: RenderBundle | null | undefined;

/** the CLI's render bundle, loaded by `get` when first needed (a run that renders nothing never loads it) */
export function provideRenderBundle(get: () => RenderBundle | undefined): void {
  source = get;
  bundle = undefined;
}

/** the render bundle, if the CLI provided one and this install has it */
export function renderBundle(): RenderBundle | undefined {
  if (bundle === undefined) bundle = source?.() ?? null;
  return bundle ?? undefined;
}
