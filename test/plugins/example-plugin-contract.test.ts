// The example third-party plugin runs the same exported contract suite every plugin must pass.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCollectorContract } from 'culprit/testing';
import { loadTopology } from '../../src/topology/index.js';
// @ts-expect-error plain JavaScript package without type declarations
import plugin from '../../examples/third-party-plugin/index.js';

const graph = await loadTopology('knowledge-graph');
const dir = mkdtempSync(join(tmpdir(), 'culprit-status-'));
writeFileSync(
  join(dir, 'status.json'),
  JSON.stringify({ incidents: [{ component: 'stripe', title: 'API errors', status: 'open' }] }),
);

describeCollectorContract(plugin, {
  config: { file: join(dir, 'status.json'), apiKey: 'sk_live_do_not_leak_123' },
  graph,
  secrets: ['sk_live_do_not_leak_123'],
  scope: (g) => ({
    incident: {
      id: 'c',
      description: '',
      source: 'test',
      labels: {},
      entities: [],
      createdAt: '2026-01-01T00:00:00Z',
    },
    nodes: ['stripe', 'payment'].map((id) => g.component(id)!),
    window: { from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' },
  }),
});
