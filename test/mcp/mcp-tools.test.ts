// The tool logic without a transport: the bounded wait of `investigate` (no worker: the incident is
// stored and answered as pending, to be polled) and explain_hypothesis before a report exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { isCulpritError } from '../../src/errors/index.js';
import { explainHypothesisTool, investigateTool, type McpDeps } from '../../src/mcp/mcp-tools.js';
import { packagePath } from '../../src/schema/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';

let engine: Engine;
let store: IncidentStore;
let deps: McpDeps;
let wakes = 0;

beforeAll(async () => {
  engine = await createEngine({ topology: [packagePath('knowledge-graph')] });
  store = createSqliteStore({ path: ':memory:' });
  deps = { engine, store, wake: () => void wakes++, investigateWaitMs: 50, pollMs: 10 };
});

afterAll(async () => {
  await engine.close();
  await store.close();
});

describe('mcp tools', () => {
  it('investigate stores and queues the incident, and answers pending when the wait bound passes', async () => {
    const { structured, summary } = await investigateTool(deps, {
      description: 'checkout is failing',
      entities: ['checkout'],
      time: '2026-12-01T10:00:00+01:00',
    });
    expect(structured).toMatchObject({
      status: 'pending',
      source: 'mcp',
      conclusive: null,
      root_cause: null,
    });
    expect(summary).toContain(structured.incident_id);
    expect(wakes).toBe(1);
    const record = await store.get(structured.incident_id);
    expect(record?.incident.createdAt).toBe('2026-12-01T09:00:00.000Z');
    expect(record?.incident.entities.map((e) => e.node)).toContain('checkout');

    const err = await explainHypothesisTool(deps, {
      incident_id: structured.incident_id,
      hypothesis: 1,
    }).catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_MCP_NO_REPORT');
  });

  it('investigate is refused without the write scope, storing nothing', async () => {
    const before = (await store.list()).items.length;
    const err = await investigateTool(
      { ...deps, canInvestigate: false },
      { description: 'cart is slow' },
    ).catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_SERVER_FORBIDDEN');
    expect((await store.list()).items).toHaveLength(before);
  });
});
