// The API side of the SQLite writer thread: sends each group of accepts to it and settles the group
// with the outcomes it sends back once committed. Coded errors are rebuilt from the catalogue.
// The thread keeps the process alive only while a group is in flight.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createError, type ErrorCode } from '../errors/index.js';
import type { Accept, Accepted, Outcome } from './sqlite-accept.js';

export interface WriterSetup {
  path: string;
  busyTimeoutMs: number;
}
export type WriterRequest = { id: number; group: Accept[]; close?: false } | { id: number; close: true };
interface SerializedError {
  code: string;
  details: Record<string, unknown>;
  cause?: { message: string; code: unknown };
}
export type WriterReply =
  | { id: number; outcomes: ({ ok: true; value: Accepted } | { ok: false; error: SerializedError })[] }
  | { id: number; failed: SerializedError };

export interface WriterThread {
  commit(group: Accept[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

// Run from the TypeScript sources (tests, benchmarks), the thread registers tsx before loading its
// entry; the built package starts the compiled entry directly. (import(), not require: the code is
// evaluated as ESM when the parent runs with --input-type=module.)
const FROM_SOURCE = `
import('node:worker_threads').then(async ({ workerData }) => {
  (await import(workerData.tsx)).register();
  await import(workerData.entry);
});`;

export function startWriterThread(setup: WriterSetup): WriterThread {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./sqlite-writer-entry.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const worker = fromSource
    ? new Worker(FROM_SOURCE, { eval: true, workerData: { ...setup, entry: entry.href, tsx: tsxApi() } })
    : new Worker(entry, { workerData: setup, execArgv: fileExecArgv() });
  worker.unref();
  const waiting = new Map<number, { resolve(reply: WriterReply): void; reject(err: unknown): void }>();
  let next = 1;
  let broken: unknown;

  const fail = (err: unknown) => {
    broken ??= err;
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
    worker.unref();
  };
  worker.on('message', (reply: WriterReply) => {
    if (reply.id === 0 && 'failed' in reply) return fail(rebuild(reply.failed));
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    w?.resolve(reply);
  });
  worker.on('error', (err) =>
    fail(createError('ERR_STORE_UNAVAILABLE', { reason: `writer thread: ${err.message}` }, { cause: err })),
  );
  worker.on('exit', () => fail(createError('ERR_STORE_UNAVAILABLE', { reason: 'writer thread exited' })));

  const send = (request: WriterRequest) =>
    new Promise<WriterReply>((resolve, reject) => {
      if (broken) return reject(broken);
      waiting.set(request.id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });

  return {
    async commit(group) {
      const reply = await send({ id: next++, group });
      if ('failed' in reply) throw rebuild(reply.failed);
      return reply.outcomes.map((o) => (o.ok ? o : { ok: false, error: rebuild(o.error) }));
    },
    async close() {
      if (!broken) await send({ id: next++, close: true }).catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** The parent's flags minus --input-type, which Node refuses for a thread started from a file. */
function fileExecArgv(): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) out.push(arg);
  }
  return out;
}

function tsxApi(): string {
  const dir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(dir, 'dist/esm/api/index.mjs')).href;
}

function rebuild(e: SerializedError) {
  const cause = e.cause && Object.assign(new Error(e.cause.message), { code: e.cause.code });
  return createError(e.code as ErrorCode, e.details, cause ? { cause } : {});
}
