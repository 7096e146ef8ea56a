// Many processes on one SQLite store: 2 `serve --workers 0` and 3 `worker`, incidents through both
// APIs (half with one Idempotency-Key sent to both), workers SIGKILLed and restarted mid-run. Every
// accepted incident finishes exactly once; nothing is duplicated or lost. CULPRIT_MULTI_COUNT sets
// the number of incidents: default 200 (about 40 s on a busy 2-core machine); the 2000 is a
// longer run (CULPRIT_MULTI_COUNT=2000: passed in 130 s here, on a busy 2-core machine).
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectExactlyOnce, runMultiProcessScenario } from '../helpers/multi-process.js';

const COUNT = Number(process.env.CULPRIT_MULTI_COUNT ?? 200);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('many processes on one SQLite store', () => {
  it(
    `2 APIs + 3 workers, ${COUNT} incidents, workers killed: each finishes exactly once`,
    { timeout: 120_000 + COUNT * 300 },
    async () => {
      expect(existsSync('dist/src/cli/main.js'), 'npm test builds dist/ first').toBe(true);
      const store = join(mkdtempSync(join(tmpdir(), 'culprit-multi-store-')), 'culprit.db');
      const result = await runMultiProcessScenario({ store, count: COUNT, children });
      expectExactlyOnce(result);
    },
  );
});
