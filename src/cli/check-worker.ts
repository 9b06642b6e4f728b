/**
 * Worker thread for `vmsc check` on large roots: load + schema of a batch of files (pure: it receives bytes,
 * never touches the disk) and returns one JSON line per file (the same text the check cache stores).
 */
import { parentPort } from 'node:worker_threads';
import { fileResult } from '../validate/file.js';

export interface WorkerRequest {
  id: number;
  files: Array<{ path: string; bytes: Uint8Array }>;
}
export interface WorkerResponse {
  id: number;
  /** JSON of a FileResult, one per file, in request order */
  results: string[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.files.map((f) => JSON.stringify(fileResult(f)));
  const res: WorkerResponse = { id: req.id, results };
  parentPort?.postMessage(res);
});
