// Every log line of an investigation started over HTTP carries the incident_id and the request_id
// of the request that submitted it, even though the investigation runs later from the queue.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, createLogger } from '../../src/engine/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

const lines: Record<string, unknown>[] = [];
let server: CulpritServer | undefined;
let store: IncidentStore;
afterAll(async () => server?.close({ timeoutMs: 2_000 }));

describe('log correlation', () => {
  it('investigation lines carry request_id and incident_id', async () => {
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
            lines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    });
    const engine = await createEngine({ topology: 'knowledge-graph', rules: 'rules', logger });
    store = createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'culprit-logs-')), 'db.sqlite') });
    server = await createServer({ engine, store, logLevel: 'silent' });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ description: 'checkout is failing with 500s' }),
    });
    const id = (res.json() as { incident_id: string }).incident_id;
    let record = await store.get(id);
    for (let i = 0; i < 200 && record?.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      record = await store.get(id);
    }
    expect(record?.status).toBe('completed');
    const requestId = record!.incident.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const mine = lines.filter((l) => l.incident_id === id);
    expect(mine.length, JSON.stringify(lines.slice(0, 5))).toBeGreaterThan(0);
    expect(mine.filter((l) => l.request_id !== requestId)).toEqual([]);
    expect(mine.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['investigation started', 'scope resolved', 'report ready']),
    );
  });
});
