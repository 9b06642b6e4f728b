/** `vmsc bill`: the invoices of one customer (第15条–第17条), as a table or JSON. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseChoice, parseMonth, parseToday, rootDir } from '../common.js';
import { BillingError, billedMonths, computeInvoice } from '../../billing/invoice.js';
import type { Invoice } from '../../billing/invoice.js';
import { CalendarRangeError } from '../../calendar/calendar.js';
import { formatYen } from '../../billing/money.js';

/** The JSON shape of `vmsc bill --format json` (issue 3 §5): exactly these keys, in this order. */
export interface InvoiceJson {
  customer: string;
  month: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  lines: { description: string; quantity: number; unitPrice: number; amount: number; taxCategory: string }[];
  subtotal: number;
  tax: number;
  nonTaxable: number;
  total: number;
}

export function invoiceJson(inv: Invoice): InvoiceJson {
  return {
    customer: inv.customer,
    month: inv.month,
    invoiceNumber: inv.invoiceNumber,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    lines: inv.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, taxCategory: l.taxCategory })),
    subtotal: inv.subtotal,
    tax: inv.tax,
    nonTaxable: inv.nonTaxable,
    total: inv.total,
  };
}

function num(n: number): string {
  return formatYen(n).replace('¥', '');
}

function category(c: string): string {
  return c === 'out-of-scope' ? 'n/a' : `${c.replace('standard-', '')}%`;
}

/** A plain-text invoice: numbers first (right-aligned), descriptions last, so wide characters never misalign. */
export function invoiceTable(inv: Invoice): string {
  const out: string[] = [];
  out.push(`請求書 ${inv.invoiceNumber}  ${inv.customer}  ${inv.month} (${inv.periodFrom} – ${inv.periodThrough})`);
  out.push(`  issue date ${inv.issueDate}  due date ${inv.dueDate}  tariff ${inv.tariffEffectiveFrom}  tax ${inv.taxRatePercent}%`);
  out.push(`  ${'qty'.padStart(4)} ${'unit price'.padStart(12)} ${'amount'.padStart(12)}  ${'tax'.padEnd(8)}description`);
  for (const l of inv.lines) {
    out.push(
      `  ${String(l.quantity).padStart(4)} ${num(l.unitPrice).padStart(12)} ${num(l.amount).padStart(12)}  ${category(l.taxCategory).padEnd(8)}${l.description}`,
    );
  }
  const row = (label: string, n: number) => `  ${''.padStart(4)} ${''.padStart(12)} ${num(n).padStart(12)}  ${label}`;
  for (const b of inv.taxBreakdown) {
    out.push(row(`subtotal, ${category(b.taxCategory)} (before tax)`, b.taxable));
    out.push(row(`consumption tax ${b.ratePercent}% (rounded down once)`, b.tax));
  }
  out.push(row('不課税 out of scope of consumption tax (late fees)', inv.nonTaxable));
  out.push(row('total', inv.total));
  for (const n of inv.notes) out.push(`  note: ${n}`);
  return out.join('\n') + '\n';
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('bill')
    .description("compute a customer's invoices (第15条–第17条): one month, or every billed month")
    .requiredOption('--customer <id>', 'customer id (the file name under customers/)')
    .option('--month <YYYY-MM>', 'billed month; default: every billed month')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--format <format>', 'table | json', 'table')
    .option('--today <date>', 'the date (YYYY-MM-DD, Japan) used by date-dependent warnings; default: today')
    .action(async (opts: { customer: string; month?: string; root?: string; format?: string; today?: string }) => {
      const format = parseChoice(opts.format, '--format', ['table', 'json'] as const, 'table');
      const month = opts.month === undefined ? undefined : parseMonth(opts.month);
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const { model } = await loadModel(io, root, today);
      const customer = model.customers.find((c) => c.id === opts.customer);
      if (!customer) {
        throw new CliError(
          {
            en: [`unknown customer ${JSON.stringify(opts.customer)}`, `customers in ${root}: ${model.customers.map((c) => c.id).join(', ') || '(none)'}`],
            ja: [`顧客 ${JSON.stringify(opts.customer)} はありません`, `${root} の顧客: ${model.customers.map((c) => c.id).join(', ') || '（なし）'}`],
          },
          1,
        );
      }
      let invoices: Invoice[];
      try {
        const months = month === undefined ? billedMonths(model, customer) : [month];
        if (months.length === 0) computeInvoice(model, customer, month ?? customer.establishedOn.slice(0, 7)); // throws the explanation
        invoices = months.map((m) => computeInvoice(model, customer, m));
      } catch (e) {
        if (e instanceof BillingError) throw new CliError(e.message, 1, e.hint || undefined);
        if (e instanceof CalendarRangeError) {
          throw new CliError(
            {
              en: [e.message, 'the due date needs the national holiday data for that year; update @holiday-jp/holiday_jp'],
              ja: [e.message, '支払期日の計算にはその年の祝日データが必要です。@holiday-jp/holiday_jp を更新してください'],
            },
            1,
          );
        }
        throw e;
      }
      if (format === 'json') {
        const data = month === undefined ? invoices.map(invoiceJson) : invoiceJson(invoices[0]!);
        io.stdout(JSON.stringify(data, null, 2) + '\n');
      } else {
        io.stdout(invoices.map(invoiceTable).join('\n'));
      }
      setExit(0);
    });
}
