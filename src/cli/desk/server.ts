/**
 * The desk's HTTP server (Fastify): the security checks of src/desk/security.ts on every request, the CSRF
 * check (@fastify/csrf-protection, the value in the page's meta tag, sent back as x-csrf-token) on every write,
 * and one route per method of `Desk` (src/desk/desk.ts).
 */
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import { Desk } from '../../desk/desk.js';
import type { DeskHost, DeskResponse, DraftRequest } from '../../desk/desk.js';
import { SESSION_COOKIE, allowedHosts, hostAllowed, originAllowed, sameToken } from '../../desk/security.js';
import { messagePage } from '../../desk/pages.js';
import { UI } from '../../desk/ui.js';

export interface DeskServer {
  url: string;
  /** the URL with the token: what the salesperson opens */
  tokenUrl: string;
  port: number;
  close(): Promise<void>;
}

const TYPES = { html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8', pdf: 'application/pdf' } as const;
const STATIC: Record<string, { template?: string; font?: string; type: string }> = {
  'desk.js': { template: 'desk/desk.js', type: 'text/javascript; charset=utf-8' },
  'desk.css': { template: 'desk/desk.css', type: 'text/css; charset=utf-8' },
  'BIZUDPGothic-Regular.ttf': { font: 'BIZUDPGothic-Regular.ttf', type: 'font/ttf' },
  'BIZUDPGothic-Bold.ttf': { font: 'BIZUDPGothic-Bold.ttf', type: 'font/ttf' },
};

function send(reply: FastifyReply, r: DeskResponse): FastifyReply {
  reply.code(r.status).type(TYPES[r.type]).header('cache-control', 'no-store');
  if (r.filename) reply.header('content-disposition', `attachment; filename="${r.filename}"`);
  return reply.send(typeof r.body === 'string' ? r.body : Buffer.from(r.body));
}

function forbidden(req: FastifyRequest, reply: FastifyReply, text: string): FastifyReply {
  const api = req.url.startsWith('/api/');
  return reply
    .code(403)
    .type(api ? TYPES.json : TYPES.html)
    .send(api ? JSON.stringify({ error: text }) : messagePage(text));
}

export async function startDeskServer(opts: { host: DeskHost; bind: string; port: number; token: string }): Promise<DeskServer> {
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 1 << 20 });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: 'vmsc_desk_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: (req) => {
      const v = req.headers['x-csrf-token'];
      return typeof v === 'string' ? v : undefined;
    },
  });
  let allowed: string[] = [];
  app.addHook('onRequest', async (req, reply) => {
    if (!hostAllowed(req.headers.host, allowed)) return forbidden(req, reply, UI.badHost);
    const origin = req.headers.origin;
    if (!originAllowed(typeof origin === 'string' ? origin : undefined, allowed)) return forbidden(req, reply, UI.badHost);
    const url = new URL(req.url, 'http://desk');
    const given = url.searchParams.get('token') ?? undefined;
    if (given !== undefined && sameToken(given, opts.token)) {
      reply.setCookie(SESSION_COOKIE, opts.token, { path: '/', httpOnly: true, sameSite: 'strict' });
      if (req.method === 'GET') {
        url.searchParams.delete('token');
        return reply.redirect(`${url.pathname}${url.search}`, 303);
      }
      return undefined;
    }
    if (!sameToken(req.cookies[SESSION_COOKIE], opts.token)) return forbidden(req, reply, UI.forbidden);
    return undefined;
  });
  app.setErrorHandler((err: { statusCode?: number; code?: string }, req, reply) => {
    if (err.statusCode === 403) return forbidden(req, reply, UI.forbiddenCsrf);
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    return reply
      .code(status)
      .type(TYPES.json)
      .send(JSON.stringify({ error: UI.generalError }));
  });

  const desk = new Desk(opts.host);
  const withReply = async (reply: FastifyReply, f: (d: Desk) => Promise<DeskResponse> | DeskResponse) => send(reply, await f(desk));

  const write = { onRequest: app.csrfProtection };
  app.get('/', (_req, reply) => withReply(reply, (d) => d.list(reply.generateCsrf())));
  app.get<{ Params: { kind: string } }>('/new/:kind', (req, reply) => withReply(reply, (d) => d.form(req.params.kind, undefined, reply.generateCsrf())));
  app.get<{ Params: { kind: string; id: string } }>('/edit/:kind/:id', (req, reply) =>
    withReply(reply, (d) => d.form(req.params.kind, req.params.id, reply.generateCsrf())),
  );
  app.get<{ Params: { key: string; doc: string }; Querystring: { download?: string } }>('/preview/:key/:doc', (req, reply) =>
    withReply(reply, (d) => d.preview(req.params.key, req.params.doc.replace(/\.pdf$/, ''), req.query.download === '1')),
  );
  app.get<{ Params: { name: string } }>('/static/:name', (req, reply) => {
    const s = STATIC[req.params.name];
    if (!s) return send(reply, { status: 404, type: 'html', body: messagePage(UI.notFound) });
    const assets = opts.host.assets();
    const body = s.template ? assets.templates.get(s.template) : assets.fonts.get(s.font!);
    if (body === undefined) return send(reply, { status: 404, type: 'html', body: messagePage(UI.notFound) });
    return reply
      .type(s.type)
      .header('cache-control', 'private, max-age=3600')
      .send(typeof body === 'string' ? body : Buffer.from(body));
  });
  app.post<{ Body: DraftRequest }>('/api/check', write, (req, reply) => withReply(reply, (d) => d.validate(draftOf(req.body))));
  app.post<{ Body: DraftRequest & { overwrite?: boolean } }>('/api/save', write, (req, reply) =>
    withReply(reply, (d) => d.save({ ...draftOf(req.body), overwrite: req.body?.overwrite === true })),
  );
  app.post<{ Body: DraftRequest }>('/api/promote', write, (req, reply) => withReply(reply, (d) => d.promote(draftOf(req.body))));
  app.post<{ Body: { kind: string; id: string } }>('/api/commit', write, (req, reply) =>
    withReply(reply, (d) => d.commit({ kind: String(req.body?.kind ?? ''), id: String(req.body?.id ?? '') })),
  );

  await app.listen({ host: opts.bind, port: opts.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  allowed = allowedHosts(opts.bind, port);
  const shown = opts.bind.includes(':') ? `[${opts.bind}]` : opts.bind;
  const url = `http://${shown}:${port}/`;
  return { url, tokenUrl: `${url}?token=${opts.token}`, port, close: () => app.close() };
}

/** the body of a draft request, with only the expected shapes kept */
function draftOf(body: unknown): DraftRequest {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const values: DraftRequest['values'] = {};
  const v = typeof b['values'] === 'object' && b['values'] !== null ? (b['values'] as Record<string, unknown>) : {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string') values[k] = x;
    else if (Array.isArray(x)) values[k] = x.filter((i): i is string => typeof i === 'string');
  }
  const r: DraftRequest = { kind: typeof b['kind'] === 'string' ? b['kind'] : '', values };
  if (typeof b['original'] === 'string' && b['original'] !== '') r.original = b['original'];
  return r;
}
