// The third-party path for real: pack culprit and the example plugin with npm, install both into a
// temporary project, and load the plugin there by its package name in a separate Node process.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

describe('a third-party plugin package', () => {
  it('installs beside a packed culprit and loads by package name', { timeout: 240_000 }, () => {
    expect(
      existsSync(join(root, 'dist/src/index.js')),
      'dist/ must be built first (npm test runs the build)',
    ).toBe(true);
    const work = mkdtempSync(join(tmpdir(), 'culprit-3p-'));
    npm(['pack', '--ignore-scripts', '--pack-destination', work], root);
    npm(['pack', '--pack-destination', work], join(root, 'examples/third-party-plugin'));
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    const culprit = tarballs.find((f) => f.startsWith('culprit-0'))!;
    const example = tarballs.find((f) => f.startsWith('culprit-plugin-example'))!;
    expect([culprit, example].every(Boolean)).toBe(true);

    const project = join(work, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'bot',
        private: true,
        type: 'module',
        dependencies: { culprit: `file:../${culprit}`, 'culprit-plugin-example': `file:../${example}` },
      }),
    );
    npm(
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev'],
      project,
    );
    writeFileSync(
      join(project, 'status.json'),
      JSON.stringify({
        incidents: [{ component: 'stripe', title: 'Elevated API errors', status: 'investigating' }],
      }),
    );
    writeFileSync(
      join(project, 'run.mjs'),
      `import { createPluginHost, loadTopology, ENGINE_VERSION } from 'culprit';
const graph = await loadTopology(${JSON.stringify(join(root, 'knowledge-graph'))});
const host = createPluginHost({ engineVersion: ENGINE_VERSION, graph, cwd: process.cwd() });
await host.load({ module: 'culprit-plugin-example', config: { file: 'status.json' } });
const [{ pluginId, collector }] = host.collectors();
const nodes = ['stripe', 'payment'].map((id) => graph.component(id));
const result = await collector.collect({ incident: { id: 'x', description: '', source: 'test', labels: {}, entities: [], createdAt: new Date().toISOString() }, nodes, window: { from: new Date(0).toISOString(), to: new Date().toISOString() } }, { signal: new AbortController().signal, logger: { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } }, graph });
console.log(JSON.stringify({ pluginId, plugins: host.plugins().map((p) => p.name), evidence: result.evidence }));
await host.close();
`,
    );
    const out = execFileSync(process.execPath, ['run.mjs'], { cwd: project, encoding: 'utf8' });
    const parsed = JSON.parse(out) as {
      pluginId: string;
      plugins: string[];
      evidence: { node: string; attributes: { open: number } }[];
    };
    expect(parsed.pluginId).toBe('statuspage');
    expect(parsed.plugins).toEqual(['culprit-plugin-example']);
    expect(parsed.evidence.map((e) => [e.node, e.attributes.open])).toEqual([
      ['stripe', 1],
      ['payment', 0],
    ]);
  });
});
