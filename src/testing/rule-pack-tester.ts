// RulePackTester (ESLint RuleTester model): registers one `describe` per rule and one `it` per YAML
// case of a loaded pack, so pack authors run their rule tests inside their own test runner and CI.
import { loadRulePack, runRuleTests, type RulePack } from '../rules/index.js';
import type { OperatorDefinition } from '../sdk/index.js';

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => Promise<void>) => void;

export interface RulePackTesterOptions {
  /** Operators registered by plugins the pack relies on. */
  operators?: readonly OperatorDefinition[];
}

export class RulePackTester {
  /** Override to use another framework; default: the global `describe`/`it` (vitest globals, mocha, jest). */
  static describe: Describe | undefined;
  static it: It | undefined;

  constructor(private readonly options: RulePackTesterOptions = {}) {}

  /** Loads a pack directory for `run` (use with top-level await in a test file). */
  load(packDir: string): Promise<RulePack> {
    return loadRulePack(packDir, this.options);
  }

  /** Registers the tests: `<pack>/<rule>` › `valid[0] "name"`; a failing case throws with the reason. */
  run(pack: RulePack): void {
    const describe = RulePackTester.describe ?? (globalThis as { describe?: Describe }).describe;
    const it = RulePackTester.it ?? (globalThis as { it?: It }).it;
    if (!describe || !it)
      throw new Error('RulePackTester needs describe/it: set RulePackTester.describe and RulePackTester.it');
    for (const rule of pack.rules) {
      describe(`${pack.name}/${rule.id}`, () => {
        const cases = [
          ...(rule.tests?.cases.valid ?? []).map((c, index) => ({
            kind: 'valid' as const,
            index,
            name: c.name,
          })),
          ...(rule.tests?.cases.invalid ?? []).map((c, index) => ({
            kind: 'invalid' as const,
            index,
            name: c.name,
          })),
        ];
        if (cases.length === 0) {
          it('has test cases', async () => {
            throw new Error(`${pack.name}/${rule.id} has no test cases`);
          });
        }
        let results: ReturnType<typeof runRuleTests> | undefined;
        for (const c of cases) {
          it(`${c.kind}[${c.index}] "${c.name}"`, async () => {
            results ??= runRuleTests(rule, this.options.operators);
            const result = (await results).find((r) => r.kind === c.kind && r.index === c.index);
            if (!result?.passed) throw new Error(result?.failure ?? 'the case did not run');
          });
        }
      });
    }
  }
}
