import { describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { emlText } from '../../src/emit/notices/eml-text.js';

function compose(opts: ConstructorParameters<typeof MailComposer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    new MailComposer(opts).compile().build((err, msg) => (err ? reject(err) : resolve(msg.toString('utf8'))));
  });
}

describe('plan: readable text of an .eml (nodemailer output) for diffs', () => {
  it('decodes encoded-word headers and a base64 text part; the HTML alternative is left out; attachments are one line', async () => {
    const raw = await compose({
      from: { name: 'VVAULTマネージド・サービス事務局', address: 'vvault-managed@example.jp' },
      to: [
        { name: '田中 花子', address: 'hanako.tanaka@acme.example.co.jp' },
        { name: '鈴木 一郎', address: 'ichiro.suzuki@acme.example.co.jp' },
      ],
      subject: '【重要】利用料金改定のお知らせ',
      text: '株式会社アクメ物流\n田中 花子 様\n\n月額利用料金 60,000円 → 66,000円\n',
      html: '<p>株式会社アクメ物流</p>',
      attachments: [{ filename: '請求書.pdf', content: Buffer.from('%PDF-1.7 test'), contentType: 'application/pdf' }],
      textEncoding: 'base64',
    });
    expect(raw).not.toContain('田中 花子 様'); // encoded on the wire
    const t = emlText(raw);
    expect(t).toContain('From: VVAULTマネージド・サービス事務局 <vvault-managed@example.jp>');
    expect(t).toContain('To: 田中 花子 <hanako.tanaka@acme.example.co.jp>, 鈴木 一郎 <ichiro.suzuki@acme.example.co.jp>');
    expect(t).toContain('Subject: 【重要】利用料金改定のお知らせ');
    expect(t).toContain('--- text/plain ---\n株式会社アクメ物流\n田中 花子 様\n\n月額利用料金 60,000円 → 66,000円');
    expect(t).not.toContain('<p>');
    expect(t).toContain('--- attachment 請求書.pdf (application/pdf, 13 bytes) ---');
  });

  it('quoted-printable text', async () => {
    const raw = await compose({ from: 'a@example.jp', to: 'b@example.jp', subject: 'テスト', text: '料金 ¥66,000 に改定\n', textEncoding: 'quoted-printable' });
    expect(raw).toMatch(/quoted-printable/i);
    expect(emlText(raw)).toContain('料金 ¥66,000 に改定');
  });
});
