// The datadog collector: for each component in scope, the monitors tagged for it — by service, by its
// Kubernetes tags (kube_deployment, kube_service, pod_name …) or topology tags (host, instance,
// project) — (Alert/Warn counted), the events of the incident window carrying them, and each
// metric the topology attaches to it, compared with a baseline window. Read-only; a failed call
// yields no evidence of that kind (never a false "all clear"), and partial failures are reported.
import {
  PluginError,
  type CollectContext,
  type Collector,
  type CollectorScope,
  type Component,
  type Evidence,
} from 'culprit/sdk';
import {
  createDatadogClient,
  type DatadogClient,
  type DatadogClientOptions,
  type DdEvent,
  type DdMonitor,
} from './datadog-client.js';
import {
  aboutByPod,
  componentTags,
  eventsAttributes,
  fitsContext,
  metricsAttributes,
  monitorsAttributes,
  scopeTags,
  type MetricReading,
  type Window,
} from './normalize.js';

export interface DatadogConfig extends DatadogClientOptions {
  tagTemplate: string;
  /** How far back the baseline window is: the incident window shifted back by this many minutes. */
  baselineMinutes: number;
  metricDeviationRatio: number;
  /** Width of the span the current value of a metric is averaged over. */
  spanMinutes: number;
  saturationThreshold: number;
  /** Attribute data by Kubernetes tags too (kube_deployment, kube_service, container_name, pod_name); default true. */
  kubernetesTags?: boolean;
}

/** The promise itself, marked handled: when one of several awaited together rejects, the others must not go unhandled. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * The collector and the close hook of its client (made at the first collection: its agents hold the
 * sockets every collection shares).
 */
export function createDatadogCollector(config: DatadogConfig): { collector: Collector; close(): void } {
  let client: DatadogClient | undefined;
  const collector: Collector = {
    id: 'datadog',
    description: 'Monitors, events and metrics from Datadog for the components in scope',
    timeoutMs: 60_000,
    appliesTo: (c) => !c.discovered,
    async collect(scope: CollectorScope, ctx: CollectContext) {
      client ??= createDatadogClient(config);
      const reader = client.reader(ctx.signal);
      try {
        const window: Window = { from: Date.parse(scope.window.from), to: Date.parse(scope.window.to) };
        const shift = config.baselineMinutes * 60_000;
        const baseline: Window = { from: window.from - shift, to: window.to - shift };
        const observedAt = new Date().toISOString();
        const all = [...ctx.graph.components()];
        const evidence: Evidence[] = [];
        const add = (node: string, kind: string, attributes: Evidence['attributes']) =>
          evidence.push({ node, source: 'datadog', kind, attributes, observedAt });

        // Components share tags (and so calls): each distinct lookup is made once.
        const monitorCalls = new Map<string, Promise<DdMonitor[] | undefined>>();
        const eventCalls = new Map<string, Promise<DdEvent[] | undefined>>();
        const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
          if (!cache.has(key)) cache.set(key, quiet(read()));
          return cache.get(key)!;
        };

        // A few components at a time: one slow lookup must not serialize the whole scope.
        const queue = [...scope.nodes];
        await Promise.all(
          Array.from({ length: Math.min(4, queue.length) }, async () => {
            for (let c = queue.shift(); c && !ctx.signal.aborted; c = queue.shift())
              await collectComponent(c);
          }),
        );
        if (ctx.signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
        if (evidence.length === 0 && reader.denied.length > 0)
          throw new PluginError(`permission denied: ${reader.denied.slice(0, 3).join('; ')}`, {
            status: 'permission-denied',
          });
        if (evidence.length === 0 && reader.failed.length > 0)
          throw new PluginError(`the Datadog API did not answer: ${reader.failed.slice(0, 3).join('; ')}`, {
            status: 'unavailable',
          });
        // Partial access: say what could not be read, so a reader of the report knows what is missing.
        if (reader.denied.length > 0 || reader.failed.length > 0)
          for (const c of scope.nodes)
            add(c.id, 'datadog.access', {
              denied: reader.denied.slice(0, 20),
              failed: reader.failed.slice(0, 20),
            });
        ctx.logger.debug('datadog evidence collected', {
          items: evidence.length,
          failed: reader.failed.length,
          denied: reader.denied.length,
        });
        return { evidence };

        async function collectComponent(component: Component) {
          const kube = config.kubernetesTags !== false;
          const tags = componentTags(component, all, config.tagTemplate, { kubernetes: kube });
          if (tags.identity.length === 0) return;

          // Monitors: tagged for the component, or scoped to it in their query.
          const lists = await Promise.all(
            tags.identity.flatMap((tag) => [
              once(monitorCalls, `monitor_tags ${tag}`, () => reader.listMonitors({ monitorTags: tag })),
              once(monitorCalls, `tags ${tag}`, () => reader.listMonitors({ scopeTags: tag })),
            ]),
          );
          // Data tagged only by pod (`pod_name:cart-7d9f8b6c5-x2k9p`): read once per namespace, kept when one of its pods.
          const nsTag =
            kube && component.kubernetes?.workload
              ? `kube_namespace:${component.kubernetes.namespace}`
              : undefined;
          const byPod = nsTag
            ? await Promise.all([
                once(monitorCalls, `monitor_tags ${nsTag}`, () =>
                  reader.listMonitors({ monitorTags: nsTag }),
                ),
                once(monitorCalls, `tags ${nsTag}`, () => reader.listMonitors({ scopeTags: nsTag })),
              ])
            : [];
          const podMonitors = byPod
            .flat()
            .filter((m): m is DdMonitor => !!m && aboutByPod([...m.tags, ...scopeTags(m.query)], component));
          if (lists.every((l) => l !== undefined)) {
            const monitors = [...lists.flat(), ...podMonitors].filter(
              (m): m is DdMonitor => !!m && fitsContext([...m.tags, ...scopeTags(m.query)], tags.context),
            );
            add(component.id, 'datadog.monitors', monitorsAttributes(monitors));
          }

          // Metrics before events: a deploy is judged against when the metrics went up.
          const readings: MetricReading[] = [];
          for (const [name, query] of Object.entries(component.metrics ?? {}).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          )) {
            const [current, before] = await Promise.all([
              quiet(reader.queryMetrics(query, window.from, window.to)),
              quiet(reader.queryMetrics(query, baseline.from, baseline.to)),
            ]);
            if (current && before) readings.push({ name, query, current, baseline: before });
          }
          let regressionSince: number | null = null;
          if (readings.length > 0) {
            const metrics = metricsAttributes(readings, window, baseline, {
              deviationRatio: config.metricDeviationRatio,
              spanMs: config.spanMinutes * 60_000,
              saturationThreshold: config.saturationThreshold,
            });
            regressionSince = metrics.regressionSince;
            add(component.id, 'datadog.metrics', metrics.attributes);
          }

          const eventLists = await Promise.all(
            tags.identity.map((tag) =>
              once(eventCalls, tag, () => reader.listEvents(window.from, window.to, tag)),
            ),
          );
          const podEvents = nsTag
            ? (
                (await once(eventCalls, nsTag, () => reader.listEvents(window.from, window.to, nsTag))) ?? []
              ).filter((e) => aboutByPod(e.tags, component))
            : [];
          if (eventLists.every((l) => l !== undefined)) {
            const events = [
              ...new Map([...eventLists.flat(), ...podEvents].map((e) => [e?.id, e])).values(),
            ].filter((e): e is DdEvent => !!e && fitsContext(e.tags, tags.context));
            add(component.id, 'datadog.events', eventsAttributes(events, window, regressionSince));
          }
        }
      } finally {
        reader.dispose();
      }
    },
  };
  return { collector, close: () => client?.close() };
}
