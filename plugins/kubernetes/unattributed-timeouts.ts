// Timeouts a component the incident names logs without saying whom it waited for ("timeout from one of
// the services", a bare DeadlineExceeded): attributed, as a lead, to the one direct dependency the incident also names.
import type { GraphView, JsonValue } from 'culprit/sdk';
import { redactSecrets, TIMEOUT } from './normalize.js';

/** Fewer timeout lines than this are a blip, not a pattern. */
export const MIN_UNATTRIBUTED_TIMEOUTS = 3;

/**
 * For each named component whose own logs time out at least MIN_UNATTRIBUTED_TIMEOUTS times while none of
 * its failures names a dependency, and exactly one of whose direct dependencies the incident also names
 * (and is in this collection): evidence `kubernetes.suspected-timeouts` for that dependency. Two or more
 * named dependencies leave the timeouts unattributed.
 */
export function unattributedTimeouts(
  named: ReadonlySet<string>,
  /** A component's own logs as read, with what `kubernetes.logs` said of them (`logsAttributes`). */
  logsOf: (id: string) => { text: string; stats: Record<string, JsonValue> } | undefined,
  attributedFailures: (id: string) => number,
  collected: (id: string) => boolean,
  graph: GraphView,
): Map<string, Record<string, JsonValue>> {
  const out = new Map<string, { callers: string[]; timeouts: number; samples: string[] }>();
  for (const id of [...named].sort()) {
    const logs = logsOf(id);
    if (!logs || attributedFailures(id) > 0) continue;
    const { text, stats } = logs;
    const timeouts = Number(stats.timeouts);
    if (timeouts < MIN_UNATTRIBUTED_TIMEOUTS || (stats.unreachable as string[]).length > 0) continue;
    const suspects = graph
      .dependencies(id, { depth: 1 })
      .filter((d) => d !== id && named.has(d) && collected(d));
    if (suspects.length !== 1) continue;
    const target = suspects[0]!;
    const entry = out.get(target) ?? { callers: [], timeouts: 0, samples: [] };
    entry.callers.push(id);
    entry.timeouts += timeouts;
    for (const line of text.split('\n'))
      if (entry.samples.length < 2 && TIMEOUT.test(line))
        entry.samples.push(`${id}: ${redactSecrets(line).slice(0, 200)}`);
    out.set(target, entry);
  }
  return new Map([...out].map(([k, v]) => [k, { ...v, callerCount: v.callers.length }]));
}
