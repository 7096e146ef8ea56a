// Probe outcomes from events: liveness, readiness and startup failures in the window, and the kills a
// failing liveness or startup probe causes (the pod may be Ready between kills). Pure; no I/O.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import { TIMEOUT, toMs, type Window } from './normalize.js';

const FAILED = /^(Liveness|Readiness|Startup) probe failed/i;
const KILLED = /failed (liveness|startup) probe, will be restarted/i;

const eventTime = (e: KubeObject): unknown =>
  e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;

/** Probe failures and probe kills of the component's pods inside the window; undefined when none. */
export function probeAttributes(events: KubeObject[], w: Window): Record<string, JsonValue> | undefined {
  const failures = { liveness: 0, readiness: 0, startup: 0 };
  let kills = 0;
  let message = '';
  let readinessTimeouts = 0;
  for (const e of events) {
    const at = toMs(eventTime(e));
    if (!(at >= w.from && at <= w.to)) continue;
    const text = String(e.message ?? '');
    const count = Number(e.count ?? 1);
    const failed = e.reason === 'Unhealthy' ? FAILED.exec(text) : null;
    if (failed) {
      failures[failed[1]!.toLowerCase() as keyof typeof failures] += count;
      if (failed[1]!.toLowerCase() !== 'readiness' || !message) message = text.slice(0, 300);
      // A probe that got no answer in time (kubelet's "context deadline exceeded (Client.Timeout exceeded …)",
      // grpc_health_probe's "timeout: health rpc did not complete within 1s"): too slow to answer, not yet why.
      if (failed[1]!.toLowerCase() === 'readiness' && TIMEOUT.test(text)) readinessTimeouts += count;
    }
    if (e.reason === 'Killing' && KILLED.test(text)) kills += count;
  }
  if (kills === 0 && failures.liveness + failures.readiness + failures.startup === 0) return undefined;
  return {
    livenessFailures: failures.liveness,
    readinessFailures: failures.readiness,
    startupFailures: failures.startup,
    probeKills: kills,
    /** Every readiness failure was a probe left unanswered in time (none refused or answered an error status). */
    readinessTimedOut: failures.readiness > 0 && readinessTimeouts === failures.readiness,
    message,
  };
}
