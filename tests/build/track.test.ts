import { describe, expect, it } from 'vitest';
import { trackReads, unchanged } from '../../src/build/track.js';

const model = () => ({
  customers: [
    { id: 'a', representative: '山田', contacts: [{ email: 'a@x.jp', roles: ['primary'] }] },
    { id: 'b', representative: '佐藤', contacts: [{ email: 'b@x.jp', roles: ['billing'] }], note: null as string | null },
  ],
  policies: { provider: { name: 'VVAULT', closedThrough: '2026-10' } },
});
type M = ReturnType<typeof model>;

/** what a routing-like emitter reads: ids and e-mails of every customer, the provider's name */
const emitter = (m: M) => `${m.policies.provider.name}\n${m.customers.map((c) => `${c.id} ${c.contacts.map((x) => x.email).join(',')}`).join('\n')}`;

describe('trackReads / unchanged: what a global emitter read of the model', () => {
  it('the view answers like the model, and the record matches the model it was taken on', () => {
    const m = model();
    const t = trackReads(m);
    expect(emitter(t.view)).toBe(emitter(m));
    expect(JSON.stringify(t.view)).toBe(JSON.stringify(m));
    expect(t.impure).toBe(false);
    expect(unchanged(JSON.parse(JSON.stringify(trackReads(m).tree)), m)).toBe(true);
  });

  it('a field never read may change; a read one, an array length, a key list or an `in` answer may not', () => {
    const t = trackReads(model());
    emitter(t.view);
    const tree = JSON.parse(JSON.stringify(t.tree));
    const variant = (f: (m: M) => void) => {
      const m = model();
      f(m);
      return unchanged(tree, m);
    };
    expect(variant((m) => (m.customers[0]!.representative = '鈴木'))).toBe(true);
    expect(variant((m) => (m.policies.provider.closedThrough = '2026-11'))).toBe(true);
    expect(variant((m) => (m.customers[1]!.contacts[0]!.roles = []))).toBe(true);
    expect(variant((m) => (m.customers[1]!.contacts[0]!.email = 'c@x.jp'))).toBe(false);
    expect(variant((m) => m.customers.pop())).toBe(false);
    expect(variant((m) => m.customers[0]!.contacts.push({ email: 'd@x.jp', roles: [] }))).toBe(false);
    expect(variant((m) => (m.policies.provider.name = 'other'))).toBe(false);
    // a number read is compared as a number, not as its text
    const n = trackReads({ x: 1 as number | string });
    void n.view.x;
    expect(unchanged(n.tree, { x: '1' })).toBe(false);
    expect(unchanged(n.tree, { x: 1 })).toBe(true);
    // listing keys (spread, Object.keys) and `in` are reads too
    const k = trackReads(model());
    void Object.keys(k.view.customers[1]!);
    void ('note' in k.view.customers[0]!);
    const kt = JSON.parse(JSON.stringify(k.tree));
    expect(unchanged(kt, model())).toBe(true);
    const extra = model();
    (extra.customers[1] as Record<string, unknown>)['added'] = 1;
    expect(unchanged(kt, extra)).toBe(false);
    const hasNote = model();
    (hasNote.customers[0] as Record<string, unknown>)['note'] = 'x';
    expect(unchanged(kt, hasNote)).toBe(false);
  });

  it('a write through the view marks the record impure (the caller then keys on every input)', () => {
    const t = trackReads(model());
    t.view.customers.sort((a, b) => (a.id < b.id ? 1 : -1));
    expect(t.impure).toBe(true);
  });
});
