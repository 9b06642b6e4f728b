/** The desk's drafts: form values written into a file's text keep everything else byte for byte; problems land on fields. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { applyFields, mapToFields, readFields } from '../../src/desk/draft.js';
import { CUSTOMER } from '../../src/desk/kinds.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { EXAMPLE } from '../helpers.js';

const MINATO = readFileSync(join(EXAMPLE, 'customers', 'minato-clinic.yaml'), 'utf8');

describe('applyFields', () => {
  it('changes only the characters of the values that changed (comments, quoting, flow style stay)', () => {
    const text = MINATO.replace('phone: "03-9876-5432"', 'phone: "03-9876-5432"   # 代表番号');
    const out = applyFields(text, CUSTOMER.fields, {
      ...readFields(text, CUSTOMER.fields),
      phone: '03-1111-2222',
      'contract.options': ['config-backup', 'monthly-report'],
    });
    expect(out).toBe(
      text.replace('phone: "03-9876-5432"', 'phone: "03-1111-2222"').replace('options: [config-backup]', 'options: [config-backup, monthly-report]'),
    );
  });

  it('writes the unchanged values back as the same text', () => {
    expect(applyFields(MINATO, CUSTOMER.fields, readFields(MINATO, CUSTOMER.fields))).toBe(MINATO);
  });

  it('quotes a value that would not read back as the same text', () => {
    const tricky = ['a: b', 'x, y', '東京 #1', '- list?', '123', 'true', '', 'null', '"q"'];
    for (const t of tricky) {
      const out = applyFields(MINATO, CUSTOMER.fields, { representative: t, 'address.text': t });
      const data = parse(out) as { representative: string; address: { text: string } };
      expect(data.representative, t).toBe(t);
      expect(data.address.text, t).toBe(t);
    }
  });

  it('fills the template of a new file, keeping its modeline', () => {
    const out = applyFields(CUSTOMER.template, CUSTOMER.fields, { id: 'tokai-denki', 'contract.termsEdition': '4', 'contract.options': ['monthly-report'] });
    expect(out.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/customer.schema.json');
    const data = parse(out) as { id: string; contract: { termsEdition: number; options: string[] } };
    expect(data.id).toBe('tokai-denki');
    expect(data.contract.termsEdition).toBe(4);
    expect(data.contract.options).toEqual(['monthly-report']);
  });
});

describe('mapToFields', () => {
  it('puts a diagnostic on the innermost field whose value holds it, the others in general', () => {
    const line = MINATO.split('\n').findIndex((l) => l.startsWith('phone:')) + 1;
    const at = (l: number, col: number) => ({ line: l, col, endLine: l, endCol: col + 1 });
    const ds = [
      diag('S004', 'error', 'customers/minato-clinic.yaml', at(line, 8), 'bad phone', 'fix it'),
      diag('S001', 'error', 'customers/minato-clinic.yaml', at(1, 1), 'missing', 'add it'),
    ];
    const m = mapToFields(MINATO, CUSTOMER.fields, ds);
    expect(Object.keys(m.fields)).toEqual(['phone']);
    expect(m.fields['phone']![0]!.message).toBe('bad phone');
    expect(m.general.map((p) => p.code)).toEqual(['S001']);
  });
});
