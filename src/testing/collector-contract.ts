// The contract every collector plugin must meet, as a reusable vitest suite: built-in and third-party
// plugins run the same checks (manifest, registration, evidence shape and scope, abort, no secrets).
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../engine/index.js';
import { createPluginHost } from '../plugins/index.js';
import { getValidator } from '../schema/index.js';
import type { Component, GraphView, Incident, Logger, PluginDefinition, TimeWindow } from '../sdk/index.js';

export interface CollectorContractFixtures {
  config: unknown;
  graph: GraphView;
  scope: (graph: GraphView) => { incident: Incident; nodes: Component[]; window: TimeWindow };
  /** Strings that must never appear in an error or a log line (tokens, passwords). */
  secrets?: string[];
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

export function captureLogger(lines: string[]): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${fields ? JSON.stringify(fields) : ''}`);
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  return logger;
}

export function describeCollectorContract(
  plugin: PluginDefinition<never>,
  fixtures: CollectorContractFixtures,
): void {
  describe(`collector contract: ${plugin.manifest.id}`, () => {
    const load = async (lines: string[]) => {
      const host = createPluginHost({
        engineVersion: ENGINE_VERSION,
        graph: fixtures.graph,
        logger: captureLogger(lines),
      });
      await host.load({ plugin, config: fixtures.config });
      return host;
    };

    it('has a valid manifest', () => {
      const validate = getValidator('plugin-manifest.schema.json');
      expect(validate(plugin.manifest), JSON.stringify(validate.errors)).toBe(true);
      expect(plugin.manifest.provides.collectors?.length ?? 0).toBeGreaterThan(0);
    });

    it('registers exactly the collectors it declares', async () => {
      const host = await load([]);
      try {
        expect(
          host
            .collectors()
            .map((c) => c.collector.id)
            .sort(),
        ).toEqual([...(plugin.manifest.provides.collectors ?? [])].sort());
      } finally {
        await host.close();
      }
    });

    it('returns schema-valid evidence about the nodes in scope only', async () => {
      await fixtures.before?.();
      const lines: string[] = [];
      const host = await load(lines);
      try {
        const validate = getValidator('evidence.schema.json');
        for (const { collector } of host.collectors()) {
          const scope = fixtures.scope(fixtures.graph);
          const result = await collector.collect(scope, {
            signal: new AbortController().signal,
            logger: captureLogger(lines),
            graph: fixtures.graph,
          });
          const allowed = new Set([
            ...scope.nodes.map((n) => n.id),
            ...(result.discovered ?? []).map((d) => d.id),
          ]);
          for (const e of result.evidence) {
            expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
            expect(allowed.has(e.node), `evidence about ${e.node} outside the scope`).toBe(true);
          }
          assertNoSecrets(fixtures.secrets, [JSON.stringify(result), ...lines]);
        }
      } finally {
        await host.close();
        await fixtures.after?.();
      }
    });

    it('settles promptly when its signal is aborted', async () => {
      await fixtures.before?.();
      const lines: string[] = [];
      const host = await load(lines);
      try {
        for (const { collector } of host.collectors()) {
          const controller = new AbortController();
          const started = Date.now();
          const run = collector
            .collect(fixtures.scope(fixtures.graph), {
              signal: controller.signal,
              logger: captureLogger(lines),
              graph: fixtures.graph,
            })
            .then(
              () => 'settled',
              (err: unknown) => {
                assertNoSecrets(fixtures.secrets, [
                  err instanceof Error ? `${err.message} ${String(err.stack)}` : String(err),
                ]);
                return 'rejected';
              },
            );
          controller.abort();
          await run;
          expect(Date.now() - started).toBeLessThan(2_000);
        }
        assertNoSecrets(fixtures.secrets, lines);
      } finally {
        await host.close();
        await fixtures.after?.();
      }
    });

    it('keeps secrets out of config errors', async () => {
      if (!fixtures.secrets?.length || !plugin.configSchema) return;
      const host = createPluginHost({ engineVersion: ENGINE_VERSION, graph: fixtures.graph });
      const broken = { ...(fixtures.config as object), unexpectedField: fixtures.secrets[0] };
      const err = await host.load({ plugin, config: broken }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      assertNoSecrets(fixtures.secrets, [
        String((err as Error).message),
        JSON.stringify((err as { details?: unknown }).details ?? {}),
      ]);
    });
  });
}

export function assertNoSecrets(secrets: readonly string[] | undefined, texts: readonly string[]): void {
  for (const secret of secrets ?? []) {
    for (const text of texts) expect(text.includes(secret), 'a secret appears in output').toBe(false);
  }
}
