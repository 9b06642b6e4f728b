/**
 * emit: the resolved model -> files as data. One module per artifact kind under emit/<kind>/,
 * registered in emit/registry.ts. Emitters never touch the disk: templates and fonts come in `assets`
 * (loaded by the CLI host), and the files they return are written by write/.
 */
import type { Model, ResolvedCustomer } from '../model/model.js';
import type { ReviewHooks } from '../review/hooks.js';

export interface Artifact {
  /** path relative to out/, forward slashes, e.g. `acme-logistics/agents/fs01/zabbix_agent2.conf` */
  path: string;
  data: string | Uint8Array;
  /** emitter name that produced it, e.g. `agents/zabbix` */
  kind: string;
  /** customer id for customer-scoped artifacts */
  customer?: string;
}

export interface Assets {
  /** templates/ files by path relative to templates/, e.g. `notices/revision.text.hbs` */
  templates: ReadonlyMap<string, string>;
  /** font files by name, e.g. `BIZUDPGothic-Regular.ttf` */
  fonts: ReadonlyMap<string, Uint8Array>;
  /**
   * the fonts' tables made at install (dist/fonts/<name>.table, emit/documents/font-table.ts), by font name: what
   * fontkit and zlib answer about each glyph. Never changes a byte of a document (a table made of other font
   * bytes or with another zlib is not used), so it is not part of the assets' hash; absent: computed as needed
   */
  fontTables?: ReadonlyMap<string, Uint8Array>;
}

export interface EmitContext {
  model: Model;
  assets: Assets;
}

export interface CustomerEmitter {
  name: string;
  scope: 'customer';
  emit(ctx: EmitContext, customer: ResolvedCustomer): Artifact[] | Promise<Artifact[]>;
  /** what `vmsc plan` needs to know of this kind's artifacts (review/hooks.ts); absent: the defaults */
  review?: ReviewHooks;
}

export interface GlobalEmitter {
  name: string;
  scope: 'global';
  emit(ctx: EmitContext): Artifact[] | Promise<Artifact[]>;
  /** what `vmsc plan` needs to know of this kind's artifacts (review/hooks.ts); absent: the defaults */
  review?: ReviewHooks;
}

export type Emitter = CustomerEmitter | GlobalEmitter;
