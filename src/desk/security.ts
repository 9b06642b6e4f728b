/**
 * Who may talk to the desk. A random session token (in the printed URL, then an HttpOnly SameSite=Strict
 * cookie) on every request; the Host header must name the address the desk listens on (a page of another
 * site that makes its own name resolve to 127.0.0.1 — DNS rebinding — sends its own name), and an Origin
 * header, when a browser sends one, must be the desk's own. Writes also need the CSRF value (the server's
 * @fastify/csrf-protection).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'vmsc_desk_session';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** the same token, compared in constant time */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/** the Host header values the desk answers: the loopback names, and the --host given */
export function allowedHosts(host: string, port: number): string[] {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  names.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  return [...names].map((n) => `${n}:${port}`);
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function hostAllowed(header: string | undefined, allowed: readonly string[]): boolean {
  return header !== undefined && allowed.includes(header.toLowerCase());
}

/** no Origin (a plain navigation or a non-browser client) is fine; a foreign one is not */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowed.some((h) => origin.toLowerCase() === `http://${h}`);
}
