// Corroboration: a "high" answer needs more than one isolated finding — two independent evidence
// kinds, or a tie to the incident — and a crash loop or a starved pool must not blame a dependency that shows nothing.
import type { ConfidenceBand, FindingRef, Hypothesis, SymptomRef } from '../sdk/index.js';

/** How far below the high threshold an uncorroborated answer is held. */
export const UNCORROBORATED_MARGIN = 0.01;
/**
 * Findings weighted below this are leads (a change near the symptoms with nothing after it): a
 * hypothesis resting on leads alone is held below the medium band, whatever it explains.
 */
export const LEAD_WEIGHT = 0.3;

/** Whether every finding of a hypothesis is a lead (and there is at least one). */
export const leadsOnly = (h: Hypothesis): boolean =>
  h.findings.length > 0 && h.findings.every((f) => f.weight < LEAD_WEIGHT);

/** The evidence kinds (`kubernetes.pods`, `datadog.monitors`, …) a hypothesis's findings were matched on. */
export function evidenceKinds(h: Hypothesis): string[] {
  const kinds = new Set<string>();
  for (const f of h.findings)
    for (const key of Object.keys(f.facts)) kinds.add(key.split('.').slice(0, 2).join('.'));
  return [...kinds].sort();
}

/** Whether a hypothesis is corroborated: two evidence kinds, or tied to what the incident reports. */
export function corroborated(h: Hypothesis, tied: (node: string) => boolean): boolean {
  if (evidenceKinds(h).length >= 2) return true;
  if (tied(h.node)) return true;
  return h.explains.some((s) => s.node !== h.node);
}

/**
 * For each component whose own symptoms point at another component (`target`) that has no finding, the
 * first such target in the symptoms' order: what `requireCorroboration`'s `blames` asks.
 */
export function blamesOf(
  symptoms: readonly SymptomRef[],
  findings: readonly FindingRef[],
): (node: string) => string | undefined {
  const withFinding = new Set(findings.map((f) => f.node));
  const blames = new Map<string, string>();
  for (const s of symptoms)
    if (s.target && s.target !== s.node && !withFinding.has(s.target) && !blames.has(s.node))
      blames.set(s.node, s.target);
  return (node) => blames.get(node);
}

/**
 * Holds every uncorroborated hypothesis at most just below the high band (a `corroboration` factor) and
 * re-ranks, keeping the incoming order for ties. A single strong finding on a component the incident
 * does not name and whose trouble shows nowhere else is a decoy or a concurrent fault as often as
 * the answer: it may lead, but not say "high".
 */
export function requireCorroboration(
  hypotheses: readonly Hypothesis[],
  options: {
    high: number;
    /** The medium threshold: a hypothesis on leads alone is held just below it (omitted: no hold). */
    medium?: number;
    band: (confidence: number) => ConfidenceBand;
    tied: (node: string) => boolean;
    /**
     * The dependency a component's own symptoms blame ("cannot reach mongodb-reservation") when that
     * dependency has no finding of its own, or undefined. A crash loop there exits for want of that
     * dependency as often as for a fault of its own: it does not say "high", named or not.
     */
    blames?: (node: string) => string | undefined;
    /**
     * The dependency a component waits on for pooled connections (symptom `pool-waits`) when that dependency
     * has no finding of its own: a pool whose every connection is held by calls to it is exhausted by a slow
     * dependency as often as by a leak, so `resource-exhaustion` there does not say "high" either.
     */
    poolBlames?: (node: string) => string | undefined;
  },
): Hypothesis[] {
  const highCap = options.high - UNCORROBORATED_MARGIN;
  // Which symptoms may hold a cause below high: a crash loop by any blamed dependency, exhaustion by a pool's.
  const blamesByCause: Record<string, ((node: string) => string | undefined) | undefined> = {
    'crash-loop': options.blames,
    'resource-exhaustion': options.poolBlames,
  };
  let changed = false;
  const out = hypotheses.map((h) => {
    const lead = options.medium !== undefined && leadsOnly(h);
    const cap = lead ? options.medium! - UNCORROBORATED_MARGIN : highCap;
    // min(confidence, cap): monotone, so a finding added never lowers a hypothesis.
    if (h.confidence <= cap) return h;
    const blamed = lead ? undefined : blamesByCause[h.cause]?.(h.node);
    if (!lead && blamed === undefined && corroborated(h, options.tied)) return h;
    changed = true;
    return {
      ...h,
      confidence: cap,
      factors: [
        ...h.factors,
        {
          name: 'corroboration',
          value: evidenceKinds(h).length,
          contribution: cap - h.confidence,
          note: lead
            ? 'only leads (a change near the symptoms with nothing after it that shows it broke anything): held below medium'
            : blamed !== undefined
              ? `its own logs blame ${blamed}, which shows no finding of its own: a consequence as often as a cause, held below high`
              : 'one kind of evidence, on a component the incident does not name, explaining nothing elsewhere: held below high',
        },
      ],
    };
  });
  if (!changed) return out;
  const order = new Map(out.map((h, i) => [h, i]));
  return out
    .sort((a, b) => b.confidence - a.confidence || order.get(a)! - order.get(b)!)
    .map((h, i) => ({ ...h, rank: i + 1, band: options.band(h.confidence) }));
}

/**
 * An inconclusive report names no high answer: when the top hypothesis does not clearly lead the best at
 * another component (or nothing is sure enough), a hypothesis in the high band is shown as medium. Only the
 * band changes, not the confidence, so scoring stays monotone; the report's `inconclusiveReason` says why.
 */
export function contestedBands(hypotheses: Hypothesis[], conclusive: boolean): Hypothesis[] {
  if (conclusive || !hypotheses.some((h) => h.band === 'high')) return hypotheses;
  return hypotheses.map((h) => (h.band === 'high' ? { ...h, band: 'medium' as ConfidenceBand } : h));
}
