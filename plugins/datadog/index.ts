// culprit-plugin-datadog: evidence from Datadog (monitors, events, metrics against a baseline) for
// the components in scope. Read-only; imports only culprit/sdk (client in datadog-client.ts).
import { definePlugin } from 'culprit/sdk';
import { createDatadogCollector, type DatadogConfig } from './collector.js';

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['apiKey', 'appKey'],
  properties: {
    apiKey: {
      type: 'string',
      minLength: 1,
      'x-secret': true,
      description: 'Datadog API key (identifies the organization)',
    },
    appKey: {
      type: 'string',
      minLength: 1,
      'x-secret': true,
      description: 'Datadog application key, scoped to monitors_read, events_read and timeseries_query',
    },
    site: {
      type: 'string',
      pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$',
      default: 'datadoghq.com',
      description:
        'Datadog site: datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ddog-gov.com, …',
    },
    baseUrl: {
      type: 'string',
      pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$',
      description: 'API base URL, instead of the site (a proxy; a fake server in tests)',
    },
    tagTemplate: {
      type: 'string',
      minLength: 1,
      default: 'service:{id}',
      description:
        'The Datadog tag that identifies a component; placeholders {id}, {name}, {namespace}, {team}, {workload}',
    },
    requestTimeoutMs: { type: 'integer', minimum: 100, default: 5000 },
    maxRetries: { type: 'integer', minimum: 0, maximum: 5, default: 2 },
    baselineMinutes: {
      type: 'integer',
      minimum: 1,
      maximum: 43200,
      default: 1440,
      description: 'The baseline window is the incident window shifted back by this much (default: a day)',
    },
    metricDeviationRatio: {
      type: 'number',
      exclusiveMinimum: 1,
      default: 2,
      description: 'current / baseline at or above this is a deviation',
    },
    spanMinutes: {
      type: 'integer',
      minimum: 1,
      maximum: 1440,
      default: 10,
      description:
        "A metric's current value is its highest average over a span this wide inside the incident window",
    },
    saturationThreshold: {
      type: 'number',
      minimum: 0,
      default: 90,
      description: 'A saturation metric (percent of capacity) at or above this is high',
    },
    kubernetesTags: {
      type: 'boolean',
      default: true,
      description:
        'Also attribute data by the tags the Datadog Agent puts on Kubernetes workloads (kube_deployment, kube_service, container_name, pod_name)',
    },
  },
} as const;

export const plugin = definePlugin<DatadogConfig>({
  manifest: {
    id: 'datadog',
    name: 'culprit-plugin-datadog',
    version: '0.1.0',
    engine: '>=0.1.0',
    description: 'Datadog monitors, events (deployments) and metrics against a baseline as evidence',
    provides: { collectors: ['datadog'] },
    // Shipped and reviewed with Culprit: runs in-process (third-party packages get a worker).
    isolation: 'in-process',
  },
  configSchema: configSchema as unknown as Record<string, unknown>,
  setup(ctx, config) {
    const { collector, close } = createDatadogCollector(config);
    ctx.registerCollector(collector);
    // Whatever the API does, shutdown ends every call in flight and every socket.
    ctx.onClose(close);
  },
});

export default plugin;
