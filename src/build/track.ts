/**
 * What a global emitter read of the model: a read-only view of the model that records every value read
 * through it (property reads, `in`, key lists such as Object.keys / spread / JSON.stringify / for…in), as a
 * tree shaped like the part of the model that was read. `unchanged(tree, model)` then says whether another
 * model gives the same answer to every one of those reads: an emitter that is a function of the model (they
 * are: pure stages, no clock, no disk) then gives the same bytes, so its group is reused.
 *
 * Why: a global emitter (routing, the revision notices) reads every customer, so keying it on every input file
 * re-ran it whenever any customer changed; keyed on what it read, changing a field it never reads (a
 * representative's name) re-runs nothing.
 *
 * The model is plain data (it is posted to worker threads). A write through the view (a bug in an emitter)
 * makes the reads untrustworthy: `impure` is then set and the caller keys the group on every input instead.
 */

/** a node of the read tree: the signature of the value read here, its key list, `in` answers and children */
export interface ReadTree {
  /** signature of the value: type and, for a primitive, the value */
  v: string;
  /** the own enumerable keys, when they were listed */
  k?: string;
  /** `prop in value` answers */
  h?: Record<string, boolean>;
  /** properties read */
  c?: Record<string, ReadTree>;
}

function sig(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  const t = typeof x;
  if (t === 'object') return 'object';
  if (t === 'function') return 'function';
  if (t === 'string') return `s${x as string}`;
  if (t === 'symbol') return 'symbol';
  return `${t[0]}${String(x)}`;
}

const keysSig = (o: object): string => JSON.stringify(Reflect.ownKeys(o).map((k) => (typeof k === 'symbol' ? `@${k.description ?? ''}` : k)));

export interface Tracker<T> {
  /** the view to hand to the emitter */
  view: T;
  /** the reads so far */
  tree: ReadTree;
  /** a write went through the view: the tree does not describe what the emitter depends on */
  readonly impure: boolean;
}

export function trackReads<T extends object>(root: T): Tracker<T> {
  const tree: ReadTree = { v: sig(root) };
  let impure = false;
  const views = new Map<ReadTree, object>();
  const wrap = (target: object, node: ReadTree): object => {
    const known = views.get(node);
    if (known) return known;
    const child = (prop: string, value: unknown): ReadTree => {
      node.c ??= {};
      let n = node.c[prop];
      if (!n) {
        n = { v: sig(value) };
        node.c[prop] = n;
      }
      return n;
    };
    const p = new Proxy(target, {
      get(t, prop, receiver) {
        const value: unknown = Reflect.get(t, prop, receiver);
        if (typeof prop === 'symbol') return value; // Symbol.iterator and the like: they read through the view
        const d = Object.getOwnPropertyDescriptor(t, prop);
        if (d && !d.configurable && !d.writable) return value; // a frozen property (proxy invariant): never the case in the model
        const n = child(prop, value);
        return typeof value === 'object' && value !== null ? wrap(value, n) : value;
      },
      has(t, prop) {
        const r = Reflect.has(t, prop);
        if (typeof prop !== 'symbol') {
          node.h ??= {};
          node.h[prop] = r;
        }
        return r;
      },
      ownKeys(t) {
        node.k = keysSig(t);
        return Reflect.ownKeys(t);
      },
      set(t, prop, value) {
        impure = true;
        return Reflect.set(t, prop, value);
      },
      defineProperty(t, prop, desc) {
        impure = true;
        return Reflect.defineProperty(t, prop, desc);
      },
      deleteProperty(t, prop) {
        impure = true;
        return Reflect.deleteProperty(t, prop);
      },
      setPrototypeOf(t, proto) {
        impure = true;
        return Reflect.setPrototypeOf(t, proto);
      },
    });
    views.set(node, p);
    return p;
  };
  return {
    view: wrap(root, tree) as T,
    tree,
    get impure() {
      return impure;
    },
  };
}

/** whether `value` answers every read of `tree` as the value it was recorded on did */
export function unchanged(tree: ReadTree, value: unknown): boolean {
  if (!sameSig(tree.v, value)) return false;
  if (tree.k === undefined && tree.h === undefined && tree.c === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (tree.k !== undefined && keysSig(value) !== tree.k) return false;
  // (for…in over the tree's own plain objects, parsed from JSON: no array of entries made per node)
  const h = tree.h;
  if (h) for (const prop in h) if (prop in value !== h[prop]) return false;
  const c = tree.c;
  if (c) for (const prop in c) if (!unchanged(c[prop]!, (value as Record<string, unknown>)[prop])) return false;
  return true;
}

/** sig(value) === v, without making the signature of a string (most of what a tree holds) */
function sameSig(v: string, value: unknown): boolean {
  if (typeof value === 'string') return v.length === value.length + 1 && v.charCodeAt(0) === 115 && v.endsWith(value);
  return sig(value) === v;
}
