// "Did you mean …?": the known names closest to one a user typed (a topology key, a kind, a
// component id, a fault), by edit distance. It suggests only; it never decides what a name means.
import { editDistance } from './edit-distance.js';

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

/** `did you mean "a" or "b"?` for suggestions already found, or '' when there are none. */
export function suggestionText(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? `did you mean ${suggestions.map((c) => `"${c}"`).join(' or ')}?` : '';
}

/** `did you mean "oom-killed"?` for the closest known names, or '' when none is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  return suggestionText(closestNames(name, known));
}
