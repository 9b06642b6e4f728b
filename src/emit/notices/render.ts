/**
 * Handlebars for notices and mails. One isolated environment (Handlebars.create()), templates from
 * `assets.templates` (never read from disk here), compiled with:
 *  - strict: true — a template naming a field the view does not have throws (the build fails) instead of
 *    printing an empty string;
 *  - HTML escaping on for `.html.hbs`; off for `.text.hbs` and `.subject.hbs` (plain text, never HTML);
 *  - prototype access off (the Handlebars 4.6+ defaults, stated explicitly): a template cannot reach
 *    `constructor`, `__proto__` or inherited methods.
 * Views are plain data prepared by the emitters (numbers and dates already formatted), so templates hold no
 * logic beyond `#each` / `#if` on fields that are always present.
 */
import Handlebars from 'handlebars';
import type { Assets } from '../types.js';

export class TemplateError extends Error {}

const env = Handlebars.create();

const cache = new Map<string, HandlebarsTemplateDelegate>();

function compiled(assets: Assets, name: string): HandlebarsTemplateDelegate {
  const source = assets.templates.get(name);
  if (source === undefined) throw new TemplateError(`template templates/${name} is missing`);
  const key = `${name}\0${source}`;
  let t = cache.get(key);
  if (!t) {
    const html = name.endsWith('.html.hbs');
    t = env.compile(source, { strict: true, noEscape: !html, preventIndent: true });
    cache.set(key, t);
  }
  return t;
}

/** Renders templates/<name> with the view; throws TemplateError naming the template and the missing field. */
export function renderTemplate(assets: Assets, name: string, view: object): string {
  const t = compiled(assets, name);
  try {
    return t(view, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
  } catch (e) {
    throw new TemplateError(`template templates/${name}: ${(e as Error).message}`);
  }
}

/** A subject template rendered to one line: surrounding whitespace trimmed; a CR or LF inside is an error. */
export function renderSubject(assets: Assets, name: string, view: object): string {
  const s = renderTemplate(assets, name, view).trim();
  if (/[\r\n]/.test(s)) throw new TemplateError(`template templates/${name} rendered a subject with a line break`);
  return s;
}
