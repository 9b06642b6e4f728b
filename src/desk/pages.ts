/** The desk's HTML pages, rendered on the server (no front-end build): the list and the form of one file. */
import type { Choice, ChoiceSource, Field, FieldValues } from './draft.js';
import { fieldKey } from './draft.js';
import type { DeskKind } from './kinds.js';
import { UI } from './ui.js';

export interface ListRow {
  kind: 'customer' | 'prospect';
  id: string;
  name: string;
  plan: string;
  state: string;
  problems: number;
}

export interface PriceView {
  tariffFrom: string;
  lines: Array<{ description: string; quantity: number; unitPrice: number; amount: number }>;
  subtotal: number;
  taxRatePercent: number;
  tax: number;
  total: number;
  initialFee: number;
  /** a prospect's first invoice: the initial fee and the whole first month, with tax */
  firstMonthTotal?: number;
  /** monthly totals (with tax) under later tariffs (announced revisions), from their first month */
  later?: Array<{ fromMonth: string; tariffFrom: string; total: number }>;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function page(title: string, csrf: string, body: string): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${esc(csrf)}">
<title>${esc(title)} — ${esc(UI.title)}</title>
<link rel="stylesheet" href="/static/desk.css">
<script src="/static/desk.js" defer></script>
</head>
<body>
<header><a href="/" class="brand">${esc(UI.title)}</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

export function messagePage(message: string): string {
  return page(message, '', `<p class="notice">${esc(message)}</p>`);
}

function table(rows: readonly ListRow[], name: string): string {
  const body = rows.length
    ? `<table class="list" id="${name}">
<thead><tr><th>${esc(UI.id)}</th><th>${esc(UI.name)}</th><th>${esc(UI.plan)}</th><th>${esc(UI.state)}</th><th></th></tr></thead>
<tbody>
${rows
  .map(
    (r) =>
      `<tr data-id="${esc(r.id)}"><td><code>${esc(r.id)}</code></td><td>${esc(r.name)}</td><td>${esc(r.plan)}</td><td>${esc(r.state)}${
        r.problems ? ` <span class="badge">${esc(UI.problems(r.problems))}</span>` : ''
      }</td><td><a href="/edit/${esc(r.kind)}/${encodeURIComponent(r.id)}">${esc(UI.edit)}</a></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`
    : `<p>${esc(UI.noneYet)}</p>`;
  return body;
}

export function listPage(rows: readonly ListRow[], csrf: string): string {
  return page(
    UI.list,
    csrf,
    `<h1>${esc(UI.prospects)}</h1>
<p class="actions"><a class="button" href="/new/prospect">${esc(UI.newProspect)}</a></p>
${table(
  rows.filter((r) => r.kind === 'prospect'),
  'prospects',
)}
<h1>${esc(UI.customers)}</h1>
<p class="actions"><a class="button" href="/new/customer">${esc(UI.newCustomer)}</a></p>
${table(
  rows.filter((r) => r.kind === 'customer'),
  'customers',
)}`,
  );
}

function input(f: Field, value: string | string[], choices: Record<ChoiceSource, Choice[]>, fixed: boolean): string {
  const key = fieldKey(f);
  const id = `f-${key.replace(/\./g, '-')}`;
  const v = Array.isArray(value) ? value : [value];
  const attrs = `id="${id}" name="${esc(key)}" aria-describedby="${id}-msg"${fixed ? ' readonly' : ''}`;
  if (f.input === 'select') {
    const list = f.choices ? choices[f.choices] : [];
    const known = list.some((c) => c.value === v[0]);
    const opts = [
      `<option value="">${esc(UI.choose)}</option>`,
      ...(!known && v[0] ? [`<option value="${esc(v[0])}" selected>${esc(v[0])}</option>`] : []),
      ...list.map((c) => `<option value="${esc(c.value)}"${c.value === v[0] ? ' selected' : ''}>${esc(c.label)}</option>`),
    ];
    return `<select ${attrs}>${opts.join('')}</select>`;
  }
  if (f.input === 'checkboxes') {
    const list = f.choices ? choices[f.choices] : [];
    return `<div class="checks" id="${id}" data-list="${esc(key)}" aria-describedby="${id}-msg">${list
      .map((c) => `<label><input type="checkbox" name="${esc(key)}" value="${esc(c.value)}"${v.includes(c.value) ? ' checked' : ''}> ${esc(c.label)}</label>`)
      .join('')}</div>`;
  }
  if (f.input === 'textarea') return `<textarea ${attrs} rows="3">${esc(v[0] ?? '')}</textarea>`;
  const type = f.input === 'email' ? 'email' : f.input === 'tel' ? 'tel' : 'text';
  const ph = f.placeholder ? ` placeholder="${esc(f.placeholder)}"` : '';
  const mode = f.input === 'date' || f.input === 'number' ? ' inputmode="numeric" autocomplete="off"' : '';
  return `<input type="${type}" ${attrs} value="${esc(v[0] ?? '')}"${ph}${mode}>`;
}

export interface FormView {
  kind: DeskKind;
  /** the id of the file edited; undefined for a new file */
  original: string | undefined;
  values: FieldValues;
  choices: Record<ChoiceSource, Choice[]>;
  csrf: string;
  git: boolean;
}

export function formPage(v: FormView): string {
  const sections = Object.keys(UI.section) as Array<keyof typeof UI.section>;
  const fieldsets = sections
    .map((s) => {
      const fs = v.kind.fields.filter((f) => f.section === s && f.input !== 'fixed');
      if (!fs.length) return '';
      return `<fieldset><legend>${esc(UI.section[s])}</legend>
${fs
  .map((f) => {
    const key = fieldKey(f);
    const id = `f-${key.replace(/\./g, '-')}`;
    const fixed = !!f.fixedOnEdit && v.original !== undefined;
    return `<div class="field" data-key="${esc(key)}"><label for="${id}">${esc(f.label)}</label>${input(f, v.values[key] ?? '', v.choices, fixed)}<div class="msg" id="${id}-msg" role="alert"></div></div>`;
  })
  .join('\n')}
</fieldset>`;
    })
    .join('\n');
  const title = v.original === undefined ? v.kind.newLabel : `${v.kind.label} ${v.original}`;
  const docs = v.kind.documents
    .map(
      (d) =>
        `<button type="button" class="preview" data-doc="${d}" disabled>${esc(UI[d])}</button> <a class="download" data-doc="${d}" href="#" aria-disabled="true">${esc(UI.download)}</a>`,
    )
    .join('<br>');
  return page(
    title,
    v.csrf,
    `<h1>${esc(title)}</h1>
<div class="desk" data-kind="${esc(v.kind.name)}" data-label="${esc(v.kind.label)}" data-original="${esc(v.original ?? '')}">
<form id="draft" novalidate autocomplete="off">
${fieldsets}
</form>
<aside>
<section class="buttons">
<button type="button" id="save">${esc(UI.save)}</button>
${v.kind.name === 'prospect' ? `<button type="button" id="promote">${esc(UI.promote)}</button>\n` : ''}<button type="button" id="commit"${v.git ? '' : ` disabled title="${esc(UI.noGit)}"`}>${esc(UI.commit)}</button>
<div id="result" role="status"></div>
</section>
<section class="status"><h2>${esc(UI.otherProblems)}</h2><div id="status" aria-live="polite">${esc(UI.validating)}</div><ul id="general"></ul></section>
<section class="price"><h2>${esc(UI.price)}</h2><div id="price">${esc(UI.priceNone)}</div></section>
<section class="previews"><h2>${esc(UI.preview)}</h2>
<p class="docs">${docs}</p>
<iframe id="pdf" title="${esc(UI.preview)}"></iframe>
</section>
</aside>
</div>
<dialog id="confirm"><p id="confirm-text"></p><form method="dialog"><button value="yes" id="confirm-yes">${esc(UI.overwrite)}</button> <button value="no" id="confirm-no">${esc(UI.cancel)}</button></form></dialog>
<script type="application/json" id="ui">${JSON.stringify({
      valid: UI.valid,
      validating: UI.validating,
      hint: UI.hint,
      priceNone: UI.priceNone,
      subtotal: UI.subtotal,
      tax: UI.tax(0).replace('0', '{rate}'),
      total: UI.total,
      initialFee: UI.initialFee,
      firstMonth: UI.firstMonth,
      laterPrice: UI.laterPrice('{month}', '{from}'),
      priceUnder: UI.priceUnder('{from}'),
      generalError: UI.generalError,
      openCustomer: UI.openCustomer,
    }).replace(/</g, '\\u003c')}</script>`,
  );
}
