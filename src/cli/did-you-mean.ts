// "Did you mean …?" for names a user types on the command line (a fault, a component), built on the
// schema layer's didYouMean so the CLI, the topology loader and the extractor agree on typos.
import { didYouMean } from '../schema/index.js';

/** `unknown fault "oom-kiled"; did you mean "oom-killed"?` (or the known names when nothing is close). */
export function unknownNameReason(what: string, name: string, known: readonly string[]): string {
  const hint = didYouMean(name, known);
  if (hint) return `unknown ${what} "${name}"; ${hint}`;
  return `unknown ${what} "${name}"; known: ${known.join(', ')}`;
}
