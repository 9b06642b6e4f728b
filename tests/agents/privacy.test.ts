/**
 * No personal data in any agent bundle: no contact's name, mail or phone (of any customer), nor the name of who gave
 * consent (monitoringConsent.by), nor the representative; and no secret. Every byte of every agent artifact is scanned.
 */
import { describe, expect, it } from 'vitest';
import { copyRoot, EXAMPLE } from '../helpers.js';
import { agentArtifacts, edit, model } from './util.js';
import type { Model } from '../../src/model/model.js';
import type { Artifact } from '../../src/emit/types.js';

function personalData(m: Model): string[] {
  const out = new Set<string>();
  for (const c of m.customers) {
    for (const x of c.source.contacts) {
      out.add(x.name);
      out.add(x.name.replace(/\s+/g, ''));
      out.add(x.email);
      out.add(x.email.split('@')[0]!);
      if (x.phone) {
        out.add(x.phone);
        out.add(x.phone.replace(/-/g, ''));
      }
    }
    out.add(c.source.representative);
    out.add(c.source.phone);
    if (c.source.fax) out.add(c.source.fax);
    if (c.source.billing.email) out.add(c.source.billing.email);
    const by = c.source.contract.monitoringConsent?.by;
    if (by) out.add(by);
  }
  return [...out].filter((s) => s.length >= 3);
}

/** every occurrence of a needle: UTF-8 text (ASCII needles as whole words, so `oda` does not match `nodata`) or UTF-16LE bytes */
function scan(arts: readonly Artifact[], needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const a of arts) {
    const bytes = typeof a.data === 'string' ? Buffer.from(a.data, 'utf8') : Buffer.from(a.data);
    const t = bytes.toString('utf8');
    for (const n of needles) {
      const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const found = /^[\x20-\x7e]+$/.test(n) ? new RegExp(`(?<![A-Za-z0-9])${esc}(?![A-Za-z0-9])`, 'i').test(t) : t.includes(n);
      if (found) hits.push(`${a.path}: ${n}`);
      if (bytes.indexOf(Buffer.from(n, 'utf16le')) !== -1) hits.push(`${a.path}: ${n} (utf-16)`);
    }
  }
  return hits;
}

describe('no personal data and no secret under agents/', () => {
  it('no contact name, mail address or phone of any customer appears in any agent file', async () => {
    const m = model(EXAMPLE);
    const arts = await agentArtifacts(m);
    expect(arts.every((a) => a.path.split('/')[1] === 'agents')).toBe(true);
    const needles = personalData(m);
    expect(needles).toContain('田中 花子');
    expect(needles).toContain('hanako.tanaka@acme.example.co.jp');
    expect(needles).toContain('03-1234-5600');
    const hits = scan(arts, needles);
    expect(hits).toEqual([]);
  });

  it('the scan does find personal data when it is there (the test can fail)', async () => {
    const root = copyRoot(EXAMPLE);
    // a contact's name used as a service name would leak into the bundles
    edit(root, 'policies/monitoring.yaml', (s) =>
      s.replace(
        '  - { name: VVAULTWebService, severity: warning }',
        '  - { name: VVAULTWebService, severity: warning }\n  - { name: keiri, severity: warning }',
      ),
    );
    const m = model(root);
    expect(scan(await agentArtifacts(m), ['keiri'])).not.toEqual([]);
  });

  it('no secret: no api key, password or token in any agent file', async () => {
    const arts = await agentArtifacts(model(EXAMPLE));
    for (const a of arts) {
      const t = typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('utf8');
      expect(t).not.toMatch(/^\s*(api_key|app_key|password|token)\s*[:=]/im);
      // 32-hex strings (the shape of a Datadog API key) only as Zabbix UUIDs
      for (const line of t.split('\n')) if (/\b[0-9a-f]{32}\b/.test(line)) expect(line).toMatch(/^\s*-? ?uuid: [0-9a-f]{32}$/);
    }
  });
});
