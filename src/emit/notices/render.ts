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
import type Handlebars from 'handlebars';
import { lazyRequire } from '../../util/lazy.js';
import { compileTemplate, messageOptions } from '../templates.js';
import type { Assets } from '../types.js';

export class TemplateError extends Error {}

const handlebars = lazyRequire<typeof Handlebars>('handlebars');
let made: typeof Handlebars | undefined;

/** the isolated environment, made on first use (a build whose mails all come from the cache never loads Handlebars) */
function env(): typeof Handlebars {
  if (made) return made;
  const e = handlebars().create();
  /*
   * `strict: true` covers `{{field}}` but not the argument of a block helper (`{{#if field}}` sees undefined).
   * Views never hold `undefined` (an absent value is `null`), so the built-in block helpers are wrapped to throw
   * when their argument is undefined: a misspelt field in `#if`/`#unless`/`#each`/`#with` fails too.
   */
  for (const name of ['if', 'unless', 'each', 'with'] as const) {
    const original = e.helpers[name] as Handlebars.HelperDelegate;
    e.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } } };
      if (args.length < 2 || args[0] === undefined) {
        const at = options.loc ? ` at ${options.loc.start.line}:${options.loc.start.column + 1}` : '';
        throw new TemplateError(`#${name}${at} names a field the view does not have`);
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    });
  }
  made = e;
  return e;
}

/**
 * A deep copy of the view whose objects have no prototype: with `strict`, `{{x.constructor}}` or
 * `{{x.__proto__}}` then throw like any missing field (instead of Handlebars' silent empty string).
 */
function bare(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(bare);
  if (v !== null && typeof v === 'object') {
    const o = Object.create(null) as Record<string | symbol, unknown>;
    // a symbol (unreachable from a template) so that Handlebars can name the object in its error message
    o[Symbol.toPrimitive] = () => 'the view';
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) throw new TemplateError(`internal: view field "${k}" is undefined (use null)`);
      o[k] = bare(x);
    }
    return o;
  }
  return v;
}

const cache = new Map<string, HandlebarsTemplateDelegate>();

function compiled(assets: Assets, name: string): HandlebarsTemplateDelegate {
  const source = assets.templates.get(name);
  if (source === undefined) throw new TemplateError(`template templates/${name} is missing`);
  const key = `${name}\0${source}`;
  let t = cache.get(key);
  if (!t) {
    t = compileTemplate(env(), source, messageOptions(name));
    cache.set(key, t);
  }
  return t;
}

/** Renders templates/<name> with the view; throws TemplateError naming the template and the missing field. */
export function renderTemplate(assets: Assets, name: string, view: object): string {
  const t = compiled(assets, name);
  try {
    return t(bare(view), {
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
