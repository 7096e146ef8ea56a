// `validate` and `rules test` with --format json, schema and graph problems reported together, and
// did-you-mean suggestions for topology keys, kinds and dependency ids (asserted by code + suggestion
// + exit code).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { GOOD_RULE, GOOD_TESTS, writePack } from '../helpers/temp-pack.js';

const HEADER = 'apiVersion: culprit/v1\nkind: Topology\n';

interface Out {
  ok: boolean;
  problems: {
    code: string;
    file: string;
    line: number;
    col: number;
    message: string;
    suggestions?: string[];
  }[];
}

function topology(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-validate-json-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), HEADER + body);
  return dir;
}

async function validateJson(dir: string): Promise<{ code: number; out: Out }> {
  const r = await runCli('validate', '--format', 'json', dir);
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe('culprit validate --format json', () => {
  it('prints {ok, problems: []} and the counts for the bundled files (exit 0)', async () => {
    const r = await runCli('validate', '--format', 'json', 'knowledge-graph', 'rules');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out & { topology: { components: number }; rules: { packs: number } };
    expect(out.ok).toBe(true);
    expect(out.problems).toEqual([]);
    expect(out.topology.components).toBe(15);
    expect(out.rules.packs).toBeGreaterThan(0);
  });

  it('prints every problem as {code, file, line, col, message} (exit 1, as in text)', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    dependsOn: [ghost]\n',
      'b.yaml': 'components:\n  - id: web\n    kind: service\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.ok).toBe(false);
    const unknown = out.problems.find((p) => p.code === 'ERR_TOPOLOGY_UNKNOWN_NODE')!;
    expect(unknown).toMatchObject({ line: 6, col: 17 });
    expect(unknown.file).toMatch(/a\.yaml$/);
    expect(out.problems.find((p) => p.code === 'ERR_TOPOLOGY_DUPLICATE_ID')).toMatchObject({
      line: 4,
      col: 9,
    });
    for (const p of out.problems)
      expect(Object.keys(p).sort()).toEqual(['code', 'col', 'file', 'line', 'message']);
  });
});

describe('culprit rules test --format json', () => {
  it('passes with ok and counts (exit 0)', async () => {
    const dir = writePack([{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS }]);
    const r = await runCli('rules', 'test', '--format', 'json', dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, passed: 2, failed: 0, packs: 1, problems: [] });
  });

  it('reports a failing case as ERR_RULES_TEST_FAILED in the test file (exit 1)', async () => {
    const dir = writePack([
      { id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS.replace('errors: 50', 'errors: 5') },
    ]);
    const r = await runCli('rules', 'test', '--format', 'json', dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Out & { failed: number };
    expect(out.failed).toBe(1);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ code: 'ERR_RULES_TEST_FAILED', line: 1, col: 1 });
    expect(out.problems[0]!.file).toMatch(/tests\/high-errors\.yaml$/);
    expect(out.problems[0]!.message).toContain('demo/high-errors › invalid[0] "noisy"');
  });

  it('a pack that does not load prints its problems as JSON (exit 2, as in text)', async () => {
    const dir = writePack([{ id: 'high-errors', rule: GOOD_RULE, tests: GOOD_TESTS, doc: false }]);
    const r = await runCli('rules', 'test', '--format', 'json', dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.ok).toBe(false);
    expect(out.problems.map((p) => p.code)).toContain('ERR_RULES_MISSING_DOC');
  });
});

describe('schema errors do not hide the semantic ones', () => {
  it('an unknown field and a dependency on an unknown component in one file: both codes', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    colour: blue\n    dependsOn: [ghost]\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.problems.map((p) => p.code).sort()).toEqual([
      'ERR_SCHEMA_INVALID',
      'ERR_TOPOLOGY_UNKNOWN_NODE',
    ]);
    expect(out.problems.find((p) => p.code === 'ERR_TOPOLOGY_UNKNOWN_NODE')).toMatchObject({
      line: 7,
      col: 17,
    });
  });

  it('components of a file that failed its schema still count as known (no false unknown)', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    dependsOn: [db]\n',
      'b.yaml': 'components:\n  - id: db\n    kind: databse\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.problems.map((p) => p.code)).toEqual(['ERR_SCHEMA_INVALID']);
  });

  it('text output lists both too', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    colour: blue\n    dependsOn: [ghost]\n',
    });
    const r = await runCli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.yaml:\d+:\d+ ERR_SCHEMA_INVALID /);
    expect(r.stdout).toMatch(/a\.yaml:7:17 ERR_TOPOLOGY_UNKNOWN_NODE /);
  });
});

describe('did-you-mean in topology files', () => {
  it('an unknown key suggests the known one', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    dependson: [web2]\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    const p = out.problems.find((x) => x.code === 'ERR_SCHEMA_INVALID')!;
    expect(p.suggestions).toEqual(['dependsOn']);
    expect(p.message).toContain('"dependsOn"');
  });

  it('an unknown top-level key suggests the known one', async () => {
    const dir = topology({ 'a.yaml': 'component:\n  - id: web\n    kind: service\n' });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    const p = out.problems.find((x) => x.code === 'ERR_SCHEMA_INVALID' && x.suggestions);
    expect(p?.suggestions).toEqual(['components']);
  });

  it('an unknown kind suggests the closest allowed kind', async () => {
    const dir = topology({ 'a.yaml': 'components:\n  - id: db\n    kind: databse\n' });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ code: 'ERR_SCHEMA_INVALID', suggestions: ['database'] });
    expect(out.problems[0]!.message).toContain('"database"');
  });

  it('an unknown dependency id suggests the closest component', async () => {
    const dir = topology({
      'a.yaml':
        'components:\n  - id: checkout\n    kind: service\n    dependsOn: [paymnt]\n  - id: payment\n    kind: service\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ code: 'ERR_TOPOLOGY_UNKNOWN_NODE', suggestions: ['payment'] });
    expect(out.problems[0]!.message).toContain('"payment"');
  });

  it('no suggestion when nothing is close', async () => {
    const dir = topology({
      'a.yaml': 'components:\n  - id: web\n    kind: service\n    dependsOn: [zzzzzzzz]\n',
    });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(1);
    expect(out.problems[0]!.code).toBe('ERR_TOPOLOGY_UNKNOWN_NODE');
    expect(out.problems[0]!.suggestions).toBeUndefined();
    expect(out.problems[0]!.message).not.toContain('{{');
  });
});
