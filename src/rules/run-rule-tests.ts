// Runs a pack's YAML test cases (ESLint RuleTester model): `valid` cases must produce no outcome,
// `invalid` cases exactly the listed ones. Returns one result per case; no test framework needed.
import { stableStringify } from './stable-stringify.js';
import { evaluateRuleOnFacts } from './json-rules-evaluator.js';
import { loadRulePack } from './load-rule-pack.js';
import { nodeFact } from './candidate-facts.js';
import type { LoadedRule, RulePack, RuleTestCase } from './rule-pack.js';
import type { ComponentKind, OperatorDefinition } from '../sdk/index.js';

export interface RuleTestResult {
  pack: string;
  rule: string;
  kind: 'valid' | 'invalid';
  index: number;
  name: string;
  passed: boolean;
  failure?: string;
}

export function describeCase(r: Pick<RuleTestResult, 'pack' | 'rule' | 'kind' | 'index' | 'name'>): string {
  return `${r.pack}/${r.rule} › ${r.kind}[${r.index}] "${r.name}"`;
}

export async function runRulePackTests(
  packOrDir: RulePack | string,
  options: { operators?: readonly OperatorDefinition[] } = {},
): Promise<RuleTestResult[]> {
  const pack = typeof packOrDir === 'string' ? await loadRulePack(packOrDir, options) : packOrDir;
  const results: RuleTestResult[] = [];
  for (const rule of pack.rules) results.push(...(await runRuleTests(rule, options.operators)));
  return results;
}

export async function runRuleTests(
  rule: LoadedRule,
  operators: readonly OperatorDefinition[] = [],
): Promise<RuleTestResult[]> {
  const results: RuleTestResult[] = [];
  const cases = rule.tests?.cases;
  if (!cases) {
    return [
      {
        pack: rule.pack,
        rule: rule.id,
        kind: 'valid',
        index: 0,
        name: '(no tests)',
        passed: false,
        failure: 'the rule has no test file',
      },
    ];
  }
  const seenNames = new Set<string>();
  const seenFacts = new Set<string>();
  const groups: ['valid' | 'invalid', RuleTestCase[]][] = [
    ['valid', cases.valid ?? []],
    ['invalid', cases.invalid ?? []],
  ];
  for (const [kind, list] of groups) {
    for (const [index, testCase] of list.entries()) {
      const base = { pack: rule.pack, rule: rule.id, kind, index, name: testCase.name };
      const fail = (failure: string) => results.push({ ...base, passed: false, failure });
      const factsKey = stableStringify({ node: testCase.node ?? {}, facts: testCase.facts });
      if (cases.rule !== rule.id) {
        fail(`the test file names rule "${cases.rule}", not "${rule.id}"`);
        continue;
      }
      if (seenNames.has(testCase.name)) {
        fail('duplicate case name');
        continue;
      }
      if (seenFacts.has(factsKey)) {
        fail('duplicate case: the same node and facts as an earlier case');
        continue;
      }
      seenNames.add(testCase.name);
      seenFacts.add(factsKey);
      const unknown = (testCase.outcomes ?? []).filter((o) => !(o.messageId in rule.messages));
      if (unknown.length > 0) {
        fail(
          `unknown messageId ${unknown.map((o) => o.messageId).join(', ')} (the rule has ${Object.keys(rule.messages).join(', ')})`,
        );
        continue;
      }
      const nodeId = testCase.node?.id ?? 'subject';
      const kindOfNode = (testCase.node?.kind ?? rule.appliesTo?.[0] ?? 'service') as ComponentKind;
      const facts: Record<string, unknown> = {
        graph: { dependencies: 0, dependents: 0, dependencyFindings: [], dependencySymptoms: [] },
        ...testCase.facts,
        node: nodeFact({
          id: nodeId,
          kind: kindOfNode,
          ...(testCase.node?.team ? { team: testCase.node.team } : {}),
          aliases: [],
          addresses: [],
          tags: [],
          labels: {},
        }),
      };
      let actual;
      try {
        actual = (await evaluateRuleOnFacts(rule, nodeId, facts, operators)).map((o) =>
          'finding' in o
            ? { messageId: o.finding.messageId, cause: o.finding.cause }
            : {
                messageId: o.symptom.messageId,
                symptom: o.symptom.symptom,
                ...(o.symptom.target ? { target: o.symptom.target } : {}),
              },
        );
      } catch (err) {
        fail(`evaluation threw: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      const expected = kind === 'valid' ? [] : (testCase.outcomes ?? []);
      const a = actual.map(stableStringify).sort();
      const e = expected.map(stableStringify).sort();
      if (a.length !== e.length || a.some((x, i) => x !== e[i])) {
        fail(
          `expected ${e.length} outcome(s) ${e.join(' ') || ''} but got ${a.length} ${a.join(' ')}`.trim(),
        );
        continue;
      }
      results.push({ ...base, passed: true });
    }
  }
  return results;
}
