import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCulpritError } from '../../src/errors/index.js';
import {
  checkRulePacks,
  compileRegex,
  createRuleEvaluator,
  EXTRA_OPERATORS,
  loadRulePack,
  loadRulePacks,
  runRulePackTests,
} from '../../src/rules/index.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';
import { GOOD_RULE, GOOD_TESTS, writePack } from '../helpers/temp-pack.js';

const withRule = (rule: string) => writePack([{ id: 'high-errors', rule, tests: GOOD_TESTS }]);
const codes = async (dir: string) =>
  (await checkRulePacks(dir)).problems.map((p) => `${p.line}:${p.col} ${p.code}`);

describe('rule pack loading', () => {
  it('loads a good pack and the bundled packs', async () => {
    const pack = await loadRulePack(writePack([{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS }]));
    expect(pack.rules.map((r) => r.id)).toEqual(['high-errors']);
    const bundled = await loadRulePacks('rules');
    expect(bundled.map((p) => p.name).sort()).toEqual(['core', 'datadog', 'kubernetes']);
  });

  it.each([
    ['unknown operator', GOOD_RULE.replace('greaterThan', 'isHuge'), '5:49 ERR_RULES_UNKNOWN_OPERATOR'],
    [
      'JSONPath instead of a dotted path',
      GOOD_RULE.replace('path: errors', "path: '$.errors[?(@.x)]'"),
      '5:31 ERR_RULES_INVALID_PATH',
    ],
    [
      'prototype walk',
      GOOD_RULE.replace('path: errors', 'path: constructor.name'),
      '5:31 ERR_RULES_INVALID_PATH',
    ],
    [
      'unknown cause',
      GOOD_RULE.replace('symptom: { type: error-burst }', 'finding: { cause: gremlins, weight: 0.5 }'),
      '7:21 ERR_RULES_UNKNOWN_CAUSE',
    ],
    [
      'unfillable placeholder',
      GOOD_RULE.replace('{{app.logs.errors}}', '{{db.stats.rows}}'),
      '10:10 ERR_RULES_UNFILLABLE_PLACEHOLDER',
    ],
    [
      'unknown message',
      GOOD_RULE.replace('messageId: burst', 'messageId: flood'),
      '8:14 ERR_RULES_UNKNOWN_MESSAGE',
    ],
    [
      'catastrophic regex',
      GOOD_RULE.replace('operator: greaterThan, value: 10', "operator: matches, value: '(a)\\1'"),
      '5:65 ERR_RULES_UNSAFE_REGEX',
    ],
    [
      'invalid regex',
      GOOD_RULE.replace('operator: greaterThan, value: 10', "operator: matches, value: '(unclosed'"),
      '5:65 ERR_RULES_INVALID_REGEX',
    ],
    [
      'id different from the file name',
      GOOD_RULE.replace('id: high-errors', 'id: other'),
      '1:5 ERR_RULES_ID_MISMATCH',
    ],
  ])('%s', async (_name, rule, expected) => {
    expect(await codes(withRule(rule))).toContain(expected);
  });

  it('reports a duplicate rule id, a missing test, a missing doc and orphan files', async () => {
    const dir = writePack([
      { id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS },
      { id: 'no-tests', rule: GOOD_RULE.replace('id: high-errors', 'id: no-tests'), doc: false },
    ]);
    mkdirSync(join(dir, 'rules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'rules', 'zz-dup.yaml'), GOOD_RULE);
    writeFileSync(join(dir, 'docs', 'ghost.md'), '# ghost\n');
    const found = (await checkRulePacks(dir)).problems.map((p) => p.code);
    expect(found).toEqual(
      expect.arrayContaining([
        'ERR_RULES_DUPLICATE_ID',
        'ERR_RULES_MISSING_TEST',
        'ERR_RULES_MISSING_DOC',
        'ERR_RULES_ORPHAN_FILE',
      ]),
    );
  });

  it('rejects a pack whose engine range excludes this version', async () => {
    const dir = writePack(
      [{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS }],
      'name: demo\nversion: 1.0.0\ndescription: x\nengine: ">=99.0.0"\n',
    );
    expect(await codes(dir)).toContain('4:9 ERR_RULES_ENGINE_MISMATCH');
  });

  it('accepts causes the pack declares in its own namespace only', async () => {
    const rule = GOOD_RULE.replace(
      'symptom: { type: error-burst }',
      'finding: { cause: demo/queue-backlog, weight: 0.5 }',
    );
    const tests = GOOD_TESTS.replace('symptom: error-burst', 'cause: demo/queue-backlog');
    const declared =
      'name: demo\nversion: 1.0.0\ndescription: x\ncauses: [{ id: demo/queue-backlog, description: backlog }]\n';
    expect(
      (await checkRulePacks(writePack([{ id: 'high-errors', rule, tests }], declared))).problems,
    ).toEqual([]);
    const foreign = declared.replace('demo/queue-backlog', 'other/queue-backlog');
    expect(await codes(writePack([{ id: 'high-errors', rule, tests }], foreign))).toContain(
      '7:21 ERR_RULES_UNKNOWN_CAUSE',
    );
  });

  it('loadRulePack throws a coded error', async () => {
    const err = await loadRulePack(withRule(GOOD_RULE.replace('greaterThan', 'nope'))).catch(
      (e: unknown) => e,
    );
    expect(isCulpritError(err) && err.code).toBe('ERR_RULES_UNKNOWN_OPERATOR');
  });

  it('arbitrary YAML as a rule never fails with anything but coded problems', async () => {
    const dir = writePack([{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS }]);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        writeFileSync(join(dir, 'rules', 'high-errors.yaml'), text);
        const { problems } = await checkRulePacks(dir);
        for (const p of problems) expect(p.code).toMatch(/^ERR_[A-Z_]+$/);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('evaluation', () => {
  const graph = createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: [
      { id: 'api', kind: 'service', dependsOn: ['db'] },
      { id: 'db', kind: 'database' },
    ],
  });
  const evidence = (node: string, errors: number) => ({
    node,
    source: 't',
    kind: 'app.logs',
    attributes: { errors },
    observedAt: '2026-01-01T00:00:00Z',
  });

  it('evaluates per candidate, fills messages and records the facts that satisfied the rule', async () => {
    const pack = await loadRulePack(writePack([{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS }]));
    const out = await createRuleEvaluator([pack]).evaluate({
      graph,
      candidates: [
        { node: graph.component('db')!, evidence: [evidence('db', 3)] },
        { node: graph.component('api')!, evidence: [evidence('api', 99)] },
      ],
    });
    expect(out.findings).toEqual([]);
    expect(out.symptoms).toMatchObject([
      {
        node: 'api',
        ruleId: 'high-errors',
        messageId: 'burst',
        symptom: 'error-burst',
        facts: { 'app.logs.errors': 99 },
      },
    ]);
    expect(out.symptoms[0]!.message).toBe('api logged 99 errors');
  });

  it('runs rules that read dependency findings in a second pass', async () => {
    const cause = GOOD_RULE.replace(
      'symptom: { type: error-burst }',
      'finding: { cause: dependency-down, weight: 0.5 }',
    );
    const second = `id: upstream
description: a dependency has a finding
conditions:
  all:
    - { fact: graph, path: dependencyFindings.0.cause, operator: equal, value: dependency-down }
outcome:
  symptom: { type: upstream-fault, target: { fact: graph, path: dependencyFindings.0.node } }
  messageId: up
messages:
  up: '{{node.id}} depends on a failing component'
`;
    const pack = await loadRulePack(
      writePack([
        {
          id: 'high-errors',
          rule: cause,
          tests: GOOD_TESTS.replace('symptom: error-burst', 'cause: dependency-down'),
        },
        { id: 'upstream', rule: second, tests: 'rule: upstream\nvalid: [{ name: none, facts: {} }]\n' },
      ]),
    );
    expect(pack.rules.find((r) => r.id === 'upstream')?.secondPass).toBe(true);
    const out = await createRuleEvaluator([pack]).evaluate({
      graph,
      candidates: [
        { node: graph.component('api')!, evidence: [] },
        { node: graph.component('db')!, evidence: [evidence('db', 50)] },
      ],
    });
    expect(out.findings.map((f) => `${f.node}/${f.cause}`)).toEqual(['db/dependency-down']);
    expect(out.symptoms.map((s) => `${s.node}/${s.symptom}->${s.target}`)).toEqual([
      'api/upstream-fault->db',
    ]);
  });

  it('gives the same outcomes whatever the candidate order', async () => {
    const packs = await loadRulePacks('rules');
    const evaluator = createRuleEvaluator(packs);
    const candidates = [
      {
        node: graph.component('api')!,
        evidence: [
          {
            node: 'api',
            source: 'k',
            kind: 'kubernetes.pods',
            attributes: { crashLoopBackOff: 1, notReady: 1, total: 2 },
            observedAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
      {
        node: graph.component('db')!,
        evidence: [
          {
            node: 'db',
            source: 'k',
            kind: 'kubernetes.pods',
            attributes: { oomKilledRecent: 1 },
            observedAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    ];
    const a = await evaluator.evaluate({ graph, candidates });
    const b = await evaluator.evaluate({ graph, candidates: [...candidates].reverse() }, { concurrency: 1 });
    expect(b).toEqual(a);
    expect(a.findings.map((f) => `${f.node}/${f.cause}`)).toEqual(['api/crash-loop', 'db/oom-killed']);
  });
});

describe('linear-time regex operator', () => {
  const matches = EXTRA_OPERATORS.find((o) => o.id === 'matches')!;
  it('matches like a regex', () => {
    expect(matches.evaluate('connection refused to redis', 'refused')).toBe(true);
    expect(matches.evaluate(42, 'x')).toBe(false);
    expect(() => compileRegex('(?=x)')).toThrow();
  });

  it('handles 100,000-character inputs against catastrophic patterns quickly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('^(a|a)*$', '(a+)+$', '(x+x+)+y', '^(a|aa)+$', '(.*a){12}'),
        fc.constantFrom('a', 'x', 'ab'),
        (pattern, unit) => {
          const input = unit.repeat(Math.ceil(100_000 / unit.length)) + '!';
          const started = performance.now();
          matches.evaluate(input, pattern);
          expect(performance.now() - started).toBeLessThan(2_000);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('the authoring harness', () => {
  it('passes the bundled packs', async () => {
    for (const pack of await loadRulePacks('rules')) {
      const results = await runRulePackTests(pack);
      expect(results.filter((r) => !r.passed)).toEqual([]);
      expect(results.length).toBeGreaterThan(pack.rules.length);
    }
  });

  it('fails a broken expected outcome and names the case', async () => {
    const dir = writePack([
      { id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS.replace('errors: 50', 'errors: 5') },
    ]);
    const failed = (await runRulePackTests(dir)).filter((r) => !r.passed);
    expect(failed.map((r) => [r.rule, r.kind, r.index, r.name])).toEqual([
      ['high-errors', 'invalid', 0, 'noisy'],
    ]);
  });

  it('rejects an unknown messageId and duplicate cases', async () => {
    const tests = `rule: high-errors
valid:
  - name: quiet
    facts: { app.logs: { errors: 2 } }
  - name: quiet again
    facts: { app.logs: { errors: 2 } }
invalid:
  - name: noisy
    facts: { app.logs: { errors: 50 } }
    outcomes: [{ messageId: flood, symptom: error-burst }]
  - name: noisy
    facts: { app.logs: { errors: 60 } }
    outcomes: [{ messageId: burst, symptom: error-burst }]
`;
    const results = await runRulePackTests(writePack([{ id: 'high-errors', rule: GOOD_RULE, tests }]));
    expect(
      results.map((r) => `${r.kind}[${r.index}] ${r.passed ? 'pass' : r.failure!.split(' ')[0]}`),
    ).toEqual(['valid[0] pass', 'valid[1] duplicate', 'invalid[0] unknown', 'invalid[1] duplicate']);
  });
});
