/**
 * What the review (`vmsc plan`) asks of an artifact kind. An emitter declares it in its optional `review`
 * field (emit/types.ts); review.ts looks it up by the artifact's `kind` (the name of the emitter that made it)
 * and never names a kind itself. A kind without hooks is shown with every meaning, its bytes as text when they
 * are UTF-8 text, else as sizes and sha256, and raises no flag of its own.
 */
import { stringify } from 'yaml';
import type { Model, ResolvedCustomer } from '../model/model.js';
import type { CustomerMeanings, Flag, FlagKind, Topic } from './meaning.js';

export type ChangeKind = 'added' | 'modified' | 'removed';

export interface ArtifactChange {
  path: string;
  kind: string;
  customer?: string;
  change: ChangeKind;
  before?: { sha256: string; bytes: number };
  after?: { sha256: string; bytes: number };
  /** unified diff of the text (or of the document's data), when there is one */
  diff?: string;
  /** for binary files without a text rendering */
  note?: string;
}

/** a built file as the review sees it */
export interface ReviewedFile {
  path: string;
  kind: string;
  customer?: string;
}

/** the side (base or working tree) a file was built from */
export interface ReviewedSide {
  /** the side's resolved model (absent when the side does not compile or has no root) */
  model?: Model;
  /** the file's bytes */
  bytes(): Uint8Array;
  /** the file's bytes as UTF-8 text; undefined when they are not text (the default rendering) */
  text(): string | undefined;
}

/** what a `flags` hook knows besides the change itself */
export interface FlagContext {
  /** the flags raised so far (the models' first), to avoid saying a thing twice */
  raised: readonly Flag[];
  /** the status of the artifact's customer in the models; absent for global artifacts and for customers in neither model */
  customerStatus?: CustomerMeanings['status'];
}

/** a risk flag a kind raises; the review gives it its U2xx code */
export interface RaisedFlag {
  kind: FlagKind;
  message: string;
  /** the message in Japanese (from the message catalogue: MESSAGES.U2xx) */
  ja?: string;
  customer?: string;
}

export interface ReviewHooks {
  /** the topics of model changes that explain a change to this kind's artifacts (absent: every topic) */
  topics?: readonly Topic[];
  /**
   * The text a reviewer diffs for one file: a PDF as the data it prints, a mail decoded, YAML as it is;
   * undefined: binary (sizes and sha256 only). Absent: `side.text()`.
   */
  text?(file: ReviewedFile, side: ReviewedSide): string | undefined;
  /**
   * Risk flags a change to one artifact raises that the models cannot show (an issued invoice re-rendered
   * by a template change, a removed file).
   */
  flags?(change: ArtifactChange, context: FlagContext): RaisedFlag[];
}

/**
 * For `text` hooks of documents whose bytes are not reviewable (PDF): YAML of the data the document prints,
 * computed from the side's model for the file's customer; undefined without a model, customer or data.
 */
export function documentDataText(file: ReviewedFile, side: ReviewedSide, data: (model: Model, customer: ResolvedCustomer) => unknown): string | undefined {
  const m = side.model;
  const c = m?.customers.find((x) => x.id === file.customer);
  if (!m || !c) return undefined;
  try {
    const d = data(m, c);
    return d === undefined ? undefined : stringify(d, { lineWidth: 0 });
  } catch (e) {
    return `(document data not computable: ${(e as Error).message})\n`;
  }
}
