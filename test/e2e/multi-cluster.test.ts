// Two clusters end to end on loopback: two fake Kubernetes API servers, `culprit serve` reading both
// `via: agent`, and one `culprit agent` process per cluster connecting out to it. A service in east
// calls a database in west; the incident is diagnosed from both clusters' evidence; with the west
// agent killed the report names west as unread; tokens are refused when revoked or for another
// cluster; an agent process holds no listening socket.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildShopCluster, startFakeKubernetes, type FakeKubernetes } from '../../src/testing/index.js';
import { waitFor } from '../helpers/serve-child.js';
import { writeTwoClusterShop } from '../helpers/two-cluster-shop.js';

const ADMIN = 'admin-key-for-multi-cluster-e2e';
const CLI = 'dist/src/cli/main.js';
const children: ChildProcess[] = [];
const kube: Record<'east' | 'west', FakeKubernetes> = {} as never;
let dir: string;
let url: string;
const tokens: Record<string, { id: string; token: string; file: string }> = {};
const agents: Record<string, ChildProcess> = {};

function start(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolveStart, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolveStart({ child, match: m });
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited early (${code}): ${err}`)));
  });
}

/** Runs the CLI to its exit: code and stderr. */
function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stderr })));
}

const api = async (path: string, init: RequestInit = {}, key = ADMIN) => {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function createToken(cluster: string) {
  const { status, body } = await api('/api/v1/agent-tokens', {
    method: 'POST',
    body: JSON.stringify({ cluster }),
  });
  expect(status).toBe(201);
  const file = join(dir, `${cluster}-${String(body.id)}.token`);
  writeFileSync(file, `${String(body.token)}\n`);
  return { id: String(body.id), token: String(body.token), file };
}

const startAgent = async (cluster: 'east' | 'west') =>
  (
    await start(
      [
        'agent',
        '--server',
        url,
        '--cluster',
        cluster,
        '--token-file',
        tokens[cluster]!.file,
        '--kubeconfig',
        kube[cluster].kubeconfigPath,
        '--name',
        `${cluster}-agent-1`,
        '--log-level',
        'warn',
      ],
      /polling/,
    )
  ).child;

async function investigate(description: string) {
  const { status, body } = await api('/api/v1/incidents', {
    method: 'POST',
    body: JSON.stringify({ description }),
  });
  expect(status).toBe(202);
  const id = String(body.incident_id);
  const done = await waitFor(async () => {
    const { body: one } = await api(`/api/v1/incidents/${id}`);
    return one.status === 'completed' || one.status === 'failed' ? one : undefined;
  }, 60_000);
  return { id, incident: done as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The evidence tape the server stored, read from its SQLite file. */
function tapeOf(id: string): {
  evidence: { node: string; kind: string; cluster?: string; source: string }[];
} {
  const db = new Database(join(dir, 'data', 'culprit.db'), { readonly: true });
  try {
    const row = db.prepare('SELECT tape FROM tapes WHERE incident_id = ?').get(id) as { tape: string };
    return JSON.parse(row.tape);
  } finally {
    db.close();
  }
}

/** TCP sockets in LISTEN state owned by the process (its fds' socket inodes in /proc/<pid>/net/tcp{,6}). */
function listeningSockets(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // the fd closed while we looked
    }
  }
  const listening: string[] = [];
  for (const table of ['tcp', 'tcp6']) {
    const lines = readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A' && inodes.has(cols[9]!)) listening.push(`${table} ${cols[1]}`);
    }
  }
  return listening;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'culprit-multi-cluster-'));
  const shop = buildShopCluster({ fault: 'storage-unavailable', now: new Date() });
  kube.east = await startFakeKubernetes(shop.objects, shop.logs);
  kube.west = await startFakeKubernetes(shop.objects, shop.logs);
  const config = join(dir, 'culprit.yaml');
  writeFileSync(
    config,
    stringify({
      topology: [writeTwoClusterShop(dir)],
      rules: [resolve('rules')],
      plugins: [
        {
          module: 'culprit/plugins/kubernetes',
          config: {
            clusters: {
              east: { via: 'agent', timeoutMs: 12000 },
              west: { via: 'agent', timeoutMs: 12000 },
            },
          },
        },
      ],
    }),
  );
  const served = await start(
    [
      'serve',
      '--config',
      config,
      '--data',
      join(dir, 'data'),
      '--port',
      '0',
      '--api-key',
      `admin:${ADMIN}:admin`,
      '--log-level',
      'warn',
    ],
    /listening on (http:\/\/\S+)/,
  );
  url = served.match[1]!;
  tokens.east = await createToken('east');
  tokens.west = await createToken('west');
  agents.east = await startAgent('east');
  agents.west = await startAgent('west');
}, 60_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await kube.east?.close();
  await kube.west?.close();
});

describe('two clusters, one agent each, on loopback', () => {
  it('the agents open no listening socket', () => {
    for (const a of Object.values(agents)) {
      expect(a.pid).toBeDefined();
      expect(listeningSockets(a.pid!)).toEqual([]);
    }
  });

  it('an incident spanning both clusters is diagnosed from both clusters evidence', async () => {
    kube.east.requests.length = 0;
    kube.west.requests.length = 0;
    const { id, incident } = await investigate('orders cannot be placed, checkout fails at the last step');
    expect(incident.status).toBe('completed');
    const tape = tapeOf(id);
    const clusterOf = (node: string) =>
      new Set(
        tape.evidence.filter((e) => e.node === node && e.kind === 'kubernetes.pods').map((e) => e.cluster),
      );
    expect(clusterOf('checkout')).toEqual(new Set(['east']));
    expect(clusterOf('orders-db')).toEqual(new Set(['west']));
    // Each cluster's API was read by its own agent: the server reads neither.
    expect(kube.east.requests.some((r) => r.path.startsWith('/api/v1/namespaces/shop/pods'))).toBe(true);
    expect(kube.west.requests.some((r) => r.path.startsWith('/api/v1/namespaces/shop/pods'))).toBe(true);
    expect(incident.missing_evidence).toEqual([]);
    expect(incident.suggested_root_cause).toEqual({ component: 'orders-db', cause: 'storage-unavailable' });
    // Still no listening socket after serving a request.
    expect(listeningSockets(agents.west!.pid!)).toEqual([]);
  }, 90_000);

  it("a token for cluster east gets 403 on west's queue; an agent started so exits with the code", async () => {
    const res = await fetch(`${url}/api/v1/agents/west/requests?wait=0`, {
      headers: { authorization: `Bearer ${tokens.east!.token}` },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ERR_AGENT_WRONG_CLUSTER');
    const wrong = await run([
      'agent',
      '--server',
      url,
      '--cluster',
      'west',
      '--token-file',
      tokens.east!.file,
      '--kubeconfig',
      kube.west.kubeconfigPath,
      '--log-level',
      'silent',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('ERR_AGENT_WRONG_CLUSTER');
  }, 30_000);

  it('a revoked token is refused', async () => {
    const spare = await createToken('west');
    const revoked = await api(`/api/v1/agent-tokens/${spare.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    const res = await fetch(`${url}/api/v1/agents/west/requests?wait=0`, {
      headers: { authorization: `Bearer ${spare.token}` },
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ERR_AGENT_TOKEN_REVOKED');
    const refused = await run([
      'agent',
      '--server',
      url,
      '--cluster',
      'west',
      '--token-file',
      spare.file,
      '--kubeconfig',
      kube.west.kubeconfigPath,
      '--log-level',
      'silent',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ERR_AGENT_TOKEN_REVOKED');
  }, 30_000);

  it('with the west agent killed mid-investigation, the report names cluster west as unread', async () => {
    // West's API hangs, so the west agent is caught holding the request when it is killed.
    kube.west.requests.length = 0;
    kube.west.setFault(/\/namespaces\/shop\/pods/, { hang: true });
    const { status, body } = await api('/api/v1/incidents', {
      method: 'POST',
      body: JSON.stringify({ description: 'orders cannot be placed, checkout fails at the last step' }),
    });
    expect(status).toBe(202);
    const id = String(body.incident_id);
    await waitFor(() => (kube.west.requests.length > 0 ? true : undefined), 20_000);
    agents.west!.kill('SIGKILL');
    await new Promise((r) => agents.west!.once('exit', r));
    kube.west.clearFaults();
    const incident = (await waitFor(async () => {
      const { body: one } = await api(`/api/v1/incidents/${id}`);
      return one.status === 'completed' || one.status === 'failed' ? one : undefined;
    }, 60_000)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(incident.status).toBe('completed');
    expect(incident.missing_evidence).toContainEqual(
      expect.objectContaining({
        node: 'orders-db',
        source: 'kubernetes-agent',
        status: 'timeout',
        code: 'ERR_AGENT_CLUSTER_UNREACHABLE',
        cluster: 'west',
      }),
    );
    const missing = (incident.missing_evidence as { node: string; reason: string }[]).find(
      (m) => m.node === 'orders-db',
    );
    expect(missing?.reason).toContain('west');
    const unread = tapeOf(id).evidence.find((e) => e.node === 'orders-db' && e.kind === 'collector.status');
    expect(unread?.cluster).toBe('west');
    // East was still read.
    expect(tapeOf(id).evidence.some((e) => e.node === 'checkout' && e.cluster === 'east')).toBe(true);
  }, 90_000);
});
