/**
 * The desk in Debian's Chromium (playwright-core): a salesperson enters a new customer by typing and choosing
 * from lists, sees a Japanese error appear beside the field and go when fixed, sees the price, opens the contract
 * preview, saves, commits to a new branch and downloads the contract; then the files on disk check clean and
 * the contract's text has the figures. Bad input (a 300-character name, an emoji the font lacks, 2026-02-30, a
 * duplicate id, a path in the id) gets a located Japanese message and writes nothing.
 *
 * VMSC_DESK_SCREENSHOTS=1 writes the screenshots of each page to docs/desk-*.png (else to the test's temp folder).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { checkRootDiagnostics, REPO } from '../helpers.js';
import { pdfText } from '../documents/pdf.js';
import { describeWithTool, findTool } from '../tools.js';
import { git, startDesk } from './desk.js';
import type { RunningDesk } from './desk.js';
import { it } from 'vitest';

const SHOTS = process.env['VMSC_DESK_SCREENSHOTS'] === '1' ? join(REPO, 'docs') : mkdtempSync(join(tmpdir(), 'vmsc-desk-shots-'));
const T = 120_000;
/** expect.poll with room for a loaded machine (its default gives up after one second) */
const poll = <V>(f: () => V | Promise<V>) => expect.poll(f, { timeout: 30_000, interval: 100 });

const field = (page: Page, key: string) => page.locator(`.field[data-key="${key}"]`);
const control = (page: Page, key: string) => page.locator(`[name="${key}"]`).first();

/** waits until the page has checked the current values (no debounced check pending, no answer outstanding) */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction("document.querySelector('.desk').dataset.busy === '0'", undefined, { timeout: 30_000 });
}

/** a button pressed as a person does: the field being typed in is left first (its change is checked), then the click */
async function press(page: Page, selector: string): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
  await settled(page);
  await page.click(selector);
}

describeWithTool('chromium', 'vmsc desk in Chromium', () => {
  let desk: RunningDesk;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    desk = await startDesk();
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vmsc-chromium-')), {
      executablePath: findTool('chromium')!,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      locale: 'ja-JP',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(desk.tokenUrl); // the token becomes the session cookie
  }, T);
  const errors: string[] = [];
  afterAll(async () => {
    await context?.close();
    await desk?.close();
    expect(errors, 'errors of the page script').toEqual([]);
  });

  it(
    'lists the customers with their state',
    async () => {
      expect(new URL(page.url()).search).toBe(''); // the token left the address bar
      await page.goto(desk.url);
      await poll(() => page.locator('table.list tbody tr').count()).toBe(3);
      expect(await page.locator('tr[data-id="kitanihon-seiki"]').textContent()).toContain('解約予定');
      expect(await page.locator('tr[data-id="minato-clinic"]').textContent()).toContain('契約中');
      await page.screenshot({ path: join(SHOTS, 'desk-list.png'), fullPage: true });
    },
    T,
  );

  it(
    'takes a new customer typed and chosen as a salesperson would, with live Japanese errors and the price',
    async () => {
      await page.click('text=顧客を新規作成');
      await page.waitForSelector('#draft');
      await settled(page);
      const type = async (key: string, text: string) => {
        await control(page, key).click();
        await control(page, key).pressSequentially(text, { delay: 5 });
      };
      await type('id', 'tokai-denki');
      await type('legalName', '株式会社東海電機');
      await type('representative', '東海 一郎');
      await type('address.postalCode', '460-0008');
      await type('address.text', '愛知県名古屋市中区栄3-1-1');
      await type('phone', '052-123-4567');
      await type('department', '情報システム課');
      await type('contacts.0.name', '中村 花子');
      await type('contacts.0.email', 'nakamura@tokai-denki.example.co.jp');
      await type('billing.recipient', '株式会社東海電機 経理課 御中');
      await type('billing.address.postalCode', '460-0008');
      await type('billing.address.text', '愛知県名古屋市中区栄3-1-1');
      await type('contract.appliedOn', '2026-11-20');
      await type('contract.billingStartsOn', '2026-02-30');
      await page.selectOption('[name="contract.plan"]', 'premium');
      await page.check('input[name="contract.options"][value="monthly-report"]');
      await page.check('input[name="contract.options"][value="config-backup"]');
      await page.selectOption('[name="contract.termsEdition"]', '4');
      await type('contract.monitoringConsent.agreedOn', '2026-11-20');
      await type('contract.monitoringConsent.by', '中村 花子');
      await type('servers.0.hostname', 'TKD-FS01');
      await page.selectOption('[name="servers.0.environment"]', 'on-premises');
      await type('servers.0.os', 'Windows Server 2022');
      await type('servers.0.vvaultVersion', '7.2');
      await type('servers.0.storage.0.path', 'D:\\');
      await settled(page);

      // 2026-02-30 is no date: the error is beside the field, in Japanese
      const start = field(page, 'contract.billingStartsOn');
      await poll(() => start.getAttribute('class')).toContain('invalid');
      const msg = await start.locator('.msg').textContent();
      expect(msg).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(await page.locator('#price').textContent()).toContain('計算できません');
      await page.screenshot({ path: join(SHOTS, 'desk-form-error.png'), fullPage: true });

      await control(page, 'contract.billingStartsOn').fill('');
      await type('contract.billingStartsOn', '2026-12-01');
      await settled(page);
      await poll(() => start.getAttribute('class')).not.toContain('invalid');
      expect(await start.locator('.msg').textContent()).toBe('');
      expect(await page.locator('.field.invalid').count()).toBe(0);

      // プレミアム 45,000 + 月次稼働レポート 5,000 + 設定バックアップ 3,000 (1 server) = 53,000; tax 10 % 5,300
      const price = await page.locator('#price').textContent();
      expect(price).toContain('53,000 円');
      expect(price).toContain('5,300 円');
      expect(await page.locator('#total').textContent()).toBe('58,300 円');
      expect(price).toContain('2019-07-01');
    },
    T,
  );

  it(
    'shows the contract preview in the page',
    async () => {
      await page.click('button.preview[data-doc="contract"]');
      const src = await page.locator('iframe#pdf').getAttribute('src');
      expect(src).toMatch(/^\/preview\/[0-9a-f]+\/contract\.pdf$/);
      const r = await page.request.get(new URL(src!, desk.url).toString());
      expect(r.status()).toBe(200);
      expect(r.headers()['content-type']).toBe('application/pdf');
      const text = (await pdfText(await r.body())).text;
      expect(text).toContain('株式会社東海電機');
      expect(text).toContain('45,000');
      expect(text).toContain('58,300');
      await page.waitForTimeout(1500); // the viewer draws the first page
      await page.screenshot({ path: join(SHOTS, 'desk-preview.png'), fullPage: true });
    },
    T,
  );

  it(
    'saves the new file, commits it to desk/<id> without touching the checked-out branch, and downloads the contract',
    async () => {
      await press(page, '#save');
      await poll(() => page.locator('#result').textContent()).toContain('customers/tokai-denki.yaml に保存しました');
      const file = join(desk.root, 'customers', 'tokai-denki.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/customer.schema.json');
      expect(text).toContain('legalName: 株式会社東海電機');
      expect(checkRootDiagnostics(desk.root).filter((d) => d.severity === 'error')).toEqual([]);
      expect(readdirSync(join(desk.root, 'customers')).filter((n) => n.startsWith('.'))).toEqual([]);

      await press(page, '#commit');
      await poll(() => page.locator('#result').textContent()).toContain('ブランチ desk/tokai-denki にコミットしました');
      expect(git(desk.root, 'branch', '--show-current')).toBe('main');
      expect(git(desk.root, 'show', 'desk/tokai-denki:customers/tokai-denki.yaml') + '\n').toBe(text);
      expect(git(desk.root, 'log', '--format=%s', '-1', 'desk/tokai-denki')).toBe('desk: customers/tokai-denki.yaml');
      expect(git(desk.root, 'rev-parse', 'desk/tokai-denki^')).toBe(git(desk.root, 'rev-parse', 'main'));
      expect(git(desk.root, 'status', '--porcelain')).toBe('?? customers/tokai-denki.yaml');
      await page.screenshot({ path: join(SHOTS, 'desk-saved.png'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.download[data-doc="contract"]')]);
      expect(download.suggestedFilename()).toBe('tokai-denki-contract.pdf');
      const saved = join(mkdtempSync(join(tmpdir(), 'vmsc-dl-')), 'c.pdf');
      await download.saveAs(saved);
      const bytes = readFileSync(saved);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await pdfText(bytes)).text).toContain('58,300');
    },
    T,
  );

  it(
    'edits an existing customer keeping its comments and modeline',
    async () => {
      await page.goto(desk.url);
      await page.click('tr[data-id="minato-clinic"] a');
      await page.waitForSelector('#draft');
      await settled(page);
      expect(await control(page, 'id').getAttribute('readonly')).not.toBeNull();
      await control(page, 'phone').fill('');
      await control(page, 'phone').pressSequentially('03-9876-0000');
      await settled(page);
      await page.screenshot({ path: join(SHOTS, 'desk-edit.png'), fullPage: true });
      await press(page, '#save');
      await poll(() => page.locator('#result').textContent()).toContain('に保存しました');
      const text = readFileSync(join(desk.root, 'customers', 'minato-clinic.yaml'), 'utf8');
      const before = git(desk.root, 'show', 'HEAD:customers/minato-clinic.yaml') + '\n';
      expect(text).toBe(before.replace('phone: "03-9876-5432"', 'phone: "03-9876-0000"'));
      expect(text).toContain('# 代表番号（営業確認済み）');
    },
    T,
  );

  it(
    'takes a new prospect typed and chosen, with live checks, its price and quote; promotes it with its server details, downloads the contract, commits',
    async () => {
      await page.goto(desk.url);
      await page.click('text=見込み客を新規作成');
      await page.waitForSelector('#draft');
      await settled(page);
      const type = async (key: string, text: string) => {
        await control(page, key).click();
        await control(page, key).pressSequentially(text, { delay: 5 });
      };
      await type('id', 'minami-shoji');
      await type('legalName', '株式会社南商事');
      await type('representative', '南 一郎');
      await type('address.postalCode', '530-0001');
      await type('address.text', '大阪府大阪市北区梅田1-2-3 南ビル5F');
      await type('phone', '06-1234-5678');
      await type('department', '総務部 情報システム課');
      await type('contact.name', '北 花子');
      await type('contact.email', 'hanako.kita@minami.example.co.jp');
      await type('plannedStartOn', '2027-3-1');
      await page.selectOption('[name="plan"]', 'premium');
      await page.check('input[name="options"][value="monthly-report"]');
      await control(page, 'serverCount').fill('');
      await type('serverCount', '1');
      await page.selectOption('[name="environment"]', 'on-premises');
      await settled(page);
      const start = field(page, 'plannedStartOn');
      await poll(() => start.getAttribute('class')).toContain('invalid');
      expect(await start.locator('.msg').textContent()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      await control(page, 'plannedStartOn').fill('');
      await type('plannedStartOn', '2027-03-01');
      await settled(page);
      await poll(() => start.getAttribute('class')).not.toContain('invalid');
      expect(await page.locator('.field.invalid').count()).toBe(0);

      // the price under the tariff in force on 2027-03-01 (2019-07-01): プレミアム 45,000 × 1 + 月次稼働レポート 5,000
      const price = await page.locator('#price').textContent();
      expect(price).toContain('50,000 円');
      expect(await page.locator('#total').textContent()).toBe('55,000 円');
      // the first invoice: initial fee 150,000 + the first month 50,000, tax 20,000
      expect(await page.locator('#first-month').textContent()).toBe('220,000 円');
      // from 2027-04 the announced tariff: 48,000 + 5,000 = 53,000, with tax 58,300
      expect(price).toContain('2027-04');
      expect(price).toContain('58,300 円');

      await page.click('button.preview[data-doc="quote"]');
      const src = await page.locator('iframe#pdf').getAttribute('src');
      expect(src).toMatch(/^\/preview\/[0-9a-f]+\/quote\.pdf$/);
      const quote = await page.request.get(new URL(src!, desk.url).toString());
      expect(quote.status()).toBe(200);
      const qt = (await pdfText(await quote.body())).text;
      expect(qt).toContain('株式会社南商事');
      expect(qt).toContain('220,000');
      expect(qt).toContain('150,000');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(SHOTS, 'desk-prospect.png'), fullPage: true });
      await page.click('button.preview[data-doc="application"]');
      const app = await page.request.get(new URL((await page.locator('iframe#pdf').getAttribute('src'))!, desk.url).toString());
      expect(app.status()).toBe(200);
      expect((await pdfText(await app.body())).text).toContain('株式会社南商事');

      await press(page, '#save');
      await poll(() => page.locator('#result').textContent()).toContain('prospects/minami-shoji.yaml に保存しました');
      const text = readFileSync(join(desk.root, 'prospects', 'minami-shoji.yaml'), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/prospect.schema.json');
      expect(text).not.toContain('servers');
      expect(text).not.toContain('monitoringConsent');
      expect(checkRootDiagnostics(desk.root).filter((d) => d.severity === 'error')).toEqual([]);

      // promoting before the application, the consent and the server are there: refused, said where, nothing written
      await press(page, '#promote');
      await poll(() => page.locator('#result').textContent()).toContain('顧客にできません');
      expect(await page.locator('#general').textContent()).toMatch(/appliedOn|申込日/);
      expect(existsSync(join(desk.root, 'customers', 'minami-shoji.yaml'))).toBe(false);
      expect(existsSync(join(desk.root, 'prospects', 'minami-shoji.yaml'))).toBe(true);

      // what promoting needs: the application date, the consent and the server
      await type('appliedOn', '2027-02-10');
      await type('monitoringConsent.agreedOn', '2027-02-10');
      await type('monitoringConsent.by', '北 花子');
      await type('servers.0.hostname', 'MNM-FS01');
      await page.selectOption('[name="servers.0.environment"]', 'on-premises');
      await type('servers.0.os', 'Windows Server 2022');
      await type('servers.0.vvaultVersion', '7.2');
      await type('servers.0.storage.0.path', 'E:\\');
      await settled(page);
      expect(await page.locator('.field.invalid').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'desk-promote.png'), fullPage: true });
      await press(page, '#promote');
      await poll(() => page.locator('#result').textContent()).toContain('customers/minami-shoji.yaml を作成しました');
      expect(existsSync(join(desk.root, 'prospects', 'minami-shoji.yaml'))).toBe(false);
      const customer = readFileSync(join(desk.root, 'customers', 'minami-shoji.yaml'), 'utf8');
      expect(customer.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/customer.schema.json');
      expect(customer).toContain('MNM-FS01');
      expect(checkRootDiagnostics(desk.root).filter((d) => d.severity === 'error')).toEqual([]);

      // the customer it became: its contract, downloaded, and its branch
      await page.click('#open-customer');
      await page.waitForSelector('#draft');
      await settled(page);
      expect(await page.locator('#total').textContent()).toBe('55,000 円');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.download[data-doc="contract"]')]);
      expect(download.suggestedFilename()).toBe('minami-shoji-contract.pdf');
      const saved = join(mkdtempSync(join(tmpdir(), 'vmsc-dl-')), 'c.pdf');
      await download.saveAs(saved);
      const ct = (await pdfText(readFileSync(saved))).text;
      expect(ct).toContain('株式会社南商事');
      expect(ct).toContain('55,000');
      await press(page, '#commit');
      await poll(() => page.locator('#result').textContent()).toContain('ブランチ desk/minami-shoji にコミットしました');
      expect(git(desk.root, 'show', 'desk/minami-shoji:customers/minami-shoji.yaml') + '\n').toBe(customer);
      expect(git(desk.root, 'ls-tree', '-r', '--name-only', 'desk/minami-shoji', 'prospects')).toBe('');
    },
    T,
  );

  const bad: Array<{ name: string; key: string; text: string; expect: RegExp }> = [
    { name: 'a 300-character name', key: 'legalName', text: '東'.repeat(300), expect: /200|長/ },
    { name: 'an emoji the font lacks', key: 'legalName', text: '株式会社😀', expect: /フォント|文字/ },
    { name: 'a start date of 2026-02-30', key: 'contract.billingStartsOn', text: '2026-02-30', expect: /日付/ },
    { name: 'a path in the id', key: 'id', text: '../../etc/passwd', expect: /英小文字/ },
    { name: 'a duplicate id', key: 'id', text: 'acme-logistics', expect: /すでにあります/ },
  ];
  for (const b of bad) {
    it(
      `refuses ${b.name} with a located Japanese message and writes nothing`,
      async () => {
        const before = readdirSync(join(desk.root, 'customers')).sort();
        const acme = readFileSync(join(desk.root, 'customers', 'acme-logistics.yaml'), 'utf8');
        await page.goto(new URL('/edit/customer/tokai-denki', desk.url).toString());
        await page.waitForSelector('#draft');
        await settled(page);
        // a copy of the saved customer under a new id, then the bad value
        await page.goto(new URL('/new/customer', desk.url).toString());
        await page.waitForSelector('#draft');
        await control(page, 'id').fill(b.key === 'id' ? '' : 'bad-input');
        if (b.key === 'id') await control(page, 'id').pressSequentially(b.text);
        else await control(page, b.key).fill(b.text);
        await settled(page);
        const f = field(page, b.key);
        await poll(() => f.locator('.msg').textContent()).toMatch(b.expect);
        if (b.name === 'a 300-character name') await page.screenshot({ path: join(SHOTS, 'desk-bad-input.png'), fullPage: true });
        page.once('dialog', () => undefined);
        await press(page, '#save');
        await poll(() => page.locator('#result').textContent()).not.toBe('');
        if (b.name === 'a duplicate id' && (await page.locator('dialog#confirm[open]').count()) > 0) await page.click('#confirm-no');
        expect(readdirSync(join(desk.root, 'customers')).sort()).toEqual(before);
        expect(readFileSync(join(desk.root, 'customers', 'acme-logistics.yaml'), 'utf8')).toBe(acme);
        expect(existsSync(join(desk.root, 'etc'))).toBe(false);
      },
      T,
    );
  }
});
