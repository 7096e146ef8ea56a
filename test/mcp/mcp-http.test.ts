// The service's POST /mcp driven by the MCP SDK's StreamableHTTPClientTransport on loopback: refused
// without a key (401), working with one, investigate only with incidents:write, bad input refused by
// schema. Evidence comes from the real Kubernetes plugin against the fake API serving the demo shop.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPlugin } from '../../src/cli/builtin-plugin.js';
import { createEngine, type Engine } from '../../src/engine/index.js';
import { packagePath } from '../../src/schema/index.js';
import { createServer, type CulpritServer } from '../../src/server/index.js';
import { createSqliteStore, type IncidentStore } from '../../src/store/index.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster } from '../../src/testing/shop-cluster.js';

const READER = 'reader-key-0123456789abcdef';
const WRITER = 'writer-key-0123456789abcdef';
let kube: FakeKubernetes;
let engine: Engine;
let store: IncidentStore;
let server: CulpritServer;
let url: URL;
const clients: Client[] = [];

async function connect(key?: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(url, {
    ...(key ? { requestInit: { headers: { authorization: `Bearer ${key}` } } } : {}),
  });
  const client = new Client({ name: 'culprit-http-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}
const errorCode = (r: CallToolResult) => (r._meta?.['culprit/error'] as { code?: string } | undefined)?.code;

beforeAll(async () => {
  const now = new Date();
  const cluster = buildShopCluster({ fault: 'oom-killed', now });
  kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  engine = await createEngine({
    topology: [packagePath('knowledge-graph')],
    plugins: [
      {
        plugin: await loadBuiltinPlugin('kubernetes'),
        config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 3000 },
      },
    ],
  });
  store = createSqliteStore({ path: ':memory:' });
  server = await createServer({
    engine,
    store,
    logLevel: 'silent',
    apiKeys: [
      { name: 'reader', key: READER, scopes: ['incidents:read'] },
      { name: 'writer', key: WRITER, scopes: ['incidents:read', 'incidents:write'] },
    ],
  });
  url = new URL(`${await server.app.listen({ host: '127.0.0.1', port: 0 })}/mcp`);
}, 60_000);

afterAll(async () => {
  for (const c of clients) await c.close();
  await server?.close({ timeoutMs: 1_000 });
  await engine?.close();
  await store?.close();
  await kube?.close();
});

describe('POST /mcp on the service', () => {
  it('refuses a client without an API key (401 ERR_SERVER_UNAUTHORIZED)', async () => {
    const err = await connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StreamableHTTPError);
    expect((err as StreamableHTTPError).code).toBe(401);
    const raw = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(raw.status).toBe(401);
    expect(((await raw.json()) as { error: { code: string } }).error.code).toBe('ERR_SERVER_UNAUTHORIZED');
  });

  it('serves the tools to a key with incidents:read, which may not investigate', async () => {
    const client = await connect(READER);
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['investigate', 'get_incident', 'validate_rule_pack']));
    const components = (await client.callTool({ name: 'list_components', arguments: {} })) as CallToolResult;
    expect((components.structuredContent!.components as { id: string }[]).map((c) => c.id)).toContain(
      'redis-cart',
    );
    const inv = (await client.callTool({
      name: 'investigate',
      arguments: { description: 'checkout is failing' },
    })) as CallToolResult;
    expect(inv.isError).toBe(true);
    expect(errorCode(inv)).toBe('ERR_SERVER_FORBIDDEN');
    expect((await store.list()).items).toHaveLength(0);
  });

  it(
    'investigates through the service queue with a key with incidents:write',
    { timeout: 60_000 },
    async () => {
      const client = await connect(WRITER);
      const inv = (await client.callTool({
        name: 'investigate',
        arguments: { description: 'checkout is failing', entities: ['checkout'] },
      })) as CallToolResult;
      expect(inv.isError).toBeFalsy();
      expect(inv.structuredContent).toMatchObject({
        status: 'completed',
        source: 'mcp',
        root_cause: { component: 'redis-cart', cause: 'oom-killed' },
      });
      // An ordinary incident of the service: the REST API shows it.
      const id = inv.structuredContent!.incident_id as string;
      const rest = await fetch(new URL(`/api/v1/incidents/${id}`, url), { headers: { 'x-api-key': READER } });
      expect(((await rest.json()) as { suggested_root_cause: unknown }).suggested_root_cause).toEqual({
        component: 'redis-cart',
        cause: 'oom-killed',
      });
      const ex = (await client.callTool({
        name: 'explain_hypothesis',
        arguments: { incident_id: id, hypothesis: 'redis-cart/oom-killed' },
      })) as CallToolResult;
      expect(ex.structuredContent!.hypothesis).toMatchObject({ rank: 1 });
    },
  );

  it('refuses input that does not match the tool schema (-32602) and offers no GET stream (405)', async () => {
    const client = await connect(READER);
    const bad = (await client.callTool({
      name: 'list_incidents',
      arguments: { limit: 'many' },
    })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect(JSON.stringify(bad.content)).toContain('-32602');
    const get = await fetch(url, {
      headers: { authorization: `Bearer ${READER}`, accept: 'text/event-stream' },
    });
    expect(get.status).toBe(405);
  });
});
