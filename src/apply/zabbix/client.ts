/**
 * A Zabbix 6.0 JSON-RPC client (`<url>/api_jsonrpc.php`): login by user name and password (`user.login` takes
 * `username` since 5.4) or an API token, each call as one POST. Failures are `ZabbixError`s with a sentence a
 * person can act on (unreachable, not a Zabbix API, login refused, the API's own error for a method).
 */

export class ZabbixError extends Error {}

interface RpcAnswer {
  result?: unknown;
  error?: { code: number; message: string; data?: string };
}

export type Credentials = { user: string; password: string } | { token: string };

export interface ZabbixClient {
  readonly url: string;
  call<T>(method: string, params: unknown): Promise<T>;
  close(): Promise<void>;
}

/** `https://zabbix.example.jp` or `…/api_jsonrpc.php` → the API endpoint */
export function apiEndpoint(url: string): string {
  const u = url.replace(/\/+$/, '');
  return u.endsWith('/api_jsonrpc.php') ? u : `${u}/api_jsonrpc.php`;
}

const NO_AUTH = new Set(['apiinfo.version', 'user.login']);

async function post(endpoint: string, method: string, params: unknown, auth: string | undefined, id: number): Promise<unknown> {
  const body: Record<string, unknown> = { jsonrpc: '2.0', method, params, id };
  if (auth !== undefined && !NO_AUTH.has(method)) body['auth'] = auth;
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json-rpc' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    throw new ZabbixError(`cannot reach ${endpoint}: ${cause ?? (e as Error).message}`);
  }
  const text = await res.text();
  let answer: RpcAnswer;
  try {
    answer = JSON.parse(text) as RpcAnswer;
  } catch {
    throw new ZabbixError(`${endpoint} is not a Zabbix API (HTTP ${res.status}, answered: ${text.slice(0, 200).replace(/\s+/g, ' ')})`);
  }
  if (answer.error) {
    const { message, data } = answer.error;
    if (method === 'user.login') throw new ZabbixError(`login to ${endpoint} refused: ${data ?? message}`);
    throw new ZabbixError(`Zabbix API error in ${method}: ${message}${data ? ` ${data}` : ''}`);
  }
  return answer.result;
}

export async function connect(url: string, credentials: Credentials): Promise<ZabbixClient> {
  const endpoint = apiEndpoint(url);
  let id = 0;
  const version = await post(endpoint, 'apiinfo.version', {}, undefined, ++id);
  if (typeof version !== 'string' || !/^6\.0\./.test(version)) {
    throw new ZabbixError(`${endpoint} is Zabbix ${String(version)}; vmsc apply zabbix supports Zabbix 6.0`);
  }
  let auth: string;
  let session = false;
  if ('token' in credentials) auth = credentials.token;
  else {
    const r = await post(endpoint, 'user.login', { username: credentials.user, password: credentials.password }, undefined, ++id);
    if (typeof r !== 'string') throw new ZabbixError(`login to ${endpoint}: unexpected answer`);
    auth = r;
    session = true;
  }
  return {
    url: endpoint,
    call: async <T>(method: string, params: unknown) => (await post(endpoint, method, params, auth, ++id)) as T,
    close: async () => {
      if (session) await post(endpoint, 'user.logout', [], auth, ++id).catch(() => undefined);
    },
  };
}
