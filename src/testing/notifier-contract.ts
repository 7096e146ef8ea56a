// The contract every notifier plugin must meet, as a reusable vitest suite: manifest, registration,
// delivering a report.ready event, honouring abort, and no secret in errors or logs.
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../engine/index.js';
import { createMemoryNotificationLog, createPluginHost, notifierState } from '../plugins/index.js';
import { getValidator } from '../schema/index.js';
import type { GraphView, InvestigationEvent, PluginDefinition } from '../sdk/index.js';
import { assertNoSecrets, captureLogger } from './collector-contract.js';

export interface NotifierContractFixtures {
  config: unknown;
  graph: GraphView;
  /** Events to deliver in order; the last should be report.ready. */
  events: InvestigationEvent[];
  secrets?: string[];
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

export function describeNotifierContract(
  plugin: PluginDefinition<never>,
  fixtures: NotifierContractFixtures,
): void {
  describe(`notifier contract: ${plugin.manifest.id}`, () => {
    it('has a valid manifest that declares notifiers', () => {
      const validate = getValidator('plugin-manifest.schema.json');
      expect(validate(plugin.manifest), JSON.stringify(validate.errors)).toBe(true);
      expect(plugin.manifest.provides.notifiers?.length ?? 0).toBeGreaterThan(0);
    });

    it('registers what it declares and delivers the events', async () => {
      await fixtures.before?.();
      const lines: string[] = [];
      const host = createPluginHost({
        engineVersion: ENGINE_VERSION,
        graph: fixtures.graph,
        logger: captureLogger(lines),
      });
      await host.load({ plugin, config: fixtures.config });
      try {
        expect(
          host
            .notifiers()
            .map((n) => n.notifier.id)
            .sort(),
        ).toEqual([...(plugin.manifest.provides.notifiers ?? [])].sort());
        for (const { notifier } of host.notifiers()) {
          const log = createMemoryNotificationLog();
          for (const event of fixtures.events) {
            if (notifier.events && !notifier.events.includes(event.type)) continue;
            await notifier.notify(event, {
              signal: new AbortController().signal,
              logger: captureLogger(lines),
              graph: fixtures.graph,
              state: notifierState(log, notifier.id),
            });
          }
        }
        assertNoSecrets(fixtures.secrets, lines);
      } finally {
        await host.close();
        await fixtures.after?.();
      }
    });

    it('settles promptly when aborted', async () => {
      await fixtures.before?.();
      const lines: string[] = [];
      const host = createPluginHost({
        engineVersion: ENGINE_VERSION,
        graph: fixtures.graph,
        logger: captureLogger(lines),
      });
      await host.load({ plugin, config: fixtures.config });
      try {
        for (const { notifier } of host.notifiers()) {
          const controller = new AbortController();
          controller.abort();
          const started = Date.now();
          await notifier
            .notify(fixtures.events.at(-1)!, {
              signal: controller.signal,
              logger: captureLogger(lines),
              graph: fixtures.graph,
              state: notifierState(createMemoryNotificationLog(), notifier.id),
            })
            .catch((err: unknown) =>
              assertNoSecrets(fixtures.secrets, [String(err instanceof Error ? err.message : err)]),
            );
          expect(Date.now() - started).toBeLessThan(2_000);
        }
        assertNoSecrets(fixtures.secrets, lines);
      } finally {
        await host.close();
        await fixtures.after?.();
      }
    });
  });
}
