// The mistakes `validate` answers with a did-you-mean (a topology key, a kind, a dependency id) made
// in a file that `investigate` or `serve` loads: the same code and suggestion, exit 2 (a usage or
// config error), before any evidence is collected or any port is opened.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const HEADER = 'apiVersion: culprit/v1\nkind: Topology\n';

function topologyFile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-mistake-'));
  const file = join(dir, 'topology.yaml');
  writeFileSync(file, HEADER + body);
  return file;
}

const MISTAKES = [
  {
    mistake: 'a topology key',
    body: 'components:\n  - id: web\n    kind: service\n    dependson: [web]\n',
    code: 'ERR_SCHEMA_INVALID',
    suggestion: 'dependsOn',
  },
  {
    mistake: 'a kind',
    body: 'components:\n  - id: db\n    kind: databse\n',
    code: 'ERR_SCHEMA_INVALID',
    suggestion: 'database',
  },
  {
    mistake: 'a dependency id',
    body: 'components:\n  - id: checkout\n    kind: service\n    dependsOn: [paymnt]\n  - id: payment\n    kind: service\n',
    code: 'ERR_TOPOLOGY_UNKNOWN_NODE',
    suggestion: 'payment',
  },
];

describe.each(MISTAKES)('$mistake mistyped in a topology file', ({ body, code, suggestion }) => {
  it('investigate: coded error with the did-you-mean, exit 2', async () => {
    // The description first: --topology takes every path that follows it.
    const r = await runCli(
      'investigate',
      'checkout is failing',
      '--evidence',
      'examples/tapes/redis-oom.json',
      '--topology',
      topologyFile(body),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error ${code}: .*topology\\.yaml:\\d+:\\d+.*"${suggestion}"`));
    expect(r.stdout).toBe('');
  });

  it('serve: coded error with the did-you-mean at start-up, exit 2', async () => {
    const r = await runCli(
      'serve',
      '--port',
      '0',
      '--data',
      mkdtempSync(join(tmpdir(), 'culprit-mistake-data-')),
      '--plugin',
      'culprit/plugins/kubernetes',
      '--topology',
      topologyFile(body),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error ${code}: .*"${suggestion}"`));
  });
});

describe('the description after a variadic option', () => {
  it.each(['--topology', '--namespace'])(
    'investigate %s x "checkout is failing": the description was taken as a value (exit 2)',
    async (option) => {
      const r = await runCli('investigate', option, 'knowledge-graph', 'checkout is failing');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^error ERR_INVALID_ARGUMENT: Invalid argument ${option}: "checkout is failing".*before ${option}`,
        ),
      );
    },
  );
});
