// The scenario corpus is well-formed (issue 12, acceptance 3): valid scenario.yaml, expected components
// in the topology, snapshots that load, every timestamp before the incident, logs of real containers,
// topologies `culprit validate` accepts, and the corpus's size and spread. Until test/scenarios holds
// scenarios, the file checks run on the fixture corpus and the count checks are skipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkScenario,
  findScenarioDirs,
  loadCorpus,
  scenarioCauses,
  scenarioTraits,
} from '../../src/eval/index.js';
import type { Scenario } from '../../src/eval/index.js';
import { readClusterSnapshot } from '../../src/testing/index.js';
import { runCli } from '../helpers/run-cli.js';

const CORPUS = resolve('test/scenarios');
const FIXTURE = resolve('test/fixtures/eval-corpus');
const corpusExists = existsSync(CORPUS) && findScenarioDirsSync(CORPUS).length > 0;
const ROOT = corpusExists ? CORPUS : FIXTURE;

function findScenarioDirsSync(root: string): string[] {
  if (existsSync(join(root, 'scenario.yaml'))) return [root];
  return readdirSync(root)
    .filter((n) => !['cluster', 'logs', 'datadog'].includes(n) && statSync(join(root, n)).isDirectory())
    .flatMap((n) => findScenarioDirsSync(join(root, n)));
}

/** RFC 3339 date-times anywhere in a string, and Go's `2006/01/02 15:04:05` log stamps (UTC). */
const STAMP =
  /\b(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d|\s?UTC)?(?![\d:])/g;

function timestampsIn(text: string): { text: string; ms: number }[] {
  const out: { text: string; ms: number }[] = [];
  for (const m of text.matchAll(STAMP)) {
    const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
    const z = zone.trim() === 'UTC' ? 'Z' : zone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
    const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${z}`);
    if (Number.isFinite(ms)) out.push({ text: m[0], ms });
  }
  return out;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const scenarios: Scenario[] = (await loadCorpus([ROOT]).catch(() => ({ scenarios: [] }))).scenarios;

// Each test walks the whole corpus (1,700 scenarios and growing): seconds alone, longer on a shared, loaded machine.
describe(`corpus well-formedness (${relative(process.cwd(), ROOT)})`, { timeout: 120_000 }, () => {
  it('the timestamp finder reads the stamps clusters and runtimes write', () => {
    const found = (t: string) => timestampsIn(t).map((x) => new Date(x.ms).toISOString());
    expect(found('"lastTimestamp": "2026-03-14T14:05:01Z"')).toEqual(['2026-03-14T14:05:01.000Z']);
    expect(found('2026-03-14 14:05:01.123 UTC [1] FATAL:  password authentication failed')).toEqual([
      '2026-03-14T14:05:01.123Z',
    ]);
    expect(found('2026/03/14 14:05:01 dial tcp 10.0.0.7:6379: connect: connection refused')).toEqual([
      '2026-03-14T14:05:01.000Z',
    ]);
    expect(found('{"t":{"$date":"2026-03-14T15:05:01.000+01:00"}}')).toEqual(['2026-03-14T14:05:01.000Z']);
    expect(found('pod-template-hash: 7d9f8b6c5d, port 8080:8080')).toEqual([]);
  });

  it('every scenario.yaml is valid and names components its topology has', async () => {
    const problems = [];
    for (const dir of await findScenarioDirs(ROOT)) {
      const check = await checkScenario(dir);
      problems.push(
        ...check.problems.map((p) => `${relative(process.cwd(), p.file)}:${p.line} ${p.code} ${p.message}`),
      );
    }
    expect(problems).toEqual([]);
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it('every snapshot loads: Lists of known kinds, logs only of containers its pods have', () => {
    const problems: string[] = [];
    for (const s of scenarios) {
      try {
        const snapshot = readClusterSnapshot(s.dir);
        // The reader checks each log against pods.json; say it again here, as the acceptance asks.
        for (const key of Object.keys(snapshot.logs)) {
          const [ns, pod, container] = key.split('/');
          const p = snapshot.objects.find(
            (o) => o.kind === 'Pod' && o.metadata?.namespace === ns && o.metadata?.name === pod,
          ) as
            | { spec?: { containers?: { name: string }[]; initContainers?: { name: string }[] } }
            | undefined;
          const names = [...(p?.spec?.containers ?? []), ...(p?.spec?.initContainers ?? [])].map(
            (c) => c.name,
          );
          if (!names.includes(container!)) problems.push(`${s.id}: log ${key} has no pod container`);
        }
      } catch (err) {
        problems.push(`${s.id}: ${(err as { code?: string }).code} ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every timestamp in cluster/, logs/ and datadog/ is before the incident time', () => {
    const late: string[] = [];
    for (const s of scenarios) {
      const incident = Date.parse(s.incidentTime);
      for (const file of ['cluster', 'logs', 'datadog'].flatMap((d) => filesUnder(join(s.dir, d)))) {
        const text = readFileSync(file, 'utf8');
        const stamps = timestampsIn(text).filter((t) => t.ms >= incident);
        // Datadog payloads use POSIX seconds / epoch ms too.
        if (file.includes('/datadog/')) {
          for (const m of text.matchAll(/"(?:date_happened|created|modified)":\s*(\d{9,13})\b/g)) {
            const n = Number(m[1]);
            const ms = n < 1e12 ? n * 1000 : n;
            if (ms >= incident) stamps.push({ text: m[0], ms });
          }
        }
        for (const t of stamps.slice(0, 3)) late.push(`${s.id}: ${relative(s.dir, file)} has ${t.text}`);
      }
    }
    expect(late).toEqual([]);
  });

  it('`culprit validate` accepts every topology', async () => {
    const topologies = [...new Set(scenarios.map((s) => s.topology))];
    expect(topologies.length).toBeGreaterThan(0);
    for (const t of topologies) {
      const { code, stdout } = await runCli('validate', t);
      expect({ topology: relative(process.cwd(), t), code, stdout: code === 0 ? '' : stdout }).toEqual({
        topology: relative(process.cwd(), t),
        code: 0,
        stdout: '',
      });
    }
  });
});

describe.skipIf(!corpusExists)('corpus size and spread (test/scenarios)', () => {
  if (!corpusExists) {
    // Said once, plainly, when the corpus has not landed yet.
    it.skip('skipped: test/scenarios holds no scenario yet (the counts apply once the corpus lands)', () => {});
    return;
  }
  const systems = [...new Set(scenarios.map((s) => s.system))];
  const count = (pred: (s: Scenario) => boolean) => scenarios.filter(pred).length;

  it('at least 80 scenarios over at least 5 systems, each with its topology and SOURCES.md', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
    expect(systems.length).toBeGreaterThanOrEqual(5);
    const missing = systems.flatMap((sys) =>
      ['topology.yaml', 'SOURCES.md']
        .filter((f) => !existsSync(join(CORPUS, sys, f)))
        .map((f) => `${sys}/${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('every cause at least 3 times, at least 5 no-fault scenarios, every trait present', () => {
    const thin = scenarioCauses()
      .map((c) => [c, count((s) => s.expected?.cause === c)] as const)
      .filter(([, n]) => n < 3);
    expect(thin).toEqual([]);
    expect(count((s) => s.noFault)).toBeGreaterThanOrEqual(5);
    const present = new Set(scenarios.flatMap((s) => s.traits));
    expect(scenarioTraits().filter((t) => !present.has(t))).toEqual([]);
  });

  it('the test split is at least a third of the corpus and covers every system and cause', () => {
    const test = scenarios.filter((s) => s.split === 'test');
    const testSystems = new Set(test.map((s) => s.system));
    // A system added to widen the dev split (issue 13) has no test scenario until someone who has not seen its dev
    // scenarios writes them; the one-third share is measured over the systems that have a held-out split.
    // hotel-reservation was the one such system until its s5 held-out batch (docs/scenarios.md); none is left.
    const DEV_ONLY_SYSTEMS = new Set<string>();
    const heldOutSystems = scenarios.filter((s) => testSystems.has(s.system));
    expect(test.length * 3).toBeGreaterThanOrEqual(heldOutSystems.length);
    expect(systems.filter((s) => !testSystems.has(s) && !DEV_ONLY_SYSTEMS.has(s))).toEqual([]);
    const testCauses = new Set(test.map((s) => s.expected?.cause));
    expect(scenarioCauses().filter((c) => !testCauses.has(c))).toEqual([]);
  });

  it('corpus.yaml, when it lists systems, lists exactly the systems of the corpus', async () => {
    const { config } = await loadCorpus([CORPUS]);
    expect([...(config.systems ?? systems)].sort()).toEqual([...systems].sort());
  });
});
