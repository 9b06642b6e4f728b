/**
 * The sales desk's logic, without a server: each request of the page is one method that returns what to
 * answer. The files of the root and git come through a `DeskHost` (the CLI gives one on the disk,
 * src/cli/desk-host.ts); a draft is checked by the root's `Driver` (`update(path, bytes)`: the same schemas and
 * rules as `vmsc check`), and its diagnostics are mapped to the form's fields in Japanese.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Driver, RootCompile } from '../driver/driver.js';
import type { Assets } from '../emit/types.js';
import type { Model, ResolvedCustomer } from '../model/model.js';
import { contractFigures } from '../billing/contract.js';
import { renderContract } from '../emit/documents/documents.js';
import { schemaAt } from '../lsp/features.js';
import { tariffInForce } from '../resolve/tariff.js';
import type { Prospect, Tariff } from '../model/inputs.js';
import { priceQuote, promoteProspect, renderApplication, renderQuote, scopedModel } from '../sales/index.js';
import type { Quote } from '../sales/index.js';
import type { Choice, ChoiceSource, FieldProblem, FieldValues, MappedProblems } from './draft.js';
import { applyFields, fieldKey, mapToFields, readFields } from './draft.js';
import type { DeskKind } from './kinds.js';
import { ID_PATTERN, kindNamed } from './kinds.js';
import { UI } from './ui.js';
import { formPage, listPage, messagePage } from './pages.js';
import type { ListRow, PriceView } from './pages.js';
import { sha256hex } from '../util/sha256.js';

/** what the desk needs from the outside: the root's files, atomic writes, the driver, assets and git */
export interface DeskHost {
  /** a driver on the root as it is on disk */
  driver: Driver;
  /** the text of a root file (path relative to the root), undefined when there is none */
  read(path: string): string | undefined;
  /**
   * writes a root file atomically (a temporary file renamed over it); with `overwrite: false` an existing file
   * is never replaced ('exists')
   */
  write(path: string, text: string, overwrite: boolean): 'written' | 'exists';
  /** removes a root file (a promoted prospect) */
  remove(path: string): void;
  /** templates and fonts (the PDFs) */
  assets(): Assets;
  /** the compiler's JSON Schemas (file name -> text): the choices of enum fields */
  schemas(): ReadonlyMap<string, string>;
  /** civil date (Japan) of today */
  today: string;
  /** present when the root is a git work tree: commits the files to a new branch (never pushes, never checks out) */
  git?: {
    commitToNewBranch(branch: string, paths: readonly string[], message: string): Promise<{ commit: string } | { error: string }>;
  };
}

export interface DeskResponse {
  status: number;
  type: 'html' | 'json' | 'pdf';
  body: string | Uint8Array;
  /** for a download */
  filename?: string;
}

const json = (status: number, value: unknown): DeskResponse => ({ status, type: 'json', body: JSON.stringify(value) });
const html = (status: number, body: string): DeskResponse => ({ status, type: 'html', body });

/** a draft as the page sends it */
export interface DraftRequest {
  kind: string;
  /** the id of the file being edited; absent for a new one */
  original?: string;
  values: FieldValues;
}

export interface CheckedDraft {
  kind: DeskKind;
  /** the file the draft would be written to; undefined when the id cannot name a file */
  path: string | undefined;
  text: string;
  problems: MappedProblems;
  /** the file exists and the draft is a new one */
  exists: boolean;
  price?: PriceView;
  /** the key of the draft's previews */
  key: string;
}

/** a checked draft without errors, kept for its previews */
interface KeptDraft {
  kind: DeskKind;
  id: string;
  /** the check of the root with the draft in it */
  result: RootCompile;
  /** the customer (a customer's draft, or a prospect promoted in memory) */
  customer?: { model: Model; customer: ResolvedCustomer };
  /** the prospect, with the model of the policies that prices it */
  prospect?: { model: Model; prospect: Prospect };
}

const MAX_KEPT_DRAFTS = 32;
/** where a draft whose id is not a usable file name is checked (the id field says what is wrong) */
const PLACEHOLDER_ID = 'desk-draft-placeholder';

export class Desk {
  /** one driver operation at a time (its kept state is shared) */
  private queue: Promise<unknown> = Promise.resolve();
  /** the draft path currently given to the driver instead of the disk's bytes */
  private overlay: string | undefined;
  /** diagnostics of the root as on disk (keys), to tell a draft's new cross-file problems */
  private baseline = new Set<string>();
  private kept = new Map<string, KeptDraft>();

  constructor(private readonly host: DeskHost) {}

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** the whole root as on disk */
  private diskCheck(): Promise<RootCompile> {
    return this.serial(async () => {
      this.overlay = undefined;
      const r = await this.host.driver.compile();
      this.baseline = new Set(r.diagnostics.map(diagKey));
      return r;
    });
  }

  /** the list of customers (and their state today) */
  async list(csrf: string): Promise<DeskResponse> {
    const r = await this.diskCheck();
    const rows: ListRow[] = [];
    const byFile = new Map<string, number>();
    for (const d of r.diagnostics) byFile.set(d.file, (byFile.get(d.file) ?? 0) + 1);
    const resolved = new Map((r.model?.customers ?? []).map((c) => [c.file, c] as const));
    for (const p of r.inputs.prospects) {
      rows.push({
        kind: 'prospect',
        id: p.data.id,
        name: p.data.legalName,
        plan: p.data.plan,
        state: UI.prospectState(p.data.plannedStartOn),
        problems: byFile.get(p.file) ?? 0,
      });
    }
    for (const c of r.inputs.customers) {
      const rc = resolved.get(c.file);
      rows.push({
        kind: 'customer',
        id: c.data.id,
        name: c.data.legalName,
        plan: c.data.contract.plan,
        state: rc ? UI.customerStates[customerState(rc, this.host.today)]! : '',
        problems: byFile.get(c.file) ?? 0,
      });
    }
    return html(200, listPage(rows, csrf));
  }

  /** the form of a new file (no id) or of an existing one */
  async form(kindName: string, id: string | undefined, csrf: string): Promise<DeskResponse> {
    const kind = kindNamed(kindName);
    if (!kind) return html(404, messagePage(UI.notFound));
    if (id !== undefined && !ID_PATTERN.test(id)) return html(404, messagePage(UI.notFound));
    const path = id === undefined ? undefined : `${kind.dir}/${id}.yaml`;
    const text = path === undefined ? kind.template : this.host.read(path);
    if (text === undefined) return html(404, messagePage(UI.notFound));
    const r = await this.diskCheck();
    const choices = this.choices(kind, r);
    const values = readFields(text, kind.fields);
    return html(200, formPage({ kind, original: id, values, choices, csrf, git: this.host.git !== undefined }));
  }

  /** the choices of select and checkbox fields: plans and options of the tariff in force today, editions of the terms, enums of the schema */
  private choices(kind: DeskKind, r: RootCompile): Record<ChoiceSource, Choice[]> {
    const tariffs = r.inputs.tariffs.map((t) => t.data);
    const tariff: Tariff | undefined = tariffInForce(tariffs, this.host.today) ?? tariffs[0];
    const yen = (n: number) => `${n.toLocaleString('ja-JP')} 円`;
    void kind;
    const env = schemaAt(this.host.schemas(), 'customer', ['servers', 0, 'environment']);
    const editions = r.inputs.terms?.data.editions ?? [];
    return {
      plans: (tariff?.plans ?? []).map((p) => ({ value: p.code, label: `${p.name}（月額 ${yen(p.monthlyFee)}／サーバー）` })),
      options: (tariff?.options ?? []).map((o) => ({
        value: o.code,
        label: `${o.name}（月額 ${yen(o.monthlyFee)}${o.per === 'server' ? '／サーバー' : ''}）`,
      })),
      terms: editions.map((e) => ({ value: String(e.edition), label: `第${e.edition}版（${e.effectiveOn} から）` })),
      environments: (Array.isArray(env?.['enum']) ? (env['enum'] as unknown[]) : []).map((v) => ({ value: String(v), label: String(v) })),
    };
  }

  /** checks a draft: the diagnostics of the draft at its fields, the price, and a key for its previews */
  checkDraft(req: DraftRequest): Promise<CheckedDraft | undefined> {
    const kind = kindNamed(req.kind);
    if (!kind) return Promise.resolve(undefined);
    return this.serial(async () => {
      const original = req.original !== undefined && ID_PATTERN.test(req.original) ? req.original : undefined;
      const base = original === undefined ? kind.template : this.host.read(`${kind.dir}/${original}.yaml`);
      if (base === undefined) return undefined;
      const values = { ...req.values };
      if (original !== undefined) values['id'] = original; // the id names the file: fixed once it exists
      const id = typeof values['id'] === 'string' ? values['id'] : '';
      const idProblem: FieldProblem | undefined = !ID_PATTERN.test(id)
        ? { code: 'desk', severity: 'error', message: UI.idInvalid, hint: UI.idHint, line: 0, col: 0 }
        : undefined;
      const path = idProblem ? undefined : `${kind.dir}/${id}.yaml`;
      const exists = original === undefined && path !== undefined && this.host.read(path) !== undefined;
      // a draft that cannot be a file, or would replace another file, is checked under a path of its own
      const checkPath = path === undefined || exists ? `${kind.dir}/${PLACEHOLDER_ID}.yaml` : path;
      const text = applyFields(base, kind.fields, checkPath === path ? values : { ...values, id: PLACEHOLDER_ID });
      const r = await this.overlayDraft(checkPath, text);
      const own = r.diagnostics.filter((d) => d.file === checkPath || !this.baseline.has(diagKey(d)));
      const problems = mapToFields(
        text,
        kind.fields,
        own.filter((d) => d.file === checkPath),
      );
      for (const d of own) if (d.file !== checkPath) problems.general.push(otherFileProblem(d));
      const idKey = fieldKey({ path: ['id'] });
      if (checkPath !== path) {
        delete problems.fields[idKey]; // the placeholder's own id says nothing about the one typed
        const p = idProblem ?? { code: 'desk', severity: 'warning' as const, message: UI.idExists(path!), hint: UI.overwriteConfirm(path!), line: 0, col: 0 };
        problems.fields[idKey] = [p];
      }
      const finalText = checkPath === path ? text : applyFields(base, kind.fields, values);
      const key = sha256hex(finalText).slice(0, 24);
      const out: CheckedDraft = { kind, path, text: finalText, problems, exists, key };
      if (!hasProblemErrors(problems) && checkPath === path) {
        const kept: KeptDraft = { kind, id, result: r };
        // errors in other files (another salesperson's draft) do not block this one's price and PDFs
        const scoped = scopedModel(r, kind.name === 'customer' ? { customer: id } : { prospect: id });
        const model = scoped.model;
        if (model && kind.name === 'customer') {
          const customer = model.customers.find((c) => c.file === checkPath);
          if (customer) {
            kept.customer = { model, customer };
            out.price = priceOf(model, customer);
          }
        }
        if (model && kind.name === 'prospect') {
          const prospect = r.inputs.prospects.find((x) => x.file === checkPath)?.data;
          if (prospect) {
            kept.prospect = { model, prospect };
            out.price = quotePrice(priceQuote(model, prospect, this.host.today));
          }
        }
        if (out.price) this.keep(key, kept);
      }
      return out;
    });
  }

  /** gives the driver the draft in place of the disk's file (the previous draft's path gets its disk bytes back) */
  private async overlayDraft(path: string, text: string): Promise<RootCompile> {
    const d = this.host.driver;
    if (this.overlay !== undefined && this.overlay !== path) {
      const disk = this.host.read(this.overlay);
      await d.update(this.overlay, disk === undefined ? undefined : new TextEncoder().encode(disk), { resolve: false });
    }
    this.overlay = path;
    return d.update(path, new TextEncoder().encode(text), { resolve: false });
  }

  private keep(key: string, draft: KeptDraft): void {
    this.kept.delete(key);
    this.kept.set(key, draft);
    while (this.kept.size > MAX_KEPT_DRAFTS) this.kept.delete(this.kept.keys().next().value!);
  }

  /** POST /api/check */
  async validate(req: DraftRequest): Promise<DeskResponse> {
    const c = await this.checkDraft(req);
    if (!c) return json(404, { error: UI.notFound });
    return json(200, draftJson(c));
  }

  /** POST /api/save: writes the draft when it has no error; a new file over an existing one only with `overwrite` */
  async save(req: DraftRequest & { overwrite?: boolean }): Promise<DeskResponse> {
    const c = await this.checkDraft(req);
    if (!c) return json(404, { error: UI.notFound });
    const errors = [...Object.values(c.problems.fields).flat(), ...c.problems.general].filter((p) => p.severity === 'error');
    if (c.path === undefined || errors.length > 0) return json(422, { ...draftJson(c), error: UI.draftError });
    const overwrite = req.original !== undefined || req.overwrite === true;
    const done = this.host.write(c.path, c.text, overwrite);
    if (done === 'exists') return json(409, { ...draftJson(c), confirm: UI.overwriteConfirm(c.path) });
    return json(200, { ...draftJson(c), saved: c.path, message: UI.saved(c.path), id: req.values['id'] });
  }

  /**
   * POST /api/promote: saves the prospect's draft, then makes customers/<id>.yaml of it with the sales library
   * (checked under the customer schema and every rule) and removes the prospect file. What is missing or wrong is
   * answered at the prospect's fields, and nothing is promoted.
   */
  async promote(req: DraftRequest): Promise<DeskResponse> {
    const kind = kindNamed(req.kind);
    if (kind?.name !== 'prospect') return json(404, { error: UI.notFound });
    const saved = await this.save(req);
    if (saved.status !== 200) return saved;
    const id = String(req.values['id'] ?? req.original ?? '');
    const from = `${kind.dir}/${id}.yaml`;
    const r = await this.diskCheck();
    const p = promoteProspect(r.sources, id, { today: this.host.today });
    const text = this.host.read(from) ?? '';
    const problems = mapToFields(
      text,
      kind.fields,
      p.diagnostics.filter((d) => d.file === from),
    );
    for (const d of p.diagnostics) if (d.file !== from) problems.general.push(otherFileProblem(d));
    if (p.yamlText === undefined) return json(422, { problems, errors: true, error: UI.promoteFailed, id });
    if (this.host.write(p.path, p.yamlText, false) === 'exists') return json(409, { problems, error: UI.idExists(p.path), id });
    this.host.remove(from);
    return json(200, { problems, promoted: p.path, message: UI.promoted(p.path), editUrl: `/edit/customer/${id}`, id });
  }

  /** GET /preview/:key/:doc — a PDF of a checked draft */
  preview(key: string, doc: string, download: boolean): DeskResponse {
    const d = this.kept.get(key);
    if (!d || !(d.kind.documents as readonly string[]).includes(doc)) return html(404, messagePage(UI.notFound));
    let bytes: Uint8Array | undefined;
    if (doc === 'contract' && d.customer) bytes = renderContract(this.host.assets(), d.customer.model, d.customer.customer).bytes;
    if (doc === 'quote' && d.prospect) bytes = renderQuote(this.host.assets(), d.prospect.model, d.prospect.prospect, this.host.today).bytes;
    if (doc === 'application' && d.prospect) bytes = renderApplication(this.host.assets(), d.prospect.model, d.prospect.prospect).bytes;
    if (!bytes) return html(404, messagePage(UI.notFound));
    const r: DeskResponse = { status: 200, type: 'pdf', body: bytes };
    if (download) r.filename = `${d.id}-${doc}.pdf`;
    return r;
  }

  /** POST /api/commit: the saved file on a new branch desk/<id> */
  async commit(req: { kind: string; id: string }): Promise<DeskResponse> {
    const kind = kindNamed(req.kind);
    if (!kind || !ID_PATTERN.test(req.id)) return json(404, { error: UI.notFound });
    if (!this.host.git) return json(409, { error: UI.noGit });
    const path = `${kind.dir}/${req.id}.yaml`;
    if (this.host.read(path) === undefined) return json(404, { error: UI.notFound });
    const branch = `desk/${req.id}`;
    // a customer promoted from a prospect: the prospect file's removal goes on the branch too
    const prospect = `prospects/${req.id}.yaml`;
    const paths = kind.name === 'customer' && this.host.read(prospect) === undefined ? [path, prospect] : [path];
    const r = await this.host.git.commitToNewBranch(branch, paths, `desk: ${path}`);
    if ('error' in r) return json(409, { error: r.error });
    return json(200, { branch, commit: r.commit, message: UI.committed(branch, r.commit) });
  }
}

function diagKey(d: Diagnostic): string {
  return `${d.file}\0${d.line}\0${d.col}\0${d.code}\0${d.message}`;
}

function otherFileProblem(d: Diagnostic): FieldProblem {
  const t = d.ja ?? { message: d.message, hint: d.hint };
  return { code: d.code, severity: d.severity, message: `${d.file}:${d.line}:${d.col}: ${t.message}`, hint: t.hint, line: d.line, col: d.col };
}

function draftJson(c: CheckedDraft) {
  return {
    path: c.path,
    exists: c.exists,
    problems: c.problems,
    errors: !c.path || hasProblemErrors(c.problems),
    price: c.price,
    key: c.price ? c.key : undefined,
  };
}

function hasProblemErrors(p: MappedProblems): boolean {
  return [...Object.values(p.fields).flat(), ...p.general].some((x) => x.severity === 'error');
}

export function priceOf(model: Model, c: ResolvedCustomer): PriceView {
  const f = contractFigures(model, c);
  return {
    tariffFrom: f.monthly.tariffEffectiveFrom,
    lines: f.monthly.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount })),
    subtotal: f.monthly.subtotal,
    taxRatePercent: f.monthly.taxRatePercent,
    tax: f.monthly.tax,
    total: f.monthly.total,
    initialFee: f.initialFee,
  };
}

/** a quote's figures for the page: the first month's monthly charges under the tariff at start, then each later tariff */
function quotePrice(q: Quote): PriceView {
  return {
    tariffFrom: q.tariffEffectiveFrom,
    lines: q.monthly.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount })),
    subtotal: q.monthly.subtotal,
    taxRatePercent: q.monthly.taxRatePercent,
    tax: q.monthly.tax,
    total: q.monthly.total,
    initialFee: q.initial.amount,
    firstMonthTotal: q.firstMonth.total,
    later: q.after.filter((p) => p.later).map((p) => ({ fromMonth: p.fromMonth, tariffFrom: p.tariffEffectiveFrom, total: p.monthly.total })),
  };
}

function customerState(c: ResolvedCustomer, today: string): 'active' | 'ended' | 'ending' | 'upcoming' {
  if (today < c.establishedOn) return 'upcoming';
  if (c.endsOn !== undefined) return today > c.endsOn ? 'ended' : 'ending';
  return 'active';
}
