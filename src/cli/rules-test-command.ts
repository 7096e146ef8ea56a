// `culprit rules test [paths…]`: runs every rule's YAML test cases and exits non-zero on a failure,
// naming the failing case. No test framework needed: pack authors run it in their own CI.
import { resolve } from 'node:path';
import { loadRulePacks, runRulePackTests } from '../rules/index.js';
import type { CliIo } from './io.js';

export async function runRulesTest(paths: readonly string[], io: CliIo): Promise<number> {
  const packs = await loadRulePacks(paths.map((p) => resolve(io.cwd, p)));
  let passed = 0;
  let failed = 0;
  for (const pack of packs) {
    const results = await runRulePackTests(pack);
    for (const r of results) {
      if (r.passed) {
        passed++;
        continue;
      }
      failed++;
      io.stdout(`✗ ${r.pack}/${r.rule} › ${r.kind}[${r.index}] "${r.name}"\n    ${r.failure ?? 'failed'}\n`);
    }
  }
  io.stdout(`rule tests: ${passed} passed, ${failed} failed (${packs.length} pack(s))\n`);
  return failed > 0 ? 1 : 0;
}
