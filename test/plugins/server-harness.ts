// The real server factory on 127.0.0.1 with a small topology and the given plugins, for the plugin
// isolation and secrets tests: submit incidents over HTTP and wait for them as a client would.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type EngineOptions } from '../../src/engine/index.js';
import type { Logger } from '../../src/sdk/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

export const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [
    { id: 'victim', kind: 'service' },
    { id: 'bystander', kind: 'service' },
  ],
});

export interface Harness {
  url: string;
  server: CulpritServer;
  store: IncidentStore;
  dbFile: string;
  submit(entity: string): Promise<string>;
  /** GET the incident until it is completed or failed. */
  finished(id: string): Promise<IncidentBody>;
  close(): Promise<void>;
}

export interface IncidentBody {
  status: string;
  attempts: number;
  missing_evidence: { source: string; status: string; reason: string; code?: string; node?: string }[];
  [key: string]: unknown;
}

export async function startHarness(
  plugins: EngineOptions['plugins'],
  options: { collectorTimeoutMs?: number; logger?: Logger } = {},
): Promise<Harness> {
  const engine = await createEngine({
    topology: graph,
    rules: 'rules',
    plugins,
    limits: { collectorTimeoutMs: options.collectorTimeoutMs ?? 10_000, maxRetries: 0 },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const dbFile = join(mkdtempSync(join(tmpdir(), 'culprit-plugins-')), 'db.sqlite');
  const store = createSqliteStore({ path: dbFile });
  const server = await createServer({ engine, store, logLevel: 'silent', workers: 4 });
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    server,
    store,
    dbFile,
    async submit(entity) {
      const res = await fetch(`${url}/api/v1/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: `${entity} is failing`, entities: [entity] }),
      });
      if (res.status !== 202) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { incident_id: string }).incident_id;
    },
    async finished(id) {
      for (;;) {
        const body = (await (await fetch(`${url}/api/v1/incidents/${id}`)).json()) as IncidentBody;
        if (body.status === 'completed' || body.status === 'failed') return body;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await server.close({ timeoutMs: 2_000 });
      await engine.close();
      await store.close();
    },
  };
}
