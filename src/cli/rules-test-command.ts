// `culprit rules test [paths…]`: runs every rule's YAML test cases and exits non-zero on a failure,
// naming the failing case. No test framework needed: pack authors run it in their own CI.
import { resolve } from 'node:path';
import { isCulpritError } from '../errors/index.js';
import { describeCase, loadRulePacks, runRulePackTests } from '../rules/index.js';
import { createProblem, problemFromError, type Problem } from '../schema/index.js';
import { loadCulpritConfig } from './config-file.js';
import type { CliIo } from './io.js';
import { problemRecord, type ProblemFormat } from './validate-command.js';

export async function runRulesTest(
  paths: readonly string[],
  io: CliIo,
  options: { format?: ProblemFormat } = {},
): Promise<number> {
  const json = options.format === 'json';
  // No paths: culprit.yaml's rule packs, else ./rules.
  const given = paths.length ? paths : ((await loadCulpritConfig(io)).rules ?? ['rules']);
  const dirs = given.map((p) => resolve(io.cwd, p));
  let packs;
  try {
    packs = await loadRulePacks(dirs);
  } catch (err) {
    // A pack that does not load is a usage/config error (exit 2, as in text mode), in JSON too.
    if (!json || !isCulpritError(err)) throw err;
    const listed = err.details.problems;
    const problems = Array.isArray(listed)
      ? (listed as Problem[])
      : [problemFromError(err, dirs[0] ?? io.cwd)];
    printJson(io, { ok: false, passed: 0, failed: 0, packs: 0, problems });
    return 2;
  }
  let passed = 0;
  let failed = 0;
  const problems: Problem[] = [];
  for (const pack of packs) {
    const results = await runRulePackTests(pack);
    for (const r of results) {
      if (r.passed) {
        passed++;
        continue;
      }
      failed++;
      if (json) {
        const rule = pack.rules.find((x) => x.id === r.rule);
        const file = rule?.tests?.file ?? rule?.file ?? pack.dir;
        problems.push(
          createProblem(
            'ERR_RULES_TEST_FAILED',
            { file, line: 1, col: 1 },
            { case: describeCase(r), failure: r.failure ?? 'failed' },
          ),
        );
      } else {
        io.stdout(`✗ ${describeCase(r)}\n    ${r.failure ?? 'failed'}\n`);
      }
    }
  }
  if (json) printJson(io, { ok: failed === 0, passed, failed, packs: packs.length, problems });
  else io.stdout(`rule tests: ${passed} passed, ${failed} failed (${packs.length} pack(s))\n`);
  return failed > 0 ? 1 : 0;
}

function printJson(
  io: CliIo,
  out: { ok: boolean; passed: number; failed: number; packs: number; problems: Problem[] },
): void {
  const problems = out.problems.map((p) => problemRecord(io.cwd, p));
  io.stdout(`${JSON.stringify({ ...out, problems }, null, 2)}\n`);
}
