// `culprit mcp` as an AI assistant runs it: the built command spawned by the MCP SDK's own client
// over stdio, against the demo shop served by the fake Kubernetes API (`culprit demo --serve-cluster`).
// Every tool is called; results are checked by ids and codes. docs/mcp.md must document every tool.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('dist/src/cli/main.js');
let demo: ChildProcess | undefined;
let client: Client;
let stderr: () => string = () => '';
let tools: Tool[] = [];
let kubeconfig = '';

type Structured = Record<string, unknown>;
async function call(name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  return {
    result,
    data: result.structuredContent as Structured,
    text: result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n'),
  };
}
const errorCode = (r: CallToolResult) => (r._meta?.['culprit/error'] as { code?: string } | undefined)?.code;

/** Spawns the built `culprit mcp` against the demo cluster, connected to the SDK's client. */
async function startMcp(args: string[]): Promise<{ client: Client; stderr: () => string }> {
  let text = '';
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', '--kubeconfig', kubeconfig, ...args],
    // A HOME without ~/.kube/config and no KUBECONFIG: only the cluster the test passes is read.
    env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(join(tmpdir(), 'culprit-home-')) },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => void (text += d.toString()));
  const c = new Client({ name: 'culprit-test', version: '1.0.0' });
  await c.connect(transport);
  return { client: c, stderr: () => text };
}

beforeAll(async () => {
  expect(existsSync(BIN), 'npm test builds dist/ first').toBe(true);
  demo = spawn(process.execPath, [BIN, 'demo', '--serve-cluster'], { stdio: ['ignore', 'pipe', 'ignore'] });
  kubeconfig = await new Promise<string>((done, fail) => {
    let out = '';
    demo!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    demo!.on('exit', (code) => fail(new Error(`demo --serve-cluster exited (${code})`)));
  });
  ({ client, stderr } = await startMcp(['--topology', resolve('knowledge-graph')]));
  tools = (await client.listTools()).tools;
}, 60_000);

afterAll(async () => {
  await client?.close();
  demo?.kill('SIGTERM');
});

describe('culprit mcp over stdio', () => {
  it('lists the seven tools, each with an input and an output schema, and the two resources', async () => {
    expect(tools.map((t) => t.name).sort()).toEqual([
      'component_neighbourhood',
      'explain_hypothesis',
      'get_incident',
      'investigate',
      'list_components',
      'list_incidents',
      'validate_rule_pack',
    ]);
    for (const t of tools) {
      expect(t.inputSchema.type, t.name).toBe('object');
      expect(t.outputSchema?.type, t.name).toBe('object');
      // Read-only by construction: only investigate may change anything (it creates an incident).
      expect(t.annotations?.readOnlyHint, t.name).toBe(t.name !== 'investigate');
    }
    const resources = (await client.listResources()).resources.map((r) => r.uri).sort();
    expect(resources).toEqual(['culprit://rule-packs', 'culprit://topology']);
    // Logs go to stderr only; stdout carried nothing but the protocol (or the client would have failed).
    expect(stderr()).toMatch(/culprit mcp: serving \d+ components on stdio/);
  });

  it('reads the topology and rule-pack resources as JSON', async () => {
    const topo = await client.readResource({ uri: 'culprit://topology' });
    const graph = JSON.parse((topo.contents[0] as { text: string }).text) as {
      components: { id: string }[];
      edges: { from: string; to: string; type: string }[];
    };
    expect(graph.components.map((c) => c.id)).toContain('redis-cart');
    expect(graph.edges).toContainEqual({ from: 'cart', to: 'redis-cart', type: 'depends-on' });
    const packs = await client.readResource({ uri: 'culprit://rule-packs' });
    const doc = JSON.parse((packs.contents[0] as { text: string }).text) as {
      packs: { name: string; rules: { id: string }[] }[];
    };
    expect(doc.packs.map((p) => p.name)).toEqual(expect.arrayContaining(['core', 'kubernetes']));
    expect(doc.packs.find((p) => p.name === 'kubernetes')!.rules.map((r) => r.id)).toContain('oom-killed');
  });

  it('lists components and a component neighbourhood (callers and dependencies)', async () => {
    const list = await call('list_components', { kind: 'cache' });
    const ids = (list.data.components as { id: string }[]).map((c) => c.id);
    expect(ids).toContain('redis-cart');
    const n = await call('component_neighbourhood', { component: 'cart', depth: 1 });
    expect(n.result.isError).toBeFalsy();
    expect(n.data.dependencies).toContainEqual({ id: 'redis-cart', distance: 1 });
    expect((n.data.dependents as { id: string }[]).map((d) => d.id)).toContain('checkout');
    const unknown = await call('component_neighbourhood', { component: 'no-such-thing' });
    expect(unknown.result.isError).toBe(true);
    expect(errorCode(unknown.result)).toBe('ERR_ENGINE_UNKNOWN_COMPONENT');
  });

  it('investigates, then gets, lists and explains the incident', { timeout: 60_000 }, async () => {
    const inv = await call('investigate', {
      description: 'checkout is failing',
      time: new Date().toISOString(),
    });
    expect(inv.result.isError).toBeFalsy();
    expect(inv.data).toMatchObject({
      status: 'completed',
      conclusive: true,
      root_cause: { component: 'redis-cart', cause: 'oom-killed', id: 'redis-cart/oom-killed', rank: 1 },
    });
    expect(inv.text).toContain(inv.data.incident_id as string);
    const id = inv.data.incident_id as string;

    const got = await call('get_incident', { incident_id: id });
    expect(got.data).toMatchObject({ incident_id: id, status: 'completed', source: 'mcp' });
    expect((got.data.hypotheses as { id: string }[])[0]!.id).toBe('redis-cart/oom-killed');

    const listed = await call('list_incidents', { status: 'completed', limit: 5 });
    expect((listed.data.incidents as { incident_id: string }[]).map((i) => i.incident_id)).toContain(id);

    for (const hypothesis of [1, 'redis-cart/oom-killed']) {
      const ex = await call('explain_hypothesis', { incident_id: id, hypothesis });
      expect(ex.data.hypothesis).toMatchObject({ component: 'redis-cart', cause: 'oom-killed' });
      const chain = ex.data.chain as { step: string; rule?: string; to?: string }[];
      expect(chain.filter((s) => s.step === 'finding').map((s) => s.rule)).toContain('kubernetes/oom-killed');
      expect(chain.some((s) => s.step === 'hop' && s.to === 'checkout')).toBe(true);
      expect(chain.some((s) => s.step === 'symptom')).toBe(true);
    }
    const missing = await call('explain_hypothesis', { incident_id: id, hypothesis: 99 });
    expect(errorCode(missing.result)).toBe('ERR_MCP_UNKNOWN_HYPOTHESIS');
    const none = await call('get_incident', { incident_id: 'no-such-incident' });
    expect(errorCode(none.result)).toBe('ERR_STORE_NOT_FOUND');
  });

  it('refuses an unknown entity before storing anything', async () => {
    const before = await call('list_incidents', {});
    const r = await call('investigate', { description: 'slow', entities: ['no-such-service'] });
    expect(errorCode(r.result)).toBe('ERR_ENGINE_UNKNOWN_COMPONENT');
    const after = await call('list_incidents', {});
    expect((after.data.incidents as unknown[]).length).toBe((before.data.incidents as unknown[]).length);
  });

  it('validates a rule pack given as text, as `culprit validate --format json` does', async () => {
    const dir = resolve('rules/core');
    const files: Record<string, string> = { 'pack.yaml': readFileSync(join(dir, 'pack.yaml'), 'utf8') };
    for (const sub of ['rules', 'tests', 'docs'])
      for (const f of readdirSync(join(dir, sub)))
        files[`${sub}/${f}`] = readFileSync(join(dir, sub, f), 'utf8');
    const good = await call('validate_rule_pack', { files });
    expect(good.data).toMatchObject({ ok: true, problems: [] });
    expect((good.data.rules as { packs: number }).packs).toBe(1);

    const { 'docs/alert-firing.md': _doc, ...withoutDoc } = files;
    const bad = await call('validate_rule_pack', { files: withoutDoc });
    expect(bad.data.ok).toBe(false);
    expect(bad.data.problems).toContainEqual(
      expect.objectContaining({ code: 'ERR_RULES_MISSING_DOC', file: 'rules/alert-firing.yaml' }),
    );
    const escape = await call('validate_rule_pack', { files: { '../pack.yaml': 'x' } });
    expect(errorCode(escape.result)).toBe('ERR_MCP_INVALID_PACK_FILE');
  });

  it('rejects input that does not match a tool schema with InvalidParams (-32602)', async () => {
    const r = await call('component_neighbourhood', { component: 'cart', depth: 4 });
    expect(r.result.isError).toBe(true);
    expect(r.text).toContain('-32602');
    const missing = await call('investigate', {});
    expect(missing.result.isError).toBe(true);
    expect(missing.text).toContain('-32602');
  });
});

describe('culprit mcp without a topology', () => {
  it('drafts the topology from the cluster, as culprit investigate does', { timeout: 60_000 }, async () => {
    const drafted = await startMcp([]);
    try {
      const r = (await drafted.client.callTool({ name: 'list_components', arguments: {} })) as CallToolResult;
      expect((r.structuredContent!.components as { id: string }[]).map((c) => c.id)).toContain('redis-cart');
      expect(drafted.stderr()).toMatch(/no --topology; drafted \d+ components from the cluster/);
    } finally {
      await drafted.client.close();
    }
  });
});

describe('docs/mcp.md', () => {
  it('documents every tool and each of its input fields', () => {
    const doc = readFileSync(resolve('docs/mcp.md'), 'utf8');
    for (const t of tools) {
      expect(doc, t.name).toContain(`\`${t.name}\``);
      const start = doc.indexOf(`### \`${t.name}\``);
      expect(start, t.name).toBeGreaterThanOrEqual(0);
      const end = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, end === -1 ? undefined : end);
      for (const field of Object.keys(t.inputSchema.properties ?? {}))
        expect(section, `${t.name}.${field}`).toContain(`\`${field}\``);
    }
  });
});
