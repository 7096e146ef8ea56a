// Reports name what to run with the cluster's own names (namespace, workload, Node), never Culprit's
// internal ids, and fold a component's other causes under its leading one: in the text report, the
// HTML report and the API view. Real investigations of the demo cluster through the built-in plugin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinPlugin } from '../../src/cli/builtin-plugin.js';
import { createEngine, type Engine, type InvestigationResult } from '../../src/engine/index.js';
import { renderReport, type ReportContext } from '../../src/report/index.js';
import { incidentView } from '../../src/server/incident-view.js';
import { createServer } from '../../src/server/index.js';
import { createSqliteStore } from '../../src/store/index.js';
import { startFakeKubernetes, type FakeKubernetes } from '../../src/testing/fake-kubernetes.js';
import { buildShopCluster, type ShopFault } from '../../src/testing/shop-cluster.js';

interface Run {
  engine: Engine;
  kube: FakeKubernetes;
  result: InvestigationResult;
  context: ReportContext;
}
const runs = new Map<ShopFault, Run>();

async function investigate(fault: ShopFault, description: string): Promise<Run> {
  const now = new Date();
  const cluster = buildShopCluster({ fault, now });
  const kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  const engine = await createEngine({
    topology: 'knowledge-graph',
    rules: 'rules',
    plugins: [
      {
        plugin: await loadBuiltinPlugin('kubernetes'),
        config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 3000 },
      },
    ],
  });
  const result = await engine.investigate({ description, createdAt: now.toISOString(), source: 'cli' });
  const context = { graph: engine.graph, discovered: result.tape.discovered, incident: result.incident };
  return { engine, kube, result, context };
}

beforeAll(async () => {
  runs.set('node-not-ready', await investigate('node-not-ready', 'currency and ads are timing out'));
  runs.set('bad-deploy-rollout', await investigate('bad-deploy-rollout', 'checkout is failing'));
}, 90_000);

afterAll(async () => {
  for (const r of runs.values()) {
    await r.engine.close();
    await r.kube.close();
  }
});

function recordOf(r: Run) {
  return {
    id: r.result.incident.id,
    status: 'completed' as const,
    source: 'cli',
    incident: r.result.incident,
    report: r.result.report,
    createdAt: r.result.incident.createdAt,
    updatedAt: r.result.incident.createdAt,
    attempts: 1,
  };
}

const runLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('  Run: '))
    .map((l) => l.slice('  Run: '.length));

describe('a Node cause is named as the cluster names it', () => {
  it('text: the Node by its name in the cause line and in the commands', () => {
    const r = runs.get('node-not-ready')!;
    const top = r.result.report.hypotheses[0]!;
    expect(top.cause).toBe('node-not-ready');
    expect(top.node).not.toBe('node-b'); // an internal id: the Node is not in the topology
    const text = renderReport(r.result.report, 'text', r.context);
    expect(text).toMatch(/^Root cause: node\/node-b — node-not-ready/m);
    const commands = runLines(text);
    expect(commands).toContain('kubectl describe node node-b');
    expect(commands.join('\n')).not.toContain(top.node);
  });

  it('HTML: the commands list and the cause row name node-b', () => {
    const r = runs.get('node-not-ready')!;
    const top = r.result.report.hypotheses[0]!;
    const html = renderReport(r.result.report, 'html', r.context);
    const commands = /<ul id="commands">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    expect(commands).toContain('<code>kubectl describe node node-b</code>');
    expect(commands).not.toContain(top.node);
    expect(html).toMatch(/<h1>Root cause: node\/node-b — node-not-ready<\/h1>/);
  });

  it('the picture (SVG) and the Mermaid flowchart label the Node by its name', () => {
    const r = runs.get('node-not-ready')!;
    const top = r.result.report.hypotheses[0]!;
    const html = renderReport(r.result.report, 'html', r.context);
    expect(html).toMatch(
      new RegExp(
        `<g class="node [^"]*cause[^"]*" data-node="${top.node}"[^>]*>.*?class="label">node/node-b<`,
      ),
    );
    expect(renderReport(r.result.report, 'mermaid', r.context)).toMatch(
      /\["node\/node-b<br\/>node-not-ready /,
    );
  });

  it('API view: the Kubernetes object beside the component id, and its commands', () => {
    const r = runs.get('node-not-ready')!;
    const view = incidentView(recordOf(r), r.context);
    expect(view.hypotheses[0]).toMatchObject({
      cause: 'node-not-ready',
      kubernetes: { kind: 'Node', name: 'node-b', namespace: null },
    });
    expect(view.hypotheses[0]!.commands).toContain('kubectl describe node node-b');
  });
});

describe('a rollout cause: roll back the workload, by its namespace and name', () => {
  it('text and HTML: kubectl -n shop rollout undo deployment/checkoutservice', () => {
    const r = runs.get('bad-deploy-rollout')!;
    expect(r.result.report.hypotheses[0]).toMatchObject({ node: 'checkout', cause: 'bad-deploy-rollout' });
    const undo = 'kubectl -n shop rollout undo deployment/checkoutservice';
    expect(runLines(renderReport(r.result.report, 'text', r.context))).toContain(undo);
    expect(renderReport(r.result.report, 'html', r.context)).toContain(`<code>${undo}</code>`);
  });
});

describe('same-component alternatives fold under the leading cause', () => {
  it('the rollout leads checkout; its other causes are under it, not among the alternatives', () => {
    const r = runs.get('bad-deploy-rollout')!;
    const { hypotheses } = r.result.report;
    const sameComponent = hypotheses.filter((h, i) => i > 0 && h.node === 'checkout');
    expect(sameComponent.length).toBeGreaterThan(0);

    const text = renderReport(r.result.report, 'text', r.context);
    const [leading, alternatives = ''] = text.split('\nAlternatives:\n');
    for (const h of sameComponent) expect(leading).toContain(`Also at checkout: ${h.rank}. ${h.cause}`);
    expect(alternatives).not.toMatch(/^ {2}\d+\. checkout —/m);

    const html = renderReport(r.result.report, 'html', r.context);
    for (const h of sameComponent)
      expect(html).toMatch(
        new RegExp(`<tr class="hypothesis band-\\w+ folded" data-node="checkout" data-cause="${h.cause}">`),
      );

    const view = incidentView(recordOf(r), r.context);
    expect(view.hypotheses.filter((h) => h.component === 'checkout')).toHaveLength(1);
    expect(view.hypotheses[0]!.same_component.map((h) => h.cause)).toEqual(sameComponent.map((h) => h.cause));
    expect(view.hypotheses.length + view.hypotheses.reduce((n, h) => n + h.same_component.length, 0)).toBe(
      hypotheses.length,
    );
  });

  it('API view: confidence_score is the leading confidence, confidence_band beside it', () => {
    const r = runs.get('bad-deploy-rollout')!;
    const top = r.result.report.hypotheses[0]!;
    const view = incidentView(recordOf(r), r.context);
    expect(view.confidence_score).toBe(top.confidence);
    expect(typeof view.confidence_score).toBe('number');
    expect(view.confidence_band).toBe(top.band);
  });
});

describe('the REST API names a Node cause as the cluster does', () => {
  it(
    'GET one incident and the list: kubernetes {kind: Node, name: node-b}',
    { timeout: 60_000 },
    async () => {
      const { engine } = runs.get('node-not-ready')!;
      const dir = mkdtempSync(join(tmpdir(), 'culprit-names-api-'));
      const server = await createServer({
        engine,
        store: createSqliteStore({ path: join(dir, 'db.sqlite') }),
        logLevel: 'silent',
      });
      try {
        const posted = await server.app.inject({
          method: 'POST',
          url: '/api/v1/incidents',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ description: 'currency and ads are timing out' }),
        });
        const { incident_id: id } = posted.json() as { incident_id: string };
        type View = { status: string; hypotheses: { cause: string; kubernetes: unknown }[] };
        let one: View | undefined;
        for (let i = 0; i < 400 && one?.status !== 'completed'; i++) {
          await new Promise((r) => setTimeout(r, 25));
          one = (await server.app.inject({ url: `/api/v1/incidents/${id}` })).json() as View;
        }
        const node = { kind: 'Node', name: 'node-b', namespace: null };
        expect(one!.hypotheses[0]).toMatchObject({ cause: 'node-not-ready', kubernetes: node });
        const list = (await server.app.inject({ url: '/api/v1/incidents?limit=1' })).json() as {
          items: View[];
        };
        expect(list.items[0]!.hypotheses[0]).toMatchObject({ cause: 'node-not-ready', kubernetes: node });
      } finally {
        await server.close({ timeoutMs: 2_000 });
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
