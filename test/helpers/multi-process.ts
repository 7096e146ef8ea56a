// The multi-process kill scenario, for any store: 2 `culprit serve --workers 0` and 3 `culprit worker`
// processes share the store named by `store` (a SQLite path or a postgres:// URL); incidents go in
// through both APIs (half sent to both with one Idempotency-Key); workers are SIGKILLed mid-run and
// restarted. Returns what the APIs say at the end, for the caller to check.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { serveChild, waitFor } from './serve-child.js';

export interface MultiProcessResult {
  /** Distinct incidents the scenario meant to create. */
  count: number;
  /** Every 2xx answer: [request index, replica, incident id, status]. */
  accepted: { index: number; replica: number; id: string; status: number }[];
  /** Requests answered with something else than 202 (they must be none). */
  refused: { index: number; replica: number; status: number; body: string }[];
  /** For each keyed incident, the ids both replicas answered. */
  keyed: { key: string; ids: string[] }[];
  /** Every incident the API lists at the end. */
  listed: { incident_id: string; status: string; attempts: number }[];
  /** Workers killed with SIGKILL during the run. */
  kills: number;
  /** Per incident, how many report.ready events its stream holds. */
  reportsReady: Map<string, number>;
}

export interface MultiProcessOptions {
  /** A SQLite file path or a postgres:// URL. */
  store: string;
  /** Distinct incidents (half of them keyed, each keyed one sent to both replicas). */
  count: number;
  /** Each investigation's collector delay (default 100 ms). */
  delayMs?: number;
  children: ChildProcess[];
}

/** `culprit worker` as a child process on `store`, with a fixture plugin; resolves once it runs. */
export function workerChild(
  store: string,
  children: ChildProcess[],
  options: { plugin: string; env?: Record<string, string>; args?: string[] },
): Promise<{ child: ChildProcess; health: string }> {
  const child = spawn(
    process.execPath,
    [
      'dist/src/cli/main.js',
      'worker',
      '--store',
      store,
      '--port',
      '0',
      '--plugin',
      options.plugin,
      '--workers',
      '2',
      '--lease-ms',
      '1500',
      '--log-level',
      'warn',
      ...(options.args ?? []),
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /health on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, health: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${err}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

export async function runMultiProcessScenario(options: MultiProcessOptions): Promise<MultiProcessResult> {
  const { store, count, children } = options;
  const slow = {
    plugin: './test/fixtures/slow-plugin.mjs',
    env: { CULPRIT_TEST_DELAY_MS: String(options.delayMs ?? 100) },
  };
  const dir = mkdtempSync(join(tmpdir(), 'culprit-multi-'));
  // serve's fixture plugin must not block: its release file exists from the start.
  writeFileSync(join(dir, 'release'), 'go');
  const apiArgs = ['--workers', '0', '--store', store];
  // All five start together on a store that may not exist yet: each migration must run once.
  const [first, second, ...workers] = await Promise.all([
    serveChild(dir, children, apiArgs),
    serveChild(dir, children, apiArgs),
    ...[0, 1, 2].map(() => workerChild(store, children, slow)),
  ]);
  const apis = [first!.url, second!.url];

  const accepted: MultiProcessResult['accepted'] = [];
  const refused: MultiProcessResult['refused'] = [];
  const keyed: MultiProcessResult['keyed'] = [];
  const submit = async (index: number, replica: number, key?: string) => {
    const res = await fetch(`${apis[replica]}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ description: `cart is failing #${index}`, entities: ['cart'] }),
    });
    const text = await res.text();
    if (res.status !== 202) {
      refused.push({ index, replica, status: res.status, body: text });
      return undefined;
    }
    const id = (JSON.parse(text) as { incident_id: string }).incident_id;
    accepted.push({ index, replica, id, status: res.status });
    return id;
  };

  let kills = 0;
  const killRound = async (which: number[]) => {
    await Promise.all(
      which.map(async (w) => {
        await killed(workers[w]!.child);
        kills++;
        workers[w] = await workerChild(store, children, slow);
      }),
    );
  };
  // Two rounds: round one kills two workers, round two the third. A job is cut short at most once
  // per round, so no incident can exhaust its attempts (3) through the kills alone.
  const rounds: Record<number, number[]> = {
    [Math.floor(count / 3)]: [0, 1],
    [Math.floor((2 * count) / 3)]: [2],
  };
  const batch = 16;
  const restarts: Promise<void>[] = [];
  for (let start = 0; start < count; start += batch) {
    const round = Object.entries(rounds).find(([at]) => Number(at) >= start && Number(at) < start + batch);
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, async (_, j) => {
        const i = start + j;
        if (i % 2 === 0) {
          const key = `key-${i}`;
          const ids = await Promise.all([submit(i, 0, key), submit(i, 1, key)]);
          keyed.push({ key, ids: ids.filter((id): id is string => id !== undefined) });
        } else {
          await submit(i, i % 4 === 1 ? 0 : 1);
        }
      }),
    );
    // Kill right after a batch is queued, once the workers have had time to claim from it: a kill
    // between batches could find every worker idle (a fast run drained the queue) and cut nothing.
    if (round) {
      await new Promise((r) => setTimeout(r, 50));
      restarts.push(killRound(round[1]));
    }
  }
  await Promise.all(restarts);

  const distinct = new Set(accepted.map((a) => a.id)).size;
  await waitFor(
    async () => {
      const text = await (await fetch(`${apis[0]}/metrics`)).text();
      const n = (status: string) =>
        Number(new RegExp(`^culprit_incidents\\{status="${status}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
      return n('completed') + n('failed') >= distinct ? true : undefined;
    },
    60_000 + count * 200,
  );

  const listed: MultiProcessResult['listed'] = [];
  for (let cursor: string | null = null, replica = 0; ; replica = 1 - replica) {
    const url = `${apis[replica]}/api/v1/incidents?limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const page = (await (await fetch(url)).json()) as {
      items: MultiProcessResult['listed'];
      next_cursor: string | null;
    };
    listed.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  const reportsReady = new Map<string, number>();
  const ids = [...new Set(listed.map((l) => l.incident_id))];
  for (let i = 0; i < ids.length; i += 16) {
    await Promise.all(
      ids.slice(i, i + 16).map(async (id, j) => {
        const events = await (await fetch(`${apis[j % 2]}/api/v1/incidents/${id}/events`)).text();
        reportsReady.set(id, events.match(/event: report\.ready/g)?.length ?? 0);
      }),
    );
  }
  return { count, accepted, refused, keyed, listed, kills, reportsReady };
}

/** The checks of the scenario, whatever the store. */
export function expectExactlyOnce(r: MultiProcessResult): void {
  expect(r.refused).toEqual([]);
  expect(r.kills).toBe(3);
  // The same key sent to both replicas names one incident.
  for (const k of r.keyed) {
    expect(k.ids).toHaveLength(2);
    expect(new Set(k.ids).size, k.key).toBe(1);
  }
  const acceptedIds = new Set(r.accepted.map((a) => a.id));
  expect(acceptedIds.size).toBe(r.count);
  // Nothing lost, nothing extra: the store holds exactly the accepted incidents, each once.
  const listedIds = r.listed.map((l) => l.incident_id);
  expect(listedIds).toHaveLength(r.count);
  expect(new Set(listedIds)).toEqual(acceptedIds);
  expect(r.listed.filter((l) => l.status !== 'completed')).toEqual([]);
  // No incident ran more than its attempts; the kills did cut some investigations short.
  for (const l of r.listed) expect(l.attempts).toBeLessThanOrEqual(3);
  expect(r.listed.some((l) => l.attempts > 1)).toBe(true);
  // One report per incident (an attempt killed after streaming its report may leave one more event,
  // never more than one per attempt).
  for (const l of r.listed) {
    const ready = r.reportsReady.get(l.incident_id) ?? 0;
    expect(ready).toBeGreaterThanOrEqual(1);
    expect(ready).toBeLessThanOrEqual(l.attempts);
  }
}
