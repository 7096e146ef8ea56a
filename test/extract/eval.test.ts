// Extraction eval: micro precision and recall of components and symptoms over the phrasings set.
// The floor is what the extractor reaches today (docs/extraction.md records it); never lower it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultExtractor } from '../../src/extract/index.js';
import { loadTopology, type KnowledgeGraph } from '../../src/topology/index.js';

interface Case {
  text: string;
  components: string[];
  symptoms: string[];
  negated?: string[];
}

const cases = (parse(readFileSync('test/extract/phrasings.yaml', 'utf8')) as { cases: Case[] }).cases;
let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadTopology('knowledge-graph');
});

export const FLOOR = { componentPrecision: 1, componentRecall: 1, symptomPrecision: 0.97, symptomRecall: 1 };

function score(expected: string[][], actual: string[][]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  expected.forEach((exp, i) => {
    const act = new Set(actual[i]);
    for (const e of exp) {
      if (act.has(e)) tp++;
      else fn++;
    }
    for (const a of act) if (!exp.includes(a)) fp++;
  });
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

describe('extraction eval set', () => {
  it('has at least 80 cases', () => expect(cases.length).toBeGreaterThanOrEqual(80));

  it('meets the precision/recall floor for components and symptoms', async () => {
    const extractor = createDefaultExtractor();
    const results = await Promise.all(
      cases.map((c) =>
        extractor.extract({ description: c.text, now: new Date('2026-11-22T15:00:00Z') }, graph),
      ),
    );
    const components = score(
      cases.map((c) => c.components),
      results.map((r) => r.entities.map((e) => e.node)),
    );
    const symptoms = score(
      cases.map((c) => c.symptoms),
      results.map((r) => r.symptoms.filter((s) => !s.negated).map((s) => s.type)),
    );
    const negations = score(
      cases.map((c) => c.negated ?? []),
      results.map((r) => r.symptoms.filter((s) => s.negated).map((s) => s.type)),
    );
    const misses = cases
      .map((c, i) => ({ text: c.text, want: c.components, got: results[i]!.entities.map((e) => e.node) }))
      .filter((m) => m.want.slice().sort().join() !== m.got.slice().sort().join());
    console.log(
      `components P=${components.precision.toFixed(3)} R=${components.recall.toFixed(3)} · symptoms P=${symptoms.precision.toFixed(3)} R=${symptoms.recall.toFixed(3)} · negations P=${negations.precision.toFixed(3)} R=${negations.recall.toFixed(3)} · ${cases.length} cases`,
    );
    const symptomMisses = cases
      .map((c, i) => ({
        text: c.text,
        want: c.symptoms,
        got: results[i]!.symptoms.filter((x) => !x.negated).map((x) => x.type),
        neg: results[i]!.symptoms.filter((x) => x.negated).map((x) => x.type),
        wantNeg: c.negated ?? [],
      }))
      .filter(
        (m) =>
          m.want.slice().sort().join() !== m.got.slice().sort().join() ||
          m.neg.slice().sort().join() !== m.wantNeg.slice().sort().join(),
      );
    if (symptomMisses.length)
      console.log(
        symptomMisses
          .map(
            (m) =>
              `  symptoms ${JSON.stringify(m.text)} want ${m.want} got ${m.got} negated want ${m.wantNeg} got ${m.neg}`,
          )
          .join('\n'),
      );
    if (misses.length)
      console.log(misses.map((m) => `  ${JSON.stringify(m.text)} want ${m.want} got ${m.got}`).join('\n'));
    expect(components.precision).toBeGreaterThanOrEqual(FLOOR.componentPrecision);
    expect(components.recall).toBeGreaterThanOrEqual(FLOOR.componentRecall);
    expect(symptoms.precision).toBeGreaterThanOrEqual(FLOOR.symptomPrecision);
    expect(symptoms.recall).toBeGreaterThanOrEqual(FLOOR.symptomRecall);
    expect(negations.recall).toBe(1);
  });
});
