// The engine's side of cluster agents: a collector for the components of clusters read `via: agent`.
// It enqueues one collection request per cluster and waits for an agent's answer until the deadline;
// no answer is a timeout recorded as missing evidence that names the cluster. It calls no cluster.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createError } from '../errors/index.js';
import {
  COLLECTOR_STATUS_KIND,
  definePlugin,
  type CollectorResult,
  type CollectorStatus,
  type Component,
  type Evidence,
  type PluginDefinition,
} from '../sdk/index.js';
import type { AgentStore } from '../store/index.js';
import { buildCollectionRequest } from './collection-request.js';

export const AGENT_COLLECTOR_ID = 'kubernetes-agent';

export interface AgentClusterOptions {
  /** How long an investigation waits for the cluster's agents (default 15 s, under the host's 20 s cap). */
  timeoutMs?: number;
  /** How long one agent holds a request before another may take it (default: a third of timeoutMs). */
  leaseMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

/** The clusters a kubernetes plugin config reads `via: agent`, with their waiting options. */
export function agentClusters(config: unknown): Record<string, AgentClusterOptions> {
  const clusters = (config as { clusters?: Record<string, Record<string, unknown>> } | undefined)?.clusters;
  const out: Record<string, AgentClusterOptions> = {};
  for (const [name, c] of Object.entries(clusters ?? {}))
    if (c?.via === 'agent')
      out[name] = {
        ...(typeof c.timeoutMs === 'number' ? { timeoutMs: c.timeoutMs } : {}),
        ...(typeof c.leaseMs === 'number' ? { leaseMs: c.leaseMs } : {}),
      };
  return out;
}

export function createAgentCollectorPlugin(
  agents: AgentStore,
  clusters: Record<string, AgentClusterOptions>,
): PluginDefinition {
  const timeoutOf = (cluster: string) => clusters[cluster]?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const longest = Math.max(DEFAULT_TIMEOUT_MS, ...Object.keys(clusters).map(timeoutOf));
  return definePlugin({
    manifest: {
      id: AGENT_COLLECTOR_ID,
      name: 'culprit-plugin-kubernetes-agent',
      version: '0.1.0',
      engine: '>=0.1.0',
      description: 'Kubernetes evidence of clusters read by outbound culprit agents',
      provides: { collectors: [AGENT_COLLECTOR_ID] },
      isolation: 'in-process',
    },
    setup(ctx) {
      ctx.registerCollector({
        id: AGENT_COLLECTOR_ID,
        description: 'Kubernetes evidence from the agents of clusters read via: agent',
        timeoutMs: longest + 2_000,
        appliesTo: (c) => !!c.kubernetes?.cluster && c.kubernetes.cluster in clusters,
        async collect(scope, collect) {
          const groups = new Map<string, Component[]>();
          for (const c of scope.nodes) {
            const cluster = c.kubernetes!.cluster!;
            groups.set(cluster, [...(groups.get(cluster) ?? []), c]);
          }
          const results = await Promise.all(
            [...groups].map(async ([cluster, nodes]): Promise<CollectorResult> => {
              const timeoutMs = timeoutOf(cluster);
              const id = randomUUID();
              const deadline = Date.now() + timeoutMs;
              const payload = buildCollectionRequest(
                cluster,
                nodes,
                scope.incident,
                scope.window,
                collect.graph,
              );
              await agents.enqueueRequest({
                id,
                cluster,
                payload,
                deadline,
                leaseMs: clusters[cluster]?.leaseMs ?? Math.max(1_000, Math.floor(timeoutMs / 3)),
              });
              collect.logger.debug('collection request enqueued', { cluster, request: id });
              while (Date.now() < deadline && !collect.signal.aborted) {
                const answered = await agents.requestResult(id);
                if (answered) return fromAnswer(cluster, nodes, answered.result);
                await sleep(POLL_MS, undefined, { signal: collect.signal }).catch(() => undefined);
              }
              const error = createError('ERR_AGENT_CLUSTER_UNREACHABLE', { cluster, timeoutMs });
              return statusEvidence(cluster, nodes, 'timeout', error.message, error.code);
            }),
          );
          return {
            evidence: results.flatMap((r) => r.evidence),
            discovered: results.flatMap((r) => r.discovered ?? []),
          };
        },
      });
    },
  });
}

/** An agent's answer: its evidence stamped with the cluster, or its refusal as status evidence. */
function fromAnswer(cluster: string, nodes: Component[], answer: unknown): CollectorResult {
  const a = (answer ?? {}) as {
    evidence?: Evidence[];
    discovered?: CollectorResult['discovered'];
    error?: { status: Exclude<CollectorStatus, 'ok'>; reason: string };
  };
  if (a.error) return statusEvidence(cluster, nodes, a.error.status, `cluster ${cluster}: ${a.error.reason}`);
  const evidence = (Array.isArray(a.evidence) ? a.evidence : []).map((e) =>
    e && typeof e === 'object' ? { ...e, cluster } : e,
  );
  return { evidence, discovered: Array.isArray(a.discovered) ? a.discovered : [] };
}

function statusEvidence(
  cluster: string,
  nodes: Component[],
  status: Exclude<CollectorStatus, 'ok'>,
  reason: string,
  code?: string,
): CollectorResult {
  const observedAt = new Date().toISOString();
  return {
    evidence: nodes.map((n) => ({
      node: n.id,
      source: AGENT_COLLECTOR_ID,
      kind: COLLECTOR_STATUS_KIND,
      attributes: { collector: AGENT_COLLECTOR_ID, status, reason, cluster, ...(code ? { code } : {}) },
      observedAt,
      cluster,
    })),
  };
}
