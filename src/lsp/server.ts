/**
 * The language server's logic: the open documents of a root, and the driver's diagnostics published after
 * each edit. It never touches the disk or a stream: the connection and the files on disk come from the CLI
 * (`src/cli/commands/lsp.ts`), so the same logic runs on any LSP transport.
 *
 * Every edit is one `Driver.update(path, bytes)` (that file is loaded and validated again, the cross-file
 * rules run on the kept results of the others: editing a tariff re-checks the customers), never a full
 * re-check. A document closed in the editor falls back to its content on disk.
 */
import type {
  Connection,
  Diagnostic as LspDiagnostic,
  DiagnosticRelatedInformation,
  InitializeResult,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { langOfLocale, localize } from '../diagnostics/lang.js';
import type { Lang } from '../diagnostics/lang.js';
import type { Driver } from '../driver/index.js';
import type { RootCheck } from '../driver/driver.js';
import { lspRange, rootPaths } from './paths.js';
import { codeActions, completion, definition, guessOf, hover } from './features.js';
import type { FeatureContext } from './features.js';
import type { RootPaths } from './paths.js';

/** what the server needs from its caller: where the root is, a driver on it, and a file's bytes on disk */
export interface LspEnvironment {
  /** the root folder (absolute): the --root option, else the client's workspace folder */
  root(clientRoot: string | undefined): string;
  /** a driver on the root's files as they are on disk */
  openDriver(root: string): Driver;
  /** the bytes of a root file on disk (path relative to the root), undefined when there is none */
  readFile(root: string, path: string): Uint8Array | undefined;
  /** the JSON Schemas of this vmsc (file name -> text), for hover */
  schemaFiles(): ReadonlyMap<string, string>;
  /** the language when the client sends no `locale` in initialize (the CLI's --lang, else the environment's) */
  lang?: Lang;
  /** called with the time (ms) from an edit's arrival to its published diagnostics (bench) */
  onPublished?(ms: number, path: string): void;
}

/** one vmsc diagnostic as an LSP diagnostic in `lang`: the message with its hint; `data` keeps both for clients */
export function lspDiagnostic(given: Diagnostic, uri: (file: string) => string, lang: Lang = 'en'): LspDiagnostic {
  const d = localize(given, lang);
  const out: LspDiagnostic = {
    range: lspRange(d),
    severity: d.severity === 'error' ? 1 : 2,
    code: d.code,
    source: 'vmsc',
    message: d.hint ? `${d.message}\n${lang === 'ja' ? 'ヒント' : 'hint'}: ${d.hint}` : d.message,
    data: { message: d.message, hint: d.hint },
  };
  // a quick fix replaces the diagnostic's range by the guess of the (English) hint's "did you mean"
  const guess = guessOf(given.hint);
  if (guess !== undefined) out.data = { message: d.message, hint: d.hint, guess };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r): DiagnosticRelatedInformation => ({ location: { uri: uri(r.file), range: lspRange(r) }, message: r.message }));
  }
  return out;
}

/** the diagnostics of a check grouped by file ('' = not tied to a file: left out, an editor shows files) */
function byFile(ds: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const m = new Map<string, Diagnostic[]>();
  for (const d of ds) {
    if (d.file === '') continue;
    let l = m.get(d.file);
    if (!l) m.set(d.file, (l = []));
    l.push(d);
  }
  return m;
}

const encoder = new TextEncoder();

/** rounds of unchanged edits (a customer and a tariff) run at start, before any edit is taken (see start()) */
const WARM_UP_ROUNDS = 4;

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The state of one root: the driver, the open documents, what was published. */
export class RootSession {
  readonly docs = new Map<string, TextDocument>();
  /** the bytes the driver holds for each path it was given since the start (open text, or disk) */
  private readonly given = new Map<string, Uint8Array | undefined>();
  /** files with published (non-empty) diagnostics, to clear them when they go away */
  private published = new Set<string>();
  /** edits waiting for the driver: path -> [bytes, arrival time] (a later edit of a path replaces an earlier one) */
  private readonly pending = new Map<string, { bytes: Uint8Array | undefined; at: number }>();
  private running: Promise<void> = Promise.resolve();
  last: RootCheck | undefined;

  constructor(
    readonly paths: RootPaths,
    private readonly driver: Driver,
    private readonly env: LspEnvironment,
    private readonly publish: (uri: string, diagnostics: LspDiagnostic[]) => void,
    private readonly now: () => number,
    /** the language of the published messages (the client's locale) */
    readonly lang: Lang = 'en',
  ) {}

  /**
   * the first full check of the root as it is on disk, published for every file with a problem; then, before
   * any edit is taken, the incremental path is run a few times (WARM_UP_ROUNDS) on unchanged bytes (a customer and a tariff: the same
   * diagnostics), so that the first edits do not pay for the JIT and the per-file caches of the rules
   */
  async start(): Promise<void> {
    this.running = this.running.then(async () => {
      this.last = await this.driver.check();
      this.publishAll(this.last.diagnostics);
      // a few rounds: one leaves the first real edits still 3-5 times slower (code not yet optimised by the JIT)
      for (let round = 0; round < WARM_UP_ROUNDS; round++) {
        for (const prefix of ['customers/', 'policies/tariffs/']) {
          const s = this.last.sources.find((x) => x.path.startsWith(prefix) && !x.problem);
          if (s) await this.driver.update(s.path, s.bytes, { resolve: false });
        }
      }
    });
    await this.running;
  }

  open(uri: string, text: string): void {
    const path = this.paths.relative(uri);
    if (path === undefined) return;
    this.docs.set(path, TextDocument.create(uri, 'yaml', 0, text));
    this.edit(path, encoder.encode(text));
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const path = this.paths.relative(uri);
    if (path === undefined) return;
    const doc = this.docs.get(path);
    if (!doc) return;
    const next = TextDocument.update(doc, changes, version);
    this.docs.set(path, next);
    this.edit(path, encoder.encode(next.getText()));
  }

  /** closed in the editor: the driver goes back to the file on disk (or none, when it was never saved) */
  close(uri: string): void {
    const path = this.paths.relative(uri);
    if (path === undefined) return;
    this.docs.delete(path);
    this.edit(path, this.env.readFile(this.paths.root, path));
  }

  /** a file changed on disk (the client's file watcher): it counts unless it is open in the editor */
  changedOnDisk(uri: string): void {
    const path = this.paths.relative(uri);
    if (path === undefined || this.docs.has(path)) return;
    this.edit(path, this.env.readFile(this.paths.root, path));
  }

  /** what hover, completion and definition read (after the edits so far are checked: see idle()) */
  features(): FeatureContext {
    return { check: this.last, schemas: this.env.schemaFiles(), today: this.driver.options.today, uri: (p) => this.paths.uri(p), lang: this.lang };
  }

  /** the text of a root file: the open buffer, else what the driver last read */
  document(uri: string): { path: string; doc: TextDocument } | undefined {
    const path = this.paths.relative(uri);
    if (path === undefined) return undefined;
    const open = this.docs.get(path);
    if (open) return { path, doc: open };
    const bytes = this.given.has(path) ? this.given.get(path) : this.lastBytes(path);
    return bytes ? { path, doc: TextDocument.create(uri, 'yaml', 0, new TextDecoder().decode(bytes)) } : undefined;
  }

  /** resolves when every edit received so far has been checked and published */
  idle(): Promise<void> {
    return this.running;
  }

  private edit(path: string, bytes: Uint8Array | undefined): void {
    const had = this.given.has(path) ? this.given.get(path) : this.lastBytes(path);
    if (!this.pending.has(path) && sameBytes(had, bytes)) return;
    this.pending.set(path, { bytes, at: this.now() });
    this.running = this.running.then(() => this.drain());
  }

  private lastBytes(path: string): Uint8Array | undefined {
    return this.last?.sources.find((s) => s.path === path)?.bytes;
  }

  private async drain(): Promise<void> {
    for (const [path, { bytes, at }] of [...this.pending]) {
      this.pending.delete(path);
      this.given.set(path, bytes);
      this.last = await this.driver.update(path, bytes, { resolve: false }); // diagnostics only: no model
      this.publishAll(this.last.diagnostics);
      this.env.onPublished?.(this.now() - at, path);
    }
  }

  private publishAll(ds: readonly Diagnostic[]): void {
    const files = byFile(ds);
    const uri = (f: string) => this.paths.uri(f);
    for (const f of this.published) if (!files.has(f)) this.publish(uri(f), []);
    for (const [f, list] of files)
      this.publish(
        uri(f),
        list.map((d) => lspDiagnostic(d, uri, this.lang)),
      );
    this.published = new Set(files.keys());
  }
}

/** Wires a connection to a root session: document sync, diagnostics, shutdown. */
export function serve(connection: Connection, env: LspEnvironment, now: () => number): { session(): RootSession | undefined } {
  let session: RootSession | undefined;
  let ready: Promise<RootSession> | undefined;
  let clientRoot: string | undefined;
  let lang: Lang = env.lang ?? 'en';

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    clientRoot = folder ?? undefined;
    // the client's locale (LSP 3.16 `locale`, e.g. "ja" or "ja-JP") sets the language of the messages
    if (params.locale) lang = langOfLocale(params.locale);
    return {
      capabilities: {
        // incremental: the client sends only the changed ranges; TextDocument.update applies them
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ','] },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'vmsc' },
    };
  });

  const get = (): Promise<RootSession> => {
    ready ??= (async () => {
      const paths = rootPaths(env.root(clientRoot));
      const s = new RootSession(paths, env.openDriver(paths.root), env, (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }), now, lang);
      session = s;
      await s.start();
      return s;
    })();
    return ready;
  };

  connection.onInitialized(() => {
    void get();
  });
  // vmsc/idle: answered once every edit received before it is checked and its diagnostics published (a client
  // that must know, e.g. a test or the bench, asks after its edits; messages are handled in order)
  connection.onRequest('vmsc/idle', async () => {
    await (await get()).idle();
    return null;
  });
  connection.onDidOpenTextDocument(async (p) => {
    (await get()).open(p.textDocument.uri, p.textDocument.text);
  });
  connection.onDidChangeTextDocument(async (p) => {
    (await get()).change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
  });
  connection.onDidCloseTextDocument(async (p) => {
    (await get()).close(p.textDocument.uri);
  });
  connection.onDidChangeWatchedFiles(async (p) => {
    const s = await get();
    for (const c of p.changes) s.changedOnDisk(c.uri);
  });
  /** a feature on the document of a request, after the edits before it are checked */
  const on =
    <T>(f: (ctx: FeatureContext, path: string, doc: TextDocument, position: { line: number; character: number }) => T, none: T) =>
    async (p: { textDocument: { uri: string }; position: { line: number; character: number } }): Promise<T> => {
      const s = await get();
      await s.idle();
      const d = s.document(p.textDocument.uri);
      return d ? f(s.features(), d.path, d.doc, p.position) : none;
    };
  connection.onHover(on(hover, null));
  connection.onCompletion(on(completion, []));
  connection.onDefinition(on(definition, null));
  connection.onCodeAction(async (p) => {
    const s = await get();
    await s.idle();
    const d = s.document(p.textDocument.uri);
    return d ? codeActions(s.features(), d.path, d.doc, p.context.diagnostics) : [];
  });
  return { session: () => session };
}
