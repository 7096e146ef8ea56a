// Calls a caller's sidecar timed toward each dependency (Envoy's outbound access lines carry each call's
// duration), and the slowdown they show: calls that became many times slower than earlier in the same log.
import type { GraphView, JsonValue } from 'culprit/sdk';
import { callerTargets, lineTime, namedTarget, type AddressBook } from './dependency-failures.js';

/**
 * Envoy's default (Istio) access-log format for a call the pod made:
 * `[start] "GET /p HTTP/1.1" 200 - via_upstream - "-" <bytes received> <bytes sent> <duration ms> <upstream ms> … outbound|443||host`.
 */
const ENVOY_TIMED = /"[A-Z]+ \S+ HTTP\/[\d.]+" \d{3} \S+ \S+ \S+ "[^"]*" \d+ \d+ (\d+) [\d-]+ .*\boutbound\|/;

/** One timed call: when it started (ms since the epoch) and how long it took (ms). */
export type TimedCall = readonly [at: number, ms: number];

/** The timed outbound calls of a caller's logs toward each of its direct dependencies, up to the window's end. */
export function outboundCalls(
  texts: readonly string[],
  caller: string,
  graph: GraphView,
  book: AddressBook,
  window?: { to: number },
): Map<string, TimedCall[]> {
  const out = new Map<string, TimedCall[]>();
  const matched = callerTargets(caller, graph);
  if (!matched) return out;
  for (const text of texts) {
    if (!text.includes('outbound|')) continue;
    for (const line of text.split('\n')) {
      const m = ENVOY_TIMED.exec(line);
      if (!m) continue;
      const at = lineTime(line);
      // Calls before the window are the baseline a slowdown is measured against; later ones did not happen yet.
      if (at === undefined || (window && at > window.to)) continue;
      const target = namedTarget(line, matched.targets, book);
      if (!target) continue;
      const calls = out.get(target.id) ?? out.set(target.id, []).get(target.id)!;
      calls.push([at, Number(m[1])]);
    }
  }
  return out;
}

/** A slowdown is at least this many times the earlier median, */
const SLOWER = 5;
/** and its median at least this long: slower than anyone waits without noticing. */
const SLOW_MS = 1000;
/** Calls on each side of the change, at least. */
const SIDE = 5;
/** Only the latest calls are judged (a long tail is read from several pods). */
const MAX_CALLS = 400;

export interface Slowdown {
  /** Calls since the slowdown began. */
  calls: number;
  medianMs: number;
  /** The median of the calls before it. */
  baselineMs: number;
  /** When the first slow call started. */
  since: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The change in a series of timed calls after which they stayed many times slower: the split whose
 * later calls' median is at least 5× the earlier median and at least 1 s, with the latest calls still
 * that slow (a slowdown that is over is no finding). The split with the largest ratio wins.
 */
export function slowdown(calls: readonly TimedCall[]): Slowdown | undefined {
  const sorted = [...calls].sort((a, b) => a[0] - b[0]).slice(-MAX_CALLS);
  const n = sorted.length;
  if (n < 2 * SIDE) return undefined;
  const ms = sorted.map((c) => c[1]);
  if (median(ms.slice(-SIDE)) < SLOW_MS) return undefined;
  let best: { k: number; ratio: number; after: number; before: number } | undefined;
  for (let k = SIDE; k <= n - SIDE; k++) {
    const before = median(ms.slice(0, k));
    const after = median(ms.slice(k));
    const ratio = after / Math.max(before, 1);
    if (after >= SLOW_MS && ratio >= SLOWER && (!best || ratio > best.ratio))
      best = { k, ratio, after, before };
  }
  if (!best) return undefined;
  // Equal ratios span the calls around the change: it began with the first call that was itself slow.
  let k = best.k;
  while (k < n - 1 && ms[k]! < SLOWER * best.before) k++;
  return { calls: n - k, medianMs: best.after, baselineMs: best.before, since: sorted[k]![0] };
}

/**
 * `kubernetes.slowcalls` per dependency: the callers whose timed calls toward it slowed down, how many
 * slow calls, their median against the earlier one, and since when.
 */
export function slowCallEvidence(
  byCaller: ReadonlyMap<string, ReadonlyMap<string, readonly TimedCall[]>>,
  graph: GraphView,
): Map<string, Record<string, JsonValue>> {
  const byTarget = new Map<string, { caller: string; s: Slowdown }[]>();
  for (const [caller, targets] of byCaller)
    for (const [target, calls] of targets) {
      const s = slowdown(calls);
      if (s) byTarget.set(target, [...(byTarget.get(target) ?? []), { caller, s }]);
    }
  const out = new Map<string, Record<string, JsonValue>>();
  for (const [target, slow] of [...byTarget].sort(([a], [b]) => (a < b ? -1 : 1)))
    out.set(target, {
      callers: slow.map((x) => x.caller).sort(),
      slowCallers: slow.length,
      calls: slow.reduce((n, x) => n + x.s.calls, 0),
      medianMs: Math.max(...slow.map((x) => x.s.medianMs)),
      baselineMs: Math.min(...slow.map((x) => x.s.baselineMs)),
      since: new Date(Math.min(...slow.map((x) => x.s.since))).toISOString(),
      external: graph.component(target)?.kind === 'external',
    });
  return out;
}
