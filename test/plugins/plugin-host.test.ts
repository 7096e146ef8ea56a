import { describe, expect, it } from 'vitest';
import { isCulpritError } from '../../src/errors/index.js';
import { createPluginHost } from '../../src/plugins/index.js';
import { definePlugin, type PluginDefinition } from '../../src/sdk/index.js';
import { captureLogger } from '../../src/testing/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  components: [{ id: 'api', kind: 'service' }],
});
const host = (lines: string[] = [], setupTimeoutMs = 200) =>
  createPluginHost({ engineVersion: '0.1.0', graph, logger: captureLogger(lines), setupTimeoutMs });
const manifest = (extra: object = {}) => ({
  id: 'demo',
  name: 'culprit-plugin-demo',
  version: '1.2.0',
  engine: '>=0.1.0',
  provides: { collectors: ['demo'] },
  ...extra,
});
const collector = { id: 'demo', collect: async () => ({ evidence: [] }) };
const good = (extra: Partial<PluginDefinition<never>> = {}) =>
  definePlugin<never>({ manifest: manifest(), setup: (ctx) => ctx.registerCollector(collector), ...extra });
const code = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isCulpritError(err) ? err.code : err;
};

describe('plugin host', () => {
  it('loads a plugin and exposes what it registered', async () => {
    const h = host();
    await h.load({ plugin: good() });
    expect(h.collectors().map((c) => `${c.pluginId}:${c.collector.id}`)).toEqual(['demo:demo']);
    expect(h.plugins().map((m) => m.id)).toEqual(['demo']);
  });

  it.each([
    ['bad id', { manifest: manifest({ id: 'Bad Id' }) }, 'ERR_PLUGIN_INVALID_MANIFEST'],
    ['bad version', { manifest: manifest({ version: 'one' }) }, 'ERR_PLUGIN_INVALID_MANIFEST'],
    ['engine range excludes us', { manifest: manifest({ engine: '^2.0.0' }) }, 'ERR_PLUGIN_ENGINE_MISMATCH'],
    [
      'missing dependency',
      { manifest: manifest({ dependencies: { kubernetes: '^1.0.0' } }) },
      'ERR_PLUGIN_MISSING_DEPENDENCY',
    ],
  ])('checks the manifest before running plugin code: %s', async (_n, extra, expected) => {
    let ran = false;
    const plugin = good({ ...extra, setup: () => void (ran = true) });
    expect(await code(host().load({ plugin }))).toBe(expected);
    expect(ran).toBe(false);
  });

  it('rejects a duplicate id', async () => {
    const h = host();
    await h.load({ plugin: good() });
    expect(await code(h.load({ plugin: good() }))).toBe('ERR_PLUGIN_DUPLICATE_ID');
  });

  it('accepts a dependency loaded earlier in a matching version', async () => {
    const h = host();
    await h.load({ plugin: good() });
    const dependent = definePlugin({
      manifest: { ...manifest({ id: 'second', dependencies: { demo: '^1.0.0' } }), provides: {} },
      setup: () => undefined,
    });
    await h.load({ plugin: dependent as never });
    expect(h.plugins().map((m) => m.id)).toEqual(['demo', 'second']);
  });

  it('validates config against the schema, applies defaults, freezes it, and redacts secrets', async () => {
    const configSchema = {
      type: 'object',
      additionalProperties: false,
      required: ['token'],
      properties: {
        token: { type: 'string', 'x-secret': true, minLength: 20 },
        timeoutMs: { type: 'integer', default: 5000 },
      },
    };
    let seen: Record<string, unknown> | undefined;
    const plugin = good({
      configSchema,
      setup: (ctx, config) => ((seen = config as never), ctx.registerCollector(collector)),
    });
    const err = await host()
      .load({ plugin, config: { token: 'xoxb-short-secret' } })
      .catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_PLUGIN_INVALID_CONFIG');
    expect(JSON.stringify([String(err), (err as { details: unknown }).details])).not.toContain(
      'xoxb-short-secret',
    );

    await host().load({ plugin, config: { token: 'xoxb-a-long-enough-secret-token' } });
    expect(seen).toEqual({ token: 'xoxb-a-long-enough-secret-token', timeoutMs: 5000 });
    expect(Object.isFrozen(seen)).toBe(true);
  });

  it('scrubs secrets from plugin log lines', async () => {
    const lines: string[] = [];
    const configSchema = { type: 'object', properties: { token: { type: 'string', 'x-secret': true } } };
    const plugin = good({
      configSchema,
      setup: (ctx, config) => {
        ctx.logger.info(`connecting with ${(config as { token: string }).token}`, {
          header: `Bearer ${(config as { token: string }).token}`,
        });
        ctx.registerCollector(collector);
      },
    });
    await host(lines).load({ plugin, config: { token: 'super-secret-value' } });
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain('super-secret-value');
  });

  it('times out a setup that never finishes, and runs its close hooks', async () => {
    let closed = false;
    const plugin = good({
      setup: (ctx) => (ctx.onClose(() => void (closed = true)), new Promise(() => undefined)),
    });
    expect(await code(host([], 100).load({ plugin }))).toBe('ERR_PLUGIN_SETUP_TIMEOUT');
    expect(closed).toBe(true);
  });

  it('wraps a throwing setup', async () => {
    expect(
      await code(
        host().load({
          plugin: good({
            setup: () => {
              throw new Error('boom');
            },
          }),
        }),
      ),
    ).toBe('ERR_PLUGIN_SETUP_FAILED');
  });

  it('requires setup to register exactly what provides declares', async () => {
    expect(await code(host().load({ plugin: good({ setup: () => undefined }) }))).toBe(
      'ERR_PLUGIN_PROVIDES_MISMATCH',
    );
    const extra = good({
      setup: (ctx) => {
        ctx.registerCollector(collector);
        ctx.registerNotifier({ id: 'surprise', notify: async () => undefined });
      },
    });
    expect(await code(host().load({ plugin: extra }))).toBe('ERR_PLUGIN_PROVIDES_MISMATCH');
  });

  it('closes plugins in reverse load order and aborts their signal', async () => {
    const order: string[] = [];
    const signals: AbortSignal[] = [];
    const h = host();
    for (const id of ['first', 'second', 'third']) {
      await h.load({
        plugin: definePlugin({
          manifest: { ...manifest({ id }), provides: {} },
          setup: (ctx) => {
            signals.push(ctx.signal);
            ctx.onClose(() => void order.push(id));
          },
        }) as never,
      });
    }
    await h.close();
    expect(order).toEqual(['third', 'second', 'first']);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('reports a module that cannot be found or is not a plugin', async () => {
    expect(await code(host().load({ module: 'culprit-plugin-does-not-exist' }))).toBe('ERR_PLUGIN_NOT_FOUND');
    expect(await code(host().load({ module: './package.json' }))).toBe('ERR_PLUGIN_INVALID_MODULE');
  });

  it('loads a built-in plugin by package subpath (exports pattern, self-reference)', async () => {
    const h = host();
    await h.load({
      module: 'culprit/plugins/kubernetes',
      config: { kubeconfig: 'apiVersion: v1\nkind: Config\n' },
    });
    expect(h.plugins().map((m) => m.id)).toEqual(['kubernetes']);
    expect(h.collectors().map((c) => c.collector.id)).toEqual(['kubernetes']);
    await h.close();
    expect(await code(host().load({ module: 'culprit/plugins/nope' }))).toBe('ERR_PLUGIN_NOT_FOUND');
  });
});
