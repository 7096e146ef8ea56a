// Shared by the Slack plugin's tests: the workspace the fake starts with, the test topology, the
// event sequence of one investigation, and the notifier loaded through the plugin's own setup.
import { fileURLToPath } from 'node:url';
import type {
  GraphView,
  Hypothesis,
  Incident,
  InvestigationEvent,
  InvestigationEventType,
  EventPayloads,
  Notifier,
  PluginContext,
  Report,
} from 'culprit/sdk';
import { captureLogger, type FakeSlackUserSeed } from 'culprit/testing';
import plugin from '../index.js';

export const TOKEN = 'xoxb-test-0000-do-not-log-abcdef0123456789';
export const NOW = '2026-11-22T14:30:00Z';
export const TOPOLOGY = fileURLToPath(new URL('./fixtures/topology.yaml', import.meta.url));

/** One Slack user per step of responder resolution, plus decoys a loose match would pick. */
export const USERS: FakeSlackUserSeed[] = [
  { name: 'carol.diaz', realName: 'Carol Diaz', displayName: 'Carol', email: 'carol@shop.example' },
  { name: 'bob', realName: 'Robert Chen', displayName: 'bobby', email: 'bob@shop.example' },
  { name: 'dokafor', realName: 'Daniel Okafor', displayName: 'Dan O.' },
  { name: 'jg', realName: 'José García', displayName: 'jg' },
  { name: 'josefina', realName: 'Josefina Garcia Ruiz', displayName: 'fina' },
  { name: 'heidi', realName: 'Heidi Larsen', email: 'heidi@shop.example' },
  { name: 'ivan', realName: 'Ivan Petrov', email: 'ivan@shop.example' },
  { name: 'oncall', realName: 'Payments On-call', displayName: 'payments-oncall' },
  { name: 'zed', realName: 'Zed Nobody', email: 'zed@nowhere.example', deleted: true },
];

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-42',
    description: 'Checkout is failing with 500s & <timeouts>',
    source: 'api',
    severity: 'critical',
    labels: {},
    entities: [{ node: 'checkout', text: 'Checkout', via: 'id' }],
    createdAt: NOW,
    ...overrides,
  };
}

const hypothesis = (rank: number, node: string, cause: string, confidence: number): Hypothesis => ({
  rank,
  node,
  cause,
  confidence,
  band: confidence >= 0.7 ? 'high' : confidence >= 0.4 ? 'medium' : 'low',
  findings: [
    {
      ruleId: `${cause}-rule`,
      pack: 'core',
      node,
      cause,
      weight: 0.8,
      messageId: 'found',
      message: `${node}: ${cause} observed <5 min> ago & still active`,
      facts: {},
    },
  ],
  explains: [],
  path: node === 'orders-db' ? ['orders-db', 'payment', 'checkout'] : [node],
  factors: [],
  remediation: node === 'orders-db' ? ['Free disk space on orders-db', 'Fail over to the replica'] : [],
});

export function report(incidentId = 'inc-42', overrides: Partial<Report> = {}): Report {
  return {
    incidentId,
    conclusive: true,
    hypotheses: [
      hypothesis(1, 'orders-db', 'storage-unavailable', 0.86),
      hypothesis(2, 'payment', 'crash-loop', 0.41),
      hypothesis(3, 'checkout', 'bad-deploy-rollout', 0.22),
      hypothesis(4, 'cart', 'oom-killed', 0.1),
      hypothesis(5, 'payment', 'config-error', 0.05),
    ],
    symptoms: [],
    missingEvidence: [{ source: 'datadog', node: 'checkout', status: 'timeout', reason: 'no answer' }],
    scope: { named: ['checkout'], nodes: ['checkout', 'payment', 'orders-db'] },
    entities: [{ node: 'checkout' }],
    generatedAt: '2026-11-22T14:31:05Z',
    rulePacks: [{ name: 'core', version: '1.0.0' }],
    ...overrides,
  };
}

/** The events of one investigation, in the order the pipeline emits them. */
export function investigationEvents(
  inc: Incident = incident(),
  rep: Report = report(inc.id),
): InvestigationEvent[] {
  const steps: { [T in InvestigationEventType]?: EventPayloads[T] }[] = [
    { 'investigation.started': { incident: inc } },
    { 'scope.resolved': { named: rep.scope.named, nodes: rep.scope.nodes } },
    { 'collector.started': { collector: 'kubernetes', nodes: rep.scope.nodes } },
    { 'collector.started': { collector: 'datadog', nodes: rep.scope.nodes } },
    { 'collector.finished': { collector: 'kubernetes', evidence: 12, durationMs: 840 } },
    {
      'collector.failed': {
        collector: 'datadog',
        status: 'timeout',
        reason: 'no answer within 20000 ms',
        durationMs: 20_000,
      },
    },
    {
      'evidence.added': {
        evidence: {
          node: 'checkout',
          source: 'alertmanager',
          kind: 'alert',
          attributes: {},
          observedAt: NOW,
        },
      },
    },
    { 'report.ready': { report: rep } },
  ];
  return steps.map((step, i) => {
    const [type, data] = Object.entries(step)[0]! as [InvestigationEventType, never];
    return { seq: i + 1, type, incidentId: inc.id, at: NOW, data };
  });
}

export function eventOf<T extends InvestigationEventType>(
  type: T,
  data: EventPayloads[T],
  incidentId = 'inc-42',
): InvestigationEvent {
  return { seq: 1, type, incidentId, at: NOW, data };
}

export interface LoadedNotifier {
  notifier: Notifier;
  /** Every line the plugin logged. */
  lines: string[];
  /** Delivers an event as the host does; skips events the notifier does not subscribe to. */
  notify(event: InvestigationEvent, signal?: AbortSignal): Promise<void>;
  /** Delivers events in order; resolves with each one's outcome (undefined = delivered). */
  deliver(events: InvestigationEvent[]): Promise<(Error | undefined)[]>;
  /** Runs the close hooks the plugin registered, as the host does on shutdown. */
  close(): Promise<void>;
}

/**
 * The plugin's notifier, set up as the host would: schema defaults applied to the config, a
 * logger that captures every line. (culprit/testing has runCollector for collectors, nothing yet
 * for notifiers.)
 */
export async function loadNotifier(
  config: Record<string, unknown>,
  graph: GraphView,
): Promise<LoadedNotifier> {
  const lines: string[] = [];
  const notifiers: Notifier[] = [];
  const closers: (() => void | Promise<void>)[] = [];
  const refuse = () => {
    throw new Error('the Slack plugin registers only a notifier');
  };
  const ctx: PluginContext = {
    pluginId: plugin.manifest.id,
    logger: captureLogger(lines),
    graph,
    signal: new AbortController().signal,
    registerCollector: refuse,
    registerFact: refuse,
    registerOperator: refuse,
    registerNotifier: (n) => void notifiers.push(n),
    onClose: (hook) => void closers.push(hook),
  };
  await plugin.setup(ctx, withDefaults(plugin.configSchema, structuredClone(config)) as never);
  const notifier = notifiers[0]!;
  // The host keeps each incident's notifier state in the store; here it lives as long as the loader.
  const states = new Map<string, string>();
  const notify = async (event: InvestigationEvent, signal?: AbortSignal) => {
    if (notifier.events && !notifier.events.includes(event.type)) return;
    await notifier.notify(event, {
      signal: signal ?? new AbortController().signal,
      logger: captureLogger(lines),
      graph,
      state: {
        get: async <T>() => {
          const json = states.get(event.incidentId);
          return json === undefined ? undefined : (JSON.parse(json) as T);
        },
        set: async (value: unknown) => void states.set(event.incidentId, JSON.stringify(value)),
      },
    });
  };
  return {
    notifier,
    lines,
    notify,
    async close() {
      for (const hook of closers.reverse()) await hook();
    },
    async deliver(events) {
      const outcomes: (Error | undefined)[] = [];
      for (const event of events)
        outcomes.push(
          await notify(event).then(
            () => undefined,
            (err: Error) => err,
          ),
        );
      return outcomes;
    },
  };
}

/** What Ajv's useDefaults does to the config: fills absent properties from the schema's defaults. */
function withDefaults(schema: unknown, value: unknown): unknown {
  const s = schema as { properties?: Record<string, { default?: unknown }> } | undefined;
  if (!s?.properties || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  for (const [key, sub] of Object.entries(s.properties)) {
    if (obj[key] === undefined && sub.default !== undefined) obj[key] = structuredClone(sub.default);
    obj[key] = withDefaults(sub, obj[key]);
  }
  return obj;
}
