// Cause families: at one component, a cause that produces another (a liveness kill → restarts and a
// crash loop) leads, and the cause it produces is folded under it. Pure and table-driven (docs/scoring.md §5).
import type { ConfidenceBand, Hypothesis } from '../sdk/index.js';
import { leadsOnly } from './corroboration.js';

/** One family row: at the same node, `leader` explains `follower` (when `when` holds, if given). */
export interface CauseFamily {
  leader: string;
  follower: string;
  /** Why the leader produces the follower (shown in the factor's note). */
  because: string;
  when?: (leader: Hypothesis, follower: Hypothesis) => boolean;
}

/** Causes that belong to the Node a workload runs on. */
export const HOST_CAUSES: ReadonlySet<string> = new Set(['node-pressure', 'node-not-ready']);

/** What a folded follower keeps of its confidence: it stays listed, below the cause that explains it. */
export const FOLDED_SHARE = 0.5;

/** The fact values a hypothesis's findings were matched on, whatever the evidence kind's prefix. */
function factValues(h: Hypothesis, suffix: string): unknown[] {
  return h.findings.flatMap((f) =>
    Object.entries(f.facts)
      .filter(([k]) => k === suffix || k.endsWith(`.${suffix}`))
      .map(([, v]) => v),
  );
}

/**
 * A rollout leads a crash loop only when it changed something (image, env, command, …) and the
 * unhealthy pods are the new revision's (the crash started after it); otherwise the crash loop leads.
 */
function rolloutCausedCrash(rollout: Hypothesis): boolean {
  const changed = factValues(rollout, 'changes').some((v) => Array.isArray(v) && v.length > 0);
  const newPodsFail = factValues(rollout, 'newPodsUnhealthy').some((v) => Number(v) > 0);
  return changed && newPodsFail;
}

/** A rollout that changed the workload (image, env, command, resources, …): its changed fields. */
function rolloutChangedSomething(rollout: Hypothesis): boolean {
  return (
    factValues(rollout, 'relevant').some((v) => v === true) ||
    factValues(rollout, 'changes').some((v) => Array.isArray(v) && v.length > 0)
  );
}

/**
 * A rollout that changed only the containers' resources (CPU or memory requests and limits; `onlyResources`, or
 * the changed fields its finding names): a
 * lower CPU limit throttles the process until its probes time out.
 */
function rolloutChangedResources(rollout: Hypothesis): boolean {
  return (
    factValues(rollout, 'onlyResources').some((v) => v === true) ||
    // rollout-change-regression names the changed fields in its message ("changing resources; after it, …")
    rollout.findings.some((f) => /\bchanging resources;/.test(f.message))
  );
}

/**
 * A configuration error found on a restart that changed nothing in the pod template (its findings read
 * the change as not relevant, and none as relevant): the restart only made the pods read their config again.
 */
function restartOnly(config: Hypothesis): boolean {
  const relevant = factValues(config, 'relevant');
  return relevant.some((v) => v === false) && !relevant.some((v) => v === true);
}

/**
 * Pods pending for want of CPU or memory on every node (the scheduler's "Insufficient cpu", as a fact or in
 * the finding's message): the replicas that run carry their load.
 */
function outOfCapacity(unschedulable: Hypothesis): boolean {
  const short = (v: unknown) => typeof v === 'string' && /Insufficient (cpu|memory)/i.test(v);
  return (
    factValues(unschedulable, 'unschedulableMessage').some(short) ||
    unschedulable.findings.some((f) => short(f.message))
  );
}

/** A configuration error the component states in its own log (`kubernetes.selfreport.configErrorLines`). */
function selfReportedConfig(config: Hypothesis): boolean {
  return factValues(config, 'configErrorLines').some((v) => Number(v) > 0);
}

/** An exhaustion known only from what the callers were answered (no finding of the component's own). */
function callersOnly(h: Hypothesis): boolean {
  return h.findings.every((f) => Object.keys(f.facts).every((k) => k.startsWith('kubernetes.callers.')));
}

/** Exit codes a kubelet kill leaves (SIGKILL after the grace period, SIGTERM handled), and a graceful exit on SIGTERM. */
const KILL_EXIT_CODES: ReadonlySet<number> = new Set([0, 137, 143]);

/**
 * A crash loop whose containers last exited on their own (an exit code other than a kill's) while the liveness
 * probe killed them at most once: the probe did not restart them, so a liveness failure seen meanwhile (a kill
 * that left a corrupt file behind, probes failing while the process is down) does not explain the loop.
 * Unknown exit codes, or repeated liveness kills, keep the liveness reading.
 */
function exitsOnItsOwn(probe: Hypothesis, crash: Hypothesis): boolean {
  const codes = factValues(crash, 'lastExitCode').filter((v): v is number => typeof v === 'number');
  const kills = Math.max(0, ...factValues(probe, 'probeKills').map(Number).filter(Number.isFinite));
  return kills < 2 && codes.length > 0 && codes.every((c) => !KILL_EXIT_CODES.has(c));
}

export const CAUSE_FAMILIES: readonly CauseFamily[] = [
  { leader: 'oom-killed', follower: 'crash-loop', because: 'OOM kills restart the container' },
  {
    leader: 'probe-failure',
    follower: 'crash-loop',
    because: 'liveness kills restart the container',
    when: (probe, crash) => !exitsOnItsOwn(probe, crash),
  },
  {
    leader: 'crash-loop',
    follower: 'probe-failure',
    because: 'a container that keeps exiting on its own fails its probes while it is down',
    when: (crash, probe) => exitsOnItsOwn(probe, crash),
  },
  { leader: 'config-missing', follower: 'crash-loop', because: 'a missing config stops the start' },
  { leader: 'config-error', follower: 'crash-loop', because: 'a bad config makes the start fail' },
  {
    leader: 'config-error',
    follower: 'bad-deploy-rollout',
    because: 'the rollout changed nothing in the pods; the configuration it made them read again did',
    when: (config, rollout) => restartOnly(config) && !rolloutChangedSomething(rollout),
  },
  {
    leader: 'config-error',
    follower: 'dependency-down',
    because: 'a component configured wrongly toward what it needs fails its own callers',
  },
  {
    leader: 'config-error',
    follower: 'resource-exhaustion',
    because:
      'it cannot write where it is configured to (its own log says why), so it refuses its callers as if full',
    when: (config, exhausted) => selfReportedConfig(config) && callersOnly(exhausted),
  },
  { leader: 'node-pressure', follower: 'unschedulable', because: 'a node under pressure is tainted' },
  {
    leader: 'node-pressure',
    follower: 'probe-failure',
    because: 'a starved node slows pods until probes fail',
  },
  {
    leader: 'unschedulable',
    follower: 'probe-failure',
    because:
      'replicas that find no CPU or memory leave the running ones the load until their probes time out',
    when: (unschedulable) => outOfCapacity(unschedulable),
  },
  {
    leader: 'quota-exceeded',
    follower: 'probe-failure',
    because: 'replicas the quota refuses leave the running ones the load until their probes time out',
  },
  {
    leader: 'bad-deploy-rollout',
    follower: 'crash-loop',
    because: 'the new revision changed the pods and they crash',
    when: (rollout) => rolloutCausedCrash(rollout),
  },
  {
    leader: 'bad-deploy-rollout',
    follower: 'network-fault',
    because: 'the callers time out toward the revision the rollout changed',
    when: (rollout) => rolloutChangedSomething(rollout),
  },
  {
    leader: 'bad-deploy-rollout',
    follower: 'dependency-down',
    because: 'the callers are refused by the revision the rollout changed',
    when: (rollout) => rolloutChangedSomething(rollout),
  },
  {
    leader: 'bad-deploy-rollout',
    follower: 'probe-failure',
    because: 'the new revision changed its CPU or memory, and its probes time out under the new limits',
    when: (rollout) => rolloutChangedResources(rollout),
  },
  {
    leader: 'crash-loop',
    follower: 'bad-deploy-rollout',
    because: 'the rollout stalls because the pods crash',
    when: (_crash, rollout) => !rolloutCausedCrash(rollout),
  },
];

/**
 * Folds each follower under its leader at the same node: the leader takes the follower's findings
 * as support and at least its confidence (a `family` factor); the follower stays listed with
 * FOLDED_SHARE of its confidence. Re-ranks, keeping the incoming order for ties.
 */
export function foldCauseFamilies(
  hypotheses: readonly Hypothesis[],
  band: (confidence: number) => ConfidenceBand,
  hosts: (node: string) => readonly string[] = () => [],
  families: readonly CauseFamily[] = CAUSE_FAMILIES,
): Hypothesis[] {
  // Shallow copies; a hypothesis's lists are copied when a fold first changes them (most never are).
  const out = hypotheses.map((h) => ({ ...h }));
  const copied = new Set<Hypothesis>();
  const own = (h: Hypothesis) => {
    if (copied.has(h)) return;
    copied.add(h);
    h.findings = [...h.findings];
    h.explains = [...h.explains];
    h.factors = [...h.factors];
  };
  const at = new Map<string, Hypothesis>(out.map((h) => [`${h.node}\u0000${h.cause}`, h]));
  const folded = new Set<Hypothesis>();
  const original = new Map(out.map((h) => [h, h.confidence]));
  const fold = (leader: Hypothesis, follower: Hypothesis, because: string) => {
    folded.add(follower);
    own(leader);
    own(follower);
    const raised = Math.max(leader.confidence, original.get(follower)!);
    leader.factors.push({
      name: 'family',
      value: original.get(follower)!,
      contribution: raised - leader.confidence,
      note: `explains ${follower.cause} at ${follower.node} (${because})`,
    });
    leader.confidence = raised;
    leader.findings.push(...follower.findings);
    // At one node both explain the same symptoms: the keys are built only for those not already there.
    const listed = new Set(leader.explains);
    const rest = follower.explains.filter((x) => !listed.has(x));
    if (rest.length > 0) {
      const explained = new Set(leader.explains.map((x) => `${x.node}\u0000${x.ruleId}\u0000${x.message}`));
      for (const x of rest)
        if (!explained.has(`${x.node}\u0000${x.ruleId}\u0000${x.message}`)) leader.explains.push(x);
    }
    const lowered = follower.confidence * FOLDED_SHARE;
    follower.factors.push({
      name: 'family',
      value: FOLDED_SHARE,
      contribution: lowered - follower.confidence,
      note: `folded under ${leader.cause} at ${leader.node} (${because})`,
    });
    follower.confidence = lowered;
  };
  for (const family of families) {
    for (const leader of out) {
      if (leader.cause !== family.leader || folded.has(leader)) continue;
      const follower = at.get(`${leader.node}\u0000${family.follower}`);
      if (!follower || folded.has(follower)) continue;
      // A leader resting on leads alone (a change near the symptoms) does not explain a finding: it leads only leads.
      if (leadsOnly(leader) && !leadsOnly(follower)) continue;
      if (family.when && !family.when(leader, follower)) continue;
      fold(leader, follower, family.because);
    }
  }
  // A Node-level cause seen at a workload (its pods evicted for pressure) is the Node's own when
  // the Node it runs on has that hypothesis too: the Node leads, the workload's folds under it.
  for (const follower of out) {
    if (!HOST_CAUSES.has(follower.cause) || folded.has(follower)) continue;
    const host = [...hosts(follower.node)]
      .sort()
      .map((h) => at.get(`${h}\u0000${follower.cause}`))
      .find((h) => h && h !== follower && !folded.has(h));
    if (host) fold(host, follower, 'the Node it runs on has the same cause');
  }
  if (folded.size === 0) return out;
  const order = new Map(out.map((h, i) => [h, i]));
  return out
    .sort((a, b) => b.confidence - a.confidence || order.get(a)! - order.get(b)!)
    .map((h, i) => ({ ...h, rank: i + 1, band: band(h.confidence) }));
}
