// Puts evidence in one canonical order so that the order collectors happened to answer in can never
// change a report. Pure; no I/O.
import { stableStringify } from '../rules/index.js';
import type { Evidence } from '../sdk/index.js';

export function canonicalEvidence(evidence: readonly Evidence[]): Evidence[] {
  const keyed = evidence.map((e) => ({
    e,
    key: [e.node, e.kind, e.source, e.observedAt, stableStringify(e.attributes)],
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const x = a.key[i]!;
      const y = b.key[i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return keyed.map((k) => k.e);
}
