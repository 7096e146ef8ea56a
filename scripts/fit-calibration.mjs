// Fits the confidence calibration on the corpus's DEV split only (never the held-out test split)
// and writes src/correlate/calibration-model.ts; see docs/scoring.md, "Calibration".
// Usage: npm run build && node scripts/fit-calibration.mjs && npm run build
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fitCalibration, IDENTITY_CALIBRATION } from '../dist/src/correlate/calibration.js';
import { evaluateScenarios, loadCorpus } from '../dist/src/eval/index.js';
import { loadRulePacks } from '../dist/src/rules/index.js';

const corpus = await loadCorpus([resolve('test/scenarios')]);
const dev = corpus.scenarios.filter((s) => s.split === 'dev');
const plugin = async (id) => (await import(`../dist/plugins/${id}/index.js`)).default;
const score = await evaluateScenarios(dev, {
  rules: await loadRulePacks([resolve('rules')]),
  plugins: {
    kubernetes: await plugin('kubernetes'),
    ...(dev.some((s) => existsSync(join(s.dir, 'datadog'))) ? { datadog: await plugin('datadog') } : {}),
  },
  // raw scores: the map is fitted on what correlation produces before calibration
  correlation: { calibration: IDENTITY_CALIBRATION },
});
// Every top answer is a point: right, wrong, or a cause named on a no-fault scenario (wrong).
const points = score.scenarios
  .filter((s) => s.top[0])
  .map((s) => ({ raw: s.top[0].confidence, right: !s.noFault && s.correct1 }));
const model = {
  ...fitCalibration(points),
  // in-sample for the rules: the map may lower a score, never raise it (docs/scoring.md)
  lowerOnly: true,
  fittedOn: {
    corpus: 'test/scenarios',
    split: 'dev',
    points: points.length,
    right: points.filter((p) => p.right).length,
    date: new Date().toISOString().slice(0, 10),
  },
};
const file = 'src/correlate/calibration-model.ts';
writeFileSync(
  file,
  `// The calibration map in use by default, fitted on the dev split of test/scenarios by
// scripts/fit-calibration.mjs (generated: regenerate after a rule change; docs/scoring.md).
import type { CalibrationModel } from './calibration.js';

export const FITTED_CALIBRATION: CalibrationModel = ${JSON.stringify(model, null, 2)};
`,
);
console.log(
  `Fitted on ${points.length} dev top answers (${model.fittedOn.right} right): a=${model.a.toFixed(4)} b=${model.b.toFixed(4)} → ${file}`,
);
