// Writes a throw-away rule pack (pack.yaml + rules/tests/docs keyed by id) for loader and CLI tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempRule {
  id: string;
  rule: string;
  tests?: string;
  doc?: string | false;
}

export function writePack(
  rules: TempRule[],
  pack = 'name: demo\nversion: 1.0.0\ndescription: test pack\n',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-pack-'));
  for (const d of ['rules', 'tests', 'docs']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'pack.yaml'), pack);
  for (const r of rules) {
    writeFileSync(join(dir, 'rules', `${r.id}.yaml`), r.rule);
    if (r.tests !== undefined) writeFileSync(join(dir, 'tests', `${r.id}.yaml`), r.tests);
    if (r.doc !== false) writeFileSync(join(dir, 'docs', `${r.id}.md`), r.doc ?? `# ${r.id}\n`);
  }
  return dir;
}

export const GOOD_RULE = `id: high-errors
description: Many error lines
conditions:
  all:
    - { fact: app.logs, path: errors, operator: greaterThan, value: 10 }
outcome:
  symptom: { type: error-burst }
  messageId: burst
messages:
  burst: '{{node.id}} logged {{app.logs.errors}} errors'
`;

export const GOOD_TESTS = `rule: high-errors
valid:
  - name: quiet
    facts: { app.logs: { errors: 2 } }
invalid:
  - name: noisy
    facts: { app.logs: { errors: 50 } }
    outcomes: [{ messageId: burst, symptom: error-burst }]
`;
