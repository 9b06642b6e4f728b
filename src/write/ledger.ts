/**
 * The delivery ledger: an append-only JSONL file per revision under the state folder
 * (`<root>/.vmsc-state/send/<revision>.jsonl`; work-completion mails: `send/work.jsonl`), one record per line; a record is written and fsync'd before
 * the sender goes on with that message (group commit: one fsync may cover records of several connections). It is what makes `vmsc send` exactly-once across crashes and reruns:
 *
 *   attempt   written BEFORE a message's SMTP transaction starts
 *   accepted  written right AFTER the server's 250 reply to the end of DATA
 *   deferred  a temporary failure (4xx reply, dropped connection, timeout): retried with backoff
 *   failed    a permanent failure (5xx reply) or retries exhausted; the server's reply is kept
 *
 * A customer's state is decided by its last record: accepted → never sent again; attempt (with no record after
 * it) → "in doubt": the process died between starting the transaction and recording the reply, so the server
 * may or may not hold the message. See docs/notices.md for how in-doubt entries are treated.
 *
 * A torn last line (the process died inside write()) is ignored; any other unreadable line is an error.
 */
import { fsync } from 'node:fs';
import { closeSync, fsyncSync, truncateSync, mkdirSync, openSync, readFileSync, writeSync, existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type RecordType = 'attempt' | 'accepted' | 'deferred' | 'failed';

export interface LedgerRecord {
  type: RecordType;
  /** the revision id, or `work` for work-completion mails */
  revision: string;
  customer: string;
  /** the work order of a work-completion mail (absent for a notice) */
  workOrder?: string;
  /** the message's Date: in Japan time, `2027-01-15T10:00:00+09:00` (a resend in doubt reuses it) */
  sentAt?: string;
  /** the deadline the message states (cancellation notice, or 瑕疵確認期限), a civil date */
  deadline?: string;
  messageId: string;
  /** sha256 of the .eml bytes sent */
  sha256: string;
  /** envelope recipients */
  recipients: string[];
  /** 1-based try number within one run */
  try: number;
  /** ISO instant (the ledger is state, not output: the clock is allowed here) */
  at: string;
  /** the server's reply, for accepted/deferred/failed */
  response?: string;
  /** SMTP reply code when there was one */
  code?: number;
  /** recipients the server refused while accepting the message for the others */
  rejected?: string[];
  /** process id of the sender */
  pid: number;
}

export type CustomerState = 'new' | 'accepted' | 'in-doubt' | 'deferred' | 'failed';

export interface CustomerLedgerState {
  state: CustomerState;
  last?: LedgerRecord;
  /** the record of the acceptance, when accepted */
  accepted?: LedgerRecord;
  attempts: number;
}

export class LedgerError extends Error {}

export function ledgerPath(stateDir: string, revision: string): string {
  return join(stateDir, 'send', `${revision}.jsonl`);
}

export function readLedger(path: string): LedgerRecord[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const out: LedgerRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as LedgerRecord);
    } catch {
      if (i === lines.length - 1) break; // torn final write: the record never happened
      throw new LedgerError(`${path}:${i + 1}: unreadable ledger line`);
    }
  }
  return out;
}

/** a record's message key: the customer for a notice, `<customer>/<work order>` for a work-completion mail */
export function recordKey(r: Pick<LedgerRecord, 'customer' | 'workOrder'>): string {
  return r.workOrder === undefined ? r.customer : `${r.customer}/${r.workOrder}`;
}

/** Each message's state (by recordKey) from the records, in order. */
export function ledgerStates(records: readonly LedgerRecord[]): Map<string, CustomerLedgerState> {
  const m = new Map<string, CustomerLedgerState>();
  for (const r of records) {
    const key = recordKey(r);
    const s = m.get(key) ?? { state: 'new', attempts: 0 };
    if (s.state === 'accepted') continue; // accepted is final
    s.last = r;
    if (r.type === 'attempt') {
      s.attempts++;
      s.state = 'in-doubt';
    } else if (r.type === 'accepted') {
      s.state = 'accepted';
      s.accepted = r;
    } else if (r.type === 'deferred') {
      s.state = 'deferred';
    } else {
      s.state = 'failed';
    }
    m.set(key, s);
  }
  return m;
}

/** An open ledger: append() returns once the record is on disk. */
export class Ledger {
  private fd: number;
  private readonly lockPath: string;

  private constructor(
    readonly path: string,
    fd: number,
    lockPath: string,
  ) {
    this.fd = fd;
    this.lockPath = lockPath;
  }

  /**
   * Opens (creating) the ledger for appending and takes `<ledger>.lock` (pid inside). A lock left by a process
   * that is gone is taken over; a live one is an error (two senders must never run for the same revision).
   */
  static open(path: string): Ledger {
    mkdirSync(dirname(path), { recursive: true });
    const lockPath = `${path}.lock`;
    for (let i = 0; ; i++) {
      try {
        writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || i > 0) throw new LedgerError(`cannot lock ${lockPath}: ${(e as Error).message}`);
        const pid = Number(readFileSync(lockPath, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
          throw new LedgerError(`another vmsc send (pid ${pid}) holds ${lockPath}`);
        }
        unlinkSync(lockPath); // stale: its process is gone
      }
    }
    // a torn last record (the previous run died inside write()) is cut off, so that the next record starts on
    // a line of its own; the record never happened (its outcome is unknown, like an attempt without a reply)
    if (existsSync(path)) {
      const bytes = readFileSync(path);
      if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) {
        truncateSync(path, bytes.lastIndexOf(0x0a) + 1);
      }
    }
    const fd = openSync(path, 'a');
    fsyncSync(fd);
    fsyncDir(dirname(path));
    return new Ledger(path, fd, lockPath);
  }

  private pending: Array<{ line: string; resolve: () => void; reject: (e: Error) => void }> = [];
  private flushing = false;

  /**
   * Resolves once the record is on disk (written and fsync'd). Group commit: records appended while an fsync
   * is running are written together and covered by the next fsync, so parallel connections do not queue
   * behind one another's fsync, and still no caller goes on before its own record is durable.
   */
  append(r: LedgerRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(r)}\n`, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        writeSync(this.fd, batch.map((b) => b.line).join(''));
        await new Promise<void>((res, rej) => fsync(this.fd, (e) => (e ? rej(e) : res())));
        for (const b of batch) b.resolve();
      } catch (e) {
        for (const b of batch) b.reject(e as Error);
      }
    }
    this.flushing = false;
  }

  /** call after every append() has resolved */
  close(): void {
    if (this.fd < 0) return;
    if (this.pending.length > 0 || this.flushing) throw new Error('internal: ledger closed with records not yet on disk');
    closeSync(this.fd);
    this.fd = -1;
    try {
      unlinkSync(this.lockPath);
    } catch {
      /* already gone */
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems do not allow it; the file's own fsync still holds */
  }
}
