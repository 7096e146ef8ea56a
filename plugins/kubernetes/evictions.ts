// Eviction history: pods the kubelet evicted for node pressure inside the window (Evicted pods and
// Evicted events), which outlive the node's pressure condition. Pure; no I/O.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import { toMs, type Window } from './normalize.js';

/** "The node was low on resource: memory." / "…: ephemeral-storage." (kubelet eviction manager) */
const LOW_ON = /low on resource: ([a-z.-]+?)\.?(\s|$)/i;
const PRESSURE = /\b(memory|disk|pid)[- ]pressure\b/i;

const eventTime = (e: KubeObject): unknown =>
  e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;
const inWindow = (v: unknown, w: Window) => {
  const t = toMs(v);
  return Number.isFinite(t) && t >= w.from && t <= w.to;
};

function resourceOf(message: string): string | undefined {
  const low = LOW_ON.exec(message)?.[1];
  if (low) return low.toLowerCase();
  const pressure = PRESSURE.exec(message)?.[1];
  return pressure
    ? pressure.toLowerCase() === 'disk'
      ? 'ephemeral-storage'
      : pressure.toLowerCase()
    : undefined;
}

/**
 * Evicted pods (phase Failed, reason Evicted, stopped inside the window) and Evicted events on the
 * component's pods inside the window: how many, for which resources, from which nodes.
 */
export function evictionAttributes(
  pods: KubeObject[],
  events: KubeObject[],
  w: Window,
): Record<string, JsonValue> | undefined {
  const evicted = new Set<string>();
  const resources = new Set<string>();
  const nodes = new Set<string>();
  let message = '';
  const podNode = new Map(
    pods.map((p) => [String(p.metadata?.name), p.spec?.nodeName as string | undefined]),
  );
  for (const p of pods) {
    if (p.status?.phase !== 'Failed' || p.status?.reason !== 'Evicted') continue;
    const ready = ((p.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'Ready');
    const at = ready?.lastTransitionTime ?? p.status?.startTime;
    if (!inWindow(at, w)) continue;
    evicted.add(String(p.metadata?.name));
    const text = String(p.status?.message ?? '');
    const r = resourceOf(text);
    if (r) resources.add(r);
    message ||= text.slice(0, 300);
    if (p.spec?.nodeName) nodes.add(String(p.spec.nodeName));
  }
  for (const e of events) {
    if (e.reason !== 'Evicted' || e.involvedObject?.kind !== 'Pod' || !inWindow(eventTime(e), w)) continue;
    const name = String(e.involvedObject?.name ?? '');
    evicted.add(name);
    const text = String(e.message ?? '');
    const r = resourceOf(text);
    if (r) resources.add(r);
    message ||= text.slice(0, 300);
    const n = podNode.get(name) ?? (e.source?.host as string | undefined);
    if (n) nodes.add(n);
  }
  if (evicted.size === 0) return undefined;
  return {
    evicted: evicted.size,
    resources: [...resources].sort(),
    nodes: [...nodes].sort(),
    message,
  };
}
