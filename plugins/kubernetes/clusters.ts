// Which API server a component is read from: the default connection (the plugin's single config, as
// before), a named cluster's own kubeconfig/context/in-cluster connection, or none here because the
// cluster is served by outbound agents. Makes no call itself; clients (and @kubernetes/client-node,
// ~0.7 s to import) are loaded on first use, so a service is ready before it has read any cluster.
import { PluginError, type Component } from 'culprit/sdk';
import type { KubeClient, KubeReaderOptions } from './kube-client.js';

export interface ClusterConfig {
  kubeconfigPath?: string;
  kubeconfig?: string;
  context?: string;
  inCluster?: boolean;
  /** `agent`: read by `culprit agent` processes inside that cluster, never from here. */
  via?: 'direct' | 'agent';
  /** via: agent — read by the engine (src/agent), not by this plugin. */
  timeoutMs?: number;
  leaseMs?: number;
}

export const clusterConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kubeconfigPath: { type: 'string' },
    kubeconfig: { type: 'string', 'x-secret': true },
    context: { type: 'string' },
    inCluster: { type: 'boolean' },
    via: { enum: ['direct', 'agent'], default: 'direct' },
    timeoutMs: {
      type: 'integer',
      minimum: 1000,
      maximum: 60000,
      description: "via: agent — how long an investigation waits for the cluster's agents (default 15000)",
    },
    leaseMs: {
      type: 'integer',
      minimum: 500,
      description: 'via: agent — how long one agent holds a request before another may take it',
    },
  },
} as const;

export type ClusterRoute =
  | { kind: 'direct'; cluster?: string }
  | { kind: 'agent'; cluster: string }
  | { kind: 'unknown'; cluster: string };

/**
 * Without `clusters` every component is read through the default connection, whatever cluster it
 * names (one kubeconfig, today's behaviour; also how an agent reads its own cluster).
 */
export function clusterRoute(component: Component, clusters?: Record<string, ClusterConfig>): ClusterRoute {
  const cluster = component.kubernetes?.cluster;
  if (!cluster || !clusters) return { kind: 'direct', ...(cluster ? { cluster } : {}) };
  const config = clusters[cluster];
  if (!config) return { kind: 'unknown', cluster };
  return config.via === 'agent' ? { kind: 'agent', cluster } : { kind: 'direct', cluster };
}

/** One lazily made client per connection; `close` ends every one made. */
export function createClusterClients(
  base: KubeReaderOptions,
  clusters?: Record<string, ClusterConfig>,
): { client(cluster?: string): Promise<KubeClient>; close(): void } {
  const clients = new Map<string, KubeClient>();
  let closed = false;
  return {
    async client(cluster) {
      const own = cluster && clusters ? clusters[cluster] : undefined;
      const key = own ? `cluster:${cluster}` : '';
      let client = clients.get(key);
      if (!client) {
        if (own?.via === 'agent')
          throw new PluginError(`cluster ${cluster} is read by agents`, { status: 'unavailable' });
        const { createKubeClient } = await import('./kube-client.js');
        // Another call may have made it, or the plugin closed, while the module loaded.
        if (closed) throw new PluginError('the kubernetes plugin is closed', { status: 'unavailable' });
        const made = clients.get(key);
        if (made) return made;
        client = createKubeClient(
          own
            ? {
                requestTimeoutMs: base.requestTimeoutMs,
                maxRetries: base.maxRetries,
                ...(own.kubeconfig ? { kubeconfig: own.kubeconfig } : {}),
                ...(own.kubeconfigPath ? { kubeconfigPath: own.kubeconfigPath } : {}),
                ...(own.context ? { context: own.context } : {}),
                ...(own.inCluster ? { inCluster: own.inCluster } : {}),
              }
            : base,
        );
        clients.set(key, client);
      }
      return client;
    },
    close() {
      closed = true;
      for (const c of clients.values()) c.close();
      clients.clear();
    },
  };
}
