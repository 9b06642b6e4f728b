/**
 * Compiling a Handlebars template: precompiled when the render bundle holds it (util/bundle.ts: scripts/bundle.mjs
 * precompiles every template of templates/ with each option set below), else compiled now. Both give the same
 * function: Handlebars.compile is precompile plus template, with the same options.
 */
import { createHash } from 'node:crypto';
import type Handlebars from 'handlebars';
import { renderBundle } from '../util/bundle.js';

/** the options the document templates (documents/markup.ts) are compiled with */
export const DOCUMENT_OPTIONS: Readonly<CompileOptions> = Object.freeze({ noEscape: true, strict: true });

/** the options of a notice or mail template (notices/render.ts): the HTML ones escape what they put in */
export function messageOptions(name: string): CompileOptions {
  return { strict: true, noEscape: !name.endsWith('.html.hbs'), preventIndent: true };
}

/** every option set a template called `name` may be compiled with (scripts/bundle.mjs precompiles it with each) */
export function optionSetsOf(name: string): Array<Readonly<CompileOptions>> {
  return [DOCUMENT_OPTIONS, messageOptions(name)];
}

/** the render bundle's key of a template's source compiled with `options` */
export function templateKey(source: string, options: Readonly<CompileOptions>): string {
  return createHash('sha256')
    .update(JSON.stringify([options, source]))
    .digest('hex');
}

/** `source` compiled with `options` in `env` (its helpers), from its precompiled specification when there is one */
export function compileTemplate(env: typeof Handlebars, source: string, options: Readonly<CompileOptions>): HandlebarsTemplateDelegate {
  const spec = renderBundle()?.templates[templateKey(source, options)];
  // (a copy: Handlebars adds its defaults to the options object it is given)
  return spec ? env.template(spec as TemplateSpecification) : env.compile(source, { ...options });
}
