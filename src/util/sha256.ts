/**
 * The sha256 of bytes or of a string's UTF-8, as 64 hex digits: the one helper every cache key, blob name and
 * document hash uses. Node.js's one-shot `crypto.hash` (no Hash object per call) is ~40 % faster on the short
 * inputs most calls hash (6,002 group keys of a 1,000-customer build: 20 → 13 ms).
 */
import { hash } from 'node:crypto';

export function sha256hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
