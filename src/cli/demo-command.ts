// `culprit demo`: serves the example shop (knowledge-graph/) from the fake Kubernetes API server with
// an injected fault and runs a full investigation through the real Kubernetes plugin and rule packs.
import { resolve } from 'node:path';
import { createEngine } from '../engine/index.js';
import { createError } from '../errors/index.js';
import { renderReport } from '../report/index.js';
import { packagePath } from '../schema/index.js';
import { startFakeKubernetes, type FakeKubernetes } from '../testing/fake-kubernetes.js';
import { buildShopCluster, SHOP_FAULTS, SHOP_WORKLOADS, type ShopFault } from '../testing/shop-cluster.js';
import { loadBuiltinPlugin } from './builtin-plugin.js';
import { loadCulpritConfig } from './config-file.js';
import { unknownNameReason } from './did-you-mean.js';
import type { CliIo } from './io.js';

export const DEFAULT_DEMO_FAULT: ShopFault = 'oom-killed';

export interface DemoFlags {
  fault?: string;
  list?: boolean;
  description?: string;
  format: 'text' | 'json';
  serveCluster?: boolean;
}

export async function runDemo(flags: DemoFlags, io: CliIo): Promise<number> {
  if (flags.list) {
    io.stdout('Faults the demo can inject (culprit demo --fault <name>):\n');
    for (const [name, info] of Object.entries(SHOP_FAULTS)) {
      const mark = name === DEFAULT_DEMO_FAULT ? ' (default)' : '';
      io.stdout(`  ${name.padEnd(20)} ${info.summary}${mark}\n`);
    }
    return 0;
  }
  const fault = (flags.fault ?? DEFAULT_DEMO_FAULT) as ShopFault;
  if (!(fault in SHOP_FAULTS)) {
    throw createError('ERR_INVALID_ARGUMENT', {
      name: '--fault',
      reason: `${unknownNameReason('fault', fault, Object.keys(SHOP_FAULTS))} (culprit demo --list)`,
    });
  }
  const now = new Date();
  const cluster = buildShopCluster({ fault, now });
  const kube = await startFakeKubernetes(cluster.objects, cluster.logs);
  if (flags.serveCluster) return serveCluster(kube, fault, io);
  // The demo's cluster is the example shop; culprit.yaml's rule packs judge it, so a pack author sees
  // what their packs make of each fault (its topology and plugins are for a real cluster).
  const rules = (await loadCulpritConfig(io)).rules?.map((p) => resolve(io.cwd, p)) ?? [packagePath('rules')];
  const engine = await createEngine({
    topology: [packagePath('knowledge-graph')],
    rules,
    cwd: io.cwd,
    plugins: [
      {
        plugin: await loadBuiltinPlugin('kubernetes'),
        config: { kubeconfig: kube.kubeconfig, requestTimeoutMs: 3000 },
      },
    ],
  });
  try {
    const description = flags.description ?? SHOP_FAULTS[fault].incident;
    const { report, tape } = await engine.investigate({
      description,
      createdAt: now.toISOString(),
      source: 'demo',
    });
    const writes = kube.requests.filter((r) => r.method !== 'GET').length;
    if (flags.format === 'json') {
      io.stdout(`${JSON.stringify({ fault, description, report }, null, 2)}\n`);
      return 0;
    }
    io.stdout(
      [
        `Culprit demo — injected fault: ${fault} (${SHOP_FAULTS[fault].summary})`,
        `Fake Kubernetes API at ${kube.url}: the example shop, ${SHOP_WORKLOADS.length} workloads on 3 nodes.`,
        `Incident: "${description}"`,
        '',
        '',
      ].join('\n'),
    );
    io.stdout(renderReport(report, 'text', { graph: engine.graph, discovered: tape.discovered }));
    io.stdout(
      `\nThe Kubernetes plugin made ${kube.requests.length} read requests and ${writes} writes.\n` +
        'Other faults: culprit demo --list\n',
    );
    return 0;
  } finally {
    await engine.close();
    await kube.close();
  }
}

/**
 * Serves the demo cluster until SIGINT/SIGTERM so `culprit investigate --kubeconfig <path>` can be
 * tried against it: the kubeconfig path alone on stdout's first line, the how-to on stderr.
 */
async function serveCluster(kube: FakeKubernetes, fault: ShopFault, io: CliIo): Promise<number> {
  io.stdout(`${kube.kubeconfigPath}\n`);
  io.stderr(
    `Fake Kubernetes API at ${kube.url} (the example shop, fault ${fault}). In another shell:\n` +
      `  culprit investigate --kubeconfig ${kube.kubeconfigPath} "checkout is failing"\n` +
      'Ctrl-C stops it.\n',
  );
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await kube.close();
  return 0;
}
