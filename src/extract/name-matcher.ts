// Finds the components a description names, as on-call engineers write them: ids, aliases, pods,
// addresses, several words, plurals, stems, misspellings, teams — and drops names it says are fine.
import type { GraphView, IncidentEntity } from '../sdk/index.js';
import { NAME_SCORES, SERVICE_WORDS, type NameIndex, type NameTerm } from './name-index.js';
import { STOP_WORDS, SYMPTOM_PATTERNS } from './symptom-lexicon.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Mention {
  term: NameTerm;
  start: number;
  end: number;
}

const SERVICE_SUFFIXES = ['-service', '-svc', 'service', 'svc', '-api', '-server'];
/** Longest run of words read as one name ("order history service"). */
const MAX_WORDS = 3;

/**
 * What follows a name to say it is not the problem: "X still works", "X is fine", "X looks ok",
 * "X pod looks perfectly fine", "X seems healthy", "X is not the issue".
 */
const FINE_AFTER =
  /^(?:'s)?\s+(?:(?:pods?|service|svc|side|itself|instances?|db|api)\s+)?(?:(?:is|are|looks?|seems?|appears?)\s+(?:to be\s+)?(?:still\s+|perfectly\s+|totally\s+|completely\s+|all\s+|absolutely\s+)?(?:fine|ok|okay|good|green|healthy|normal|working|unaffected|happy|not (?:the )?(?:issue|problem|cause|culprit))|(?:still\s+)?works?(?:\s+(?:fine|ok|okay|normally))?(?=\s*(?:$|[.,;!?)]|\band\b|\bbut\b))|still\s+(?:works|working|fine|ok|okay|up|healthy|green))\b/;
/** What precedes a name to rule it out: "nothing wrong with X", "ruled out X", "not X". */
const FINE_BEFORE =
  /(?:nothing wrong with|no issues? with|ruled out|rule out|not|isn'?t|it'?s not)\s+(?:the\s+)?$/;
/** Remainders of a compound that make its head a name of it ("ledger" → ledgerwriter, "balance" → balancereader). */
const AGENT_REMAINDER = /^(?:[a-z]*(?:er|or)|service|svc|api|app|backend)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9._:\-/]*/g)) {
    let raw = m[0].replace(/[._:\-/]+$/, '');
    if (raw.toLowerCase().endsWith("'s")) raw = raw.slice(0, -2);
    if (raw.length === 0) continue;
    tokens.push({ text: raw.toLowerCase(), start: m.index!, end: m.index! + raw.length });
  }
  return tokens;
}

export function matchEntities(text: string, index: NameIndex, graph: GraphView): IncidentEntity[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const words = phraseAt(tokens, i, text, index);
    if (words) {
      mentions.push({ term: words.term, start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end });
      i += words.length;
      continue;
    }
    const t = tokens[i]!;
    // "Ledger team says …" speaks of the team, not of a component whose name merely starts like it.
    const direct = lookup(t.text, index, graph);
    if (!direct && index.teams.has(t.text) && /^(team|squad|folks)$/.test(tokens[i + 1]?.text ?? '')) {
      i++;
      continue;
    }
    const term = direct ?? wordForm(t.text, index);
    if (term) mentions.push({ term, start: t.start, end: t.end });
    i++;
  }
  const found = new Map<string, IncidentEntity>();
  const negated = new Set<string>();
  for (const m of mentions) {
    if (isRuledOut(text, m.start, m.end)) {
      negated.add(m.term.node);
      continue;
    }
    const prev = found.get(m.term.node);
    if (!prev || m.term.score > (prev.score ?? 0))
      found.set(m.term.node, {
        node: m.term.node,
        text: text.slice(m.start, m.end),
        span: [m.start, m.end],
        score: m.term.score,
        via: m.term.via,
      });
  }
  if (found.size === 0) {
    for (const t of tokens) {
      const team = index.teams.get(t.text) ?? index.teams.get(t.text.replace(/s$/, ''));
      if (!team) continue;
      if (!/\bteam\b/i.test(text.slice(Math.max(0, t.start - 12), t.end + 12))) continue;
      for (const node of team)
        if (!negated.has(node) && !found.has(node))
          found.set(node, {
            node,
            text: text.slice(t.start, t.end),
            span: [t.start, t.end],
            score: NAME_SCORES.team,
            via: 'team',
          });
    }
  }
  return [...found.values()];
}

/** A name of two or three words ("order history", "user svc", "ledger db"), longest first. */
function phraseAt(
  tokens: Token[],
  i: number,
  text: string,
  index: NameIndex,
): { term: NameTerm; length: number } | undefined {
  for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 2; n--) {
    const run = tokens.slice(i, i + n);
    if (run.some((t, k) => k > 0 && !/^[\s-]*$/.test(text.slice(run[k - 1]!.end, t.start)))) continue;
    const words = run.map((t) => t.text);
    const term =
      index.terms.get(words.join('-')) ??
      index.terms.get(words.join(' ')) ??
      index.compact(words.join('')) ??
      (SERVICE_WORDS.includes(words[n - 1]!) ? serviceBase(words.slice(0, -1).join(''), index) : undefined) ??
      (n >= 2 && words.every((w) => !STOP_WORDS.has(w)) ? index.base(words.join('')) : undefined);
    if (term) return { term, length: n };
  }
  return undefined;
}

/** "user svc" → userservice, "contact service" → contacts. */
function serviceBase(word: string, index: NameIndex): NameTerm | undefined {
  for (const form of [word, `${word}s`, word.replace(/s$/, '')]) {
    const t = index.base(form);
    if (t) return t;
  }
  return undefined;
}

function lookup(token: string, index: NameIndex, graph: GraphView): NameTerm | undefined {
  const direct = index.terms.get(token);
  if (direct) return direct;
  if (token.includes(':')) {
    const c = graph.findByAddress(token);
    if (c) return { node: c.id, via: 'address', score: NAME_SCORES.address };
  }
  const pod = podWorkload(token);
  if (pod) {
    const t = index.terms.get(pod);
    if (t) return { node: t.node, via: 'pod', score: NAME_SCORES.pod };
  }
  for (const suffix of SERVICE_SUFFIXES) {
    if (token.endsWith(suffix) && token.length > suffix.length + 2) {
      const t = index.terms.get(token.slice(0, -suffix.length).replace(/-$/, ''));
      if (t) return { ...t, score: Math.min(t.score, NAME_SCORES.alias) };
    }
  }
  if (/[-_.]/.test(token) && !token.includes(':')) return index.compact(token);
  return undefined;
}

/**
 * Plurals and inflections ("baskets" ↔ basket, "dispatched" → dispatch), stems of compounds
 * ("ledger" → ledgerwriter) and misspellings — never for common or symptom words.
 */
function wordForm(token: string, index: NameIndex): NameTerm | undefined {
  if (STOP_WORDS.has(token) || token.length < 4 || /^\d/.test(token) || isSymptomWord(token))
    return undefined;
  for (const form of inflections(token)) {
    const t = index.terms.get(form) ?? index.compact(form);
    if (t) return { ...t, score: Math.min(t.score, NAME_SCORES.alias) };
  }
  if (token.length < 5) return undefined;
  const stem = index.stem(token);
  if (stem && AGENT_REMAINDER.test(stem.remainder)) return stem.term;
  return index.fuzzy(token);
}

function inflections(token: string): string[] {
  const out = [`${token}s`];
  if (token.endsWith('ies')) out.push(`${token.slice(0, -3)}y`);
  if (token.endsWith('es')) out.push(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss')) out.push(token.slice(0, -1));
  if (token.endsWith('ed') && token.length > 6) out.push(token.slice(0, -2), token.slice(0, -1));
  if (token.endsWith('ing') && token.length > 7) out.push(token.slice(0, -3), `${token.slice(0, -3)}e`);
  return out;
}

const SYMPTOM_WORDS = SYMPTOM_PATTERNS.map(({ pattern }) => new RegExp(`^(?:${pattern.source})$`, 'i'));
function isSymptomWord(token: string): boolean {
  return SYMPTOM_WORDS.some((re) => re.test(token));
}

function isRuledOut(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60).toLowerCase();
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  return FINE_AFTER.test(after) || FINE_BEFORE.test(before);
}

/** `cartservice-7d9f8b6c5-x2k9p` → `cartservice`; `redis-cart-0` → `redis-cart`; `ds-abcde` → `ds`. */
export function podWorkload(token: string): string | undefined {
  const deployment = /^([a-z0-9][a-z0-9-]*?)-[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(token);
  if (deployment) return deployment[1];
  const stateful = /^([a-z0-9][a-z0-9-]*?)-\d{1,3}$/.exec(token);
  if (stateful) return stateful[1];
  const daemon = /^([a-z0-9][a-z0-9-]*?)-[a-z0-9]{5}$/.exec(token);
  if (daemon && /\d/.test(token.slice(-5))) return daemon[1];
  return undefined;
}
