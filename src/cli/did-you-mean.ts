// "Did you mean …?" for names a user types (a fault, a component): the closest known names by the
// extractor's edit distance, so a typo gets a suggestion instead of a bare "unknown".
import { editDistance } from '../extract/index.js';

/** The known names closest to `name` (at most `max`), within a distance that scales with length. */
export function closestNames(name: string, known: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const candidate of new Set(known)) {
    const c = candidate.toLowerCase();
    const d = c.startsWith(wanted) || wanted.startsWith(c) ? 1 : editDistance(wanted, c, limit);
    if (d <= limit) scored.push({ name: candidate, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** `unknown fault "oom-kiled"; did you mean "oom-killed"?` (or the known names when nothing is close). */
export function unknownNameReason(what: string, name: string, known: readonly string[]): string {
  const close = closestNames(name, known);
  if (close.length > 0)
    return `unknown ${what} "${name}"; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`;
  return `unknown ${what} "${name}"; known: ${known.join(', ')}`;
}
