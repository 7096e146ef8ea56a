// The default extractor (no network): matches the description against the topology — ids, aliases,
// workload and pod names, addresses, team names, close misspellings — plus symptom words, negations
// and time hints. Indexes are built once per graph; matching is linear in the description.
import type { Component, GraphView, IncidentEntity, SymptomHint } from '../sdk/index.js';
import type { EntityExtractor, ExtractionInput, ExtractionResult } from './entity-extractor.js';
import { DENIED_AFTER, NEGATIONS, NOT_A_NEGATION, STOP_WORDS, SYMPTOM_PATTERNS } from './symptom-lexicon.js';
import { parseTimeWindow } from './time-window.js';

type Via = NonNullable<IncidentEntity['via']>;
interface Term {
  node: string;
  via: Via;
  score: number;
}

interface GraphIndex {
  terms: Map<string, Term>;
  teams: Map<string, string[]>;
  fuzzy: { name: string; term: Term }[];
}

const SCORES: Record<Via, number> = {
  explicit: 1,
  label: 1,
  id: 1,
  alias: 0.95,
  workload: 0.95,
  address: 0.95,
  pod: 0.9,
  fuzzy: 0.7,
  namespace: 0.3,
  team: 0.5,
  llm: 0.6,
};

const LABEL_KEYS = [
  'service',
  'app',
  'app_kubernetes_io_name',
  'component',
  'deployment',
  'statefulset',
  'job',
  'container',
  'pod',
  'host',
];
const SERVICE_SUFFIXES = ['-service', '-svc', 'service', 'svc', '-api', '-server'];

export interface DefaultExtractorOptions {
  /** Longest description considered (characters); the rest is ignored. */
  maxLength?: number;
}

export function createDefaultExtractor(options: DefaultExtractorOptions = {}): EntityExtractor {
  const indexes = new WeakMap<GraphView, GraphIndex>();
  const maxLength = options.maxLength ?? 10_000;
  return {
    async extract(input: ExtractionInput, graph: GraphView): Promise<ExtractionResult> {
      let index = indexes.get(graph);
      if (!index) indexes.set(graph, (index = buildIndex(graph)));
      const text = input.description.slice(0, maxLength);
      const entities = matchEntities(text, index, graph);
      for (const e of labelEntities(input.labels ?? {}, graph))
        if (!entities.some((x) => x.node === e.node)) entities.push(e);
      const symptoms = matchSymptoms(text);
      const window = parseTimeWindow(text, input.now);
      return {
        entities: entities.sort(
          (a, b) => (a.span?.[0] ?? Infinity) - (b.span?.[0] ?? Infinity) || (a.node < b.node ? -1 : 1),
        ),
        symptoms,
        ...(window ? { window } : {}),
        extractor: 'default',
        notes: [],
      };
    },
  };
}

function buildIndex(graph: GraphView): GraphIndex {
  const terms = new Map<string, Term>();
  const teams = new Map<string, string[]>();
  const add = (name: string, node: string, via: Via) => {
    const key = name.toLowerCase();
    const existing = terms.get(key);
    if (!existing || SCORES[via] > existing.score) terms.set(key, { node, via, score: SCORES[via] });
  };
  for (const c of graph.components()) {
    add(c.id, c.id, 'id');
    for (const a of c.aliases) add(a, c.id, 'alias');
    if (c.name) add(c.name, c.id, 'alias');
    for (const addr of c.addresses) {
      add(addr, c.id, 'address');
      add(addr.split(':')[0]!, c.id, 'address');
    }
    if (c.kubernetes?.workload) add(c.kubernetes.workload.name, c.id, 'workload');
    if (c.team) {
      teams.set(c.team.toLowerCase(), [...(teams.get(c.team.toLowerCase()) ?? []), c.id]);
      const t = graph.team(c.team);
      if (t?.name && t.name.toLowerCase() !== c.team.toLowerCase()) {
        teams.set(t.name.toLowerCase(), [...(teams.get(t.name.toLowerCase()) ?? []), c.id]);
      }
    }
  }
  const fuzzy = [...terms.entries()]
    .filter(([name, t]) => name.length >= 4 && !name.includes(':') && t.via !== 'address')
    .map(([name, term]) => ({ name, term }));
  return { terms, teams, fuzzy };
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9._:\-/]*/g)) {
    let raw = m[0];
    let start = m.index!;
    raw = raw.replace(/[._:\-/]+$/, '');
    if (raw.toLowerCase().endsWith("'s")) raw = raw.slice(0, -2);
    if (raw.length === 0) continue;
    tokens.push({ text: raw.toLowerCase(), start, end: start + raw.length });
    start += 0;
  }
  return tokens;
}

function matchEntities(text: string, index: GraphIndex, graph: GraphView): IncidentEntity[] {
  const found = new Map<string, IncidentEntity>();
  const put = (term: Term | undefined, token: { start: number; end: number }, via?: Via, score?: number) => {
    if (!term) return false;
    const entity: IncidentEntity = {
      node: term.node,
      text: text.slice(token.start, token.end),
      span: [token.start, token.end],
      score: score ?? term.score,
      via: via ?? term.via,
    };
    const prev = found.get(term.node);
    if (!prev || (entity.score ?? 0) > (prev.score ?? 0)) found.set(term.node, entity);
    return true;
  };
  const tokens = tokenize(text);
  const used = new Set<number>();
  // Multi-word names first ("product catalog" → product-catalog / productcatalog).
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (text.slice(a.end, b.start).trim() !== '') continue;
    for (const joined of [`${a.text}-${b.text}`, `${a.text}${b.text}`, `${a.text} ${b.text}`]) {
      if (put(index.terms.get(joined), { start: a.start, end: b.end })) {
        used.add(i).add(i + 1);
        break;
      }
    }
  }
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    if (put(lookup(t.text, index, graph), t)) return;
    // Misspellings only for words of five letters or more: short words ("card", "cart") are too close to each other.
    if (STOP_WORDS.has(t.text) || t.text.length < 5 || /^\d+$/.test(t.text)) return;
    const near = fuzzyMatch(t.text, index);
    if (near) put(near, t, 'fuzzy', SCORES.fuzzy);
  });
  if (found.size === 0) {
    for (const t of tokens) {
      const team = index.teams.get(t.text);
      if (!team || (t.text === 'team' && team.length === 0)) continue;
      if (!/\bteam\b/i.test(text.slice(Math.max(0, t.start - 12), t.end + 12))) continue;
      for (const node of team) put({ node, via: 'team', score: SCORES.team }, t);
    }
  }
  return [...found.values()];
}

function lookup(token: string, index: GraphIndex, graph: GraphView): Term | undefined {
  const direct = index.terms.get(token);
  if (direct) return direct;
  if (token.includes(':')) {
    const c = graph.findByAddress(token);
    if (c) return { node: c.id, via: 'address', score: SCORES.address };
  }
  const pod = podWorkload(token);
  if (pod) {
    const t = index.terms.get(pod);
    if (t) return { node: t.node, via: 'pod', score: SCORES.pod };
  }
  for (const suffix of SERVICE_SUFFIXES) {
    if (token.endsWith(suffix) && token.length > suffix.length + 2) {
      const t = index.terms.get(token.slice(0, -suffix.length).replace(/-$/, ''));
      if (t) return { ...t, score: Math.min(t.score, SCORES.alias) };
    }
  }
  if (token.endsWith('s') && token.length > 5) {
    const t = index.terms.get(token.slice(0, -1));
    if (t) return t;
  }
  return undefined;
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

function fuzzyMatch(token: string, index: GraphIndex): Term | undefined {
  const limit = token.length >= 9 ? 2 : 1;
  let best: { term: Term; d: number } | undefined;
  for (const { name, term } of index.fuzzy) {
    if (Math.abs(name.length - token.length) > limit) continue;
    const d = editDistance(token, name, limit);
    if (d <= limit && d > 0 && (!best || d < best.d)) best = { term, d };
  }
  return best?.term;
}

/** Damerau–Levenshtein (optimal string alignment), abandoning once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/** Alert labels (service, app, deployment, statefulset, pod, … with namespace) → components, strongest key first. */
export function labelEntities(labels: Record<string, string>, graph: GraphView): IncidentEntity[] {
  const out: IncidentEntity[] = [];
  const ns = labels.kubernetes_namespace ?? labels.namespace;
  for (const key of LABEL_KEYS) {
    const value = labels[key];
    if (!value) continue;
    const c: Component | undefined =
      (ns ? graph.findByWorkload(ns, value) : undefined) ??
      graph.resolve(value) ??
      (podWorkload(value.toLowerCase()) ? graph.resolve(podWorkload(value.toLowerCase())!) : undefined);
    if (c && !out.some((e) => e.node === c.id))
      out.push({ node: c.id, text: `${key}=${value}`, score: 1, via: 'label' });
  }
  return out;
}

function matchSymptoms(text: string): SymptomHint[] {
  const lower = text.toLowerCase();
  const hints = new Map<string, SymptomHint>();
  const generic: { hint: SymptomHint; clause: number }[] = [];
  const specificClauses = new Set<number>();
  const clauseOf = (offset: number) => (lower.slice(0, offset).match(/[.,;!?]|\bbut\b/g) ?? []).length;
  for (const { type, pattern, generic: isGeneric } of SYMPTOM_PATTERNS) {
    for (const m of lower.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      const before = (
        lower
          .slice(Math.max(0, start - 30), start)
          .split(/[.,;!?]|\bbut\b/)
          .pop() ?? ''
      )
        .split(/\s+/)
        .slice(-4)
        .join(' ');
      const after = lower.slice(end, end + 30).split(/[.,;!?]|\bbut\b/)[0] ?? '';
      const negated =
        (NEGATIONS.test(before) && !NOT_A_NEGATION.test(`${before} ${m[0]}`)) || DENIED_AFTER.test(after);
      const hint: SymptomHint = {
        type,
        text: text.slice(start, end),
        span: [start, end],
        ...(negated ? { negated } : {}),
      };
      if (isGeneric) {
        generic.push({ hint, clause: clauseOf(start) });
        continue;
      }
      if (type !== 'errors' && !negated) specificClauses.add(clauseOf(start));
      add(hints, hint);
    }
  }
  for (const { hint, clause } of generic) if (!specificClauses.has(clause)) add(hints, hint);
  return [...hints.values()].sort((a, b) => a.span![0] - b.span![0]);
}

// A negated mention is kept only while nothing affirms the symptom; an affirmed one replaces it.
function add(hints: Map<string, SymptomHint>, hint: SymptomHint): void {
  const prev = hints.get(hint.type);
  if (!prev || (prev.negated && !hint.negated)) hints.set(hint.type, hint);
}
