/**
 * A readable text of an .eml file for the diffs of `vmsc plan` (review.ts in this folder): the address and subject headers with encoded words
 * decoded, then each text part decoded (base64 / quoted-printable), attachments as one line each.
 * Not a general MIME parser: enough for the mails vmsc itself writes (nodemailer's output).
 */

function decodeWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g, (_m, charset: string, enc: string, text: string) => {
    const bytes =
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          );
    return /^utf-?8$/i.test(charset) ? bytes.toString('utf8') : bytes.toString('latin1');
  });
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut < 0 ? text : text.slice(0, cut);
  const body = cut < 0 ? '' : text.slice(cut + 2);
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split('\n')) {
    if (/^\s/.test(line) && last) headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
    else {
      const i = line.indexOf(':');
      if (i > 0) {
        last = line.slice(0, i).trim().toLowerCase();
        headers.set(last, line.slice(i + 1).trim());
      }
    }
  }
  return { headers, body };
}

function param(value: string, name: string): string | undefined {
  const m = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(value);
  return m?.[1];
}

function decodeBody(p: Part): string {
  const enc = (p.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(p.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = Buffer.from(
      p.body.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    );
    return bytes.toString('utf8');
  }
  return p.body;
}

function walk(p: Part, out: string[]): void {
  const type = p.headers.get('content-type') ?? 'text/plain';
  const boundary = /^multipart\//i.test(type) ? param(type, 'boundary') : undefined;
  if (boundary) {
    const parts: Part[] = [];
    for (const c of p.body.split(`--${boundary}`).slice(1)) {
      if (c.startsWith('--')) break;
      parts.push(parsePart(c.replace(/^\n/, '')));
    }
    // alternatives: the plain text says it all (the HTML twin would double the diff)
    const plain = /^multipart\/alternative/i.test(type) ? parts.find((x) => /^text\/plain/i.test(x.headers.get('content-type') ?? 'text/plain')) : undefined;
    for (const x of plain ? [plain] : parts) walk(x, out);
    return;
  }
  const disposition = p.headers.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(type, 'name');
  if (/^text\//i.test(type) && !/attachment/i.test(disposition)) {
    out.push(`--- ${type.split(';')[0]} ---`, decodeBody(p).replace(/\r\n/g, '\n').trimEnd());
  } else {
    const size =
      p.headers.get('content-transfer-encoding')?.toLowerCase() === 'base64' ? Buffer.from(p.body.replace(/\s+/g, ''), 'base64').byteLength : p.body.length;
    out.push(`--- attachment ${filename ? decodeWords(filename) : '(unnamed)'} (${type.split(';')[0]}, ${size} bytes) ---`);
  }
}

const SHOWN: [string, string][] = [
  ['from', 'From'],
  ['to', 'To'],
  ['cc', 'Cc'],
  ['bcc', 'Bcc'],
  ['reply-to', 'Reply-To'],
  ['subject', 'Subject'],
  ['date', 'Date'],
  ['message-id', 'Message-ID'],
];

export function emlText(raw: string): string {
  const top = parsePart(raw);
  const out: string[] = [];
  for (const [h, label] of SHOWN) {
    const v = top.headers.get(h);
    if (v !== undefined) out.push(`${label}: ${decodeWords(v)}`);
  }
  out.push('');
  walk(top, out);
  return out.join('\n') + '\n';
}
