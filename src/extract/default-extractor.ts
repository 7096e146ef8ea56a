// The default extractor (no network): matches the description against the topology — ids, aliases,
// workload and pod names, addresses, team names, close misspellings — plus symptom words, negations
// and time hints. The name index is built once per graph; matching is linear in the description.
import type { Component, GraphView, IncidentEntity, SymptomHint, TimeWindow } from '../sdk/index.js';
import type { EntityExtractor, ExtractionInput, ExtractionResult } from './entity-extractor.js';
import { buildNameIndex, type NameIndex } from './name-index.js';
import { matchEntities, podWorkload } from './name-matcher.js';
import { DENIED_AFTER, NEGATIONS, NOT_A_NEGATION, SYMPTOM_PATTERNS } from './symptom-lexicon.js';
import { parseTimeWindow } from './time-window.js';

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

export interface DefaultExtractorOptions {
  /** Longest description considered (characters); the rest is ignored. */
  maxLength?: number;
}

export function createDefaultExtractor(options: DefaultExtractorOptions = {}): EntityExtractor {
  const indexes = new WeakMap<GraphView, NameIndex>();
  const maxLength = options.maxLength ?? 10_000;
  return {
    async extract(input: ExtractionInput, graph: GraphView): Promise<ExtractionResult> {
      let index = indexes.get(graph);
      if (!index) indexes.set(graph, (index = buildNameIndex(graph)));
      const text = input.description.slice(0, maxLength);
      const entities = matchEntities(maskStatusPhrases(text), index, graph);
      for (const e of labelEntities(input.labels ?? {}, graph))
        if (!entities.some((x) => x.node === e.node)) entities.push(e);
      const symptoms = matchSymptoms(text);
      const window = openedBeforeOnset(parseTimeWindow(text, input.now));
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

/**
 * HTTP status phrases ("504 gateway timeout", "502 Bad Gateway", "service unavailable") name a status,
 * not a component: blanked (same length, so spans stay true) before names are matched. Symptoms are
 * still read from the whole text.
 */
const STATUS_PHRASE =
  /\b(?:bad gateway|gateway[ -]?time-?\s?outs?|service (?:temporarily )?unavailable|internal server errors?)\b/gi;

export function maskStatusPhrases(text: string): string {
  return text.replace(STATUS_PHRASE, (m) => ' '.repeat(m.length));
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

/**
 * What causes symptoms comes before them (the deploy at 14:00 behind "failing since 14:05"), and an
 * onset said in words is approximate: the window opens this long before the onset it was given.
 */
export const ONSET_LEAD_MS = 15 * 60_000;

function openedBeforeOnset(window: TimeWindow | undefined): TimeWindow | undefined {
  if (!window) return undefined;
  return { from: new Date(Date.parse(window.from) - ONSET_LEAD_MS).toISOString(), to: window.to };
}
