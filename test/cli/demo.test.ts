// `culprit demo`: every fault it offers is diagnosed correctly through the real Kubernetes plugin
// against the fake API server, --list shows them all, and `npm run demo` prints the default report.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SHOP_FAULTS, type ShopFault } from '../../src/testing/index.js';
import { EXPECTED_ROOT_CAUSE } from '../helpers/shop-expectations.js';

const run = runCli;

describe('culprit demo', () => {
  it('--list shows every fault with what it injects', async () => {
    const r = await run('demo', '--list');
    expect(r.code).toBe(0);
    const listed = r.stdout
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(listed).toEqual(Object.keys(SHOP_FAULTS));
    expect(listed.length).toBeGreaterThanOrEqual(6);
    expect(r.stdout).toContain(SHOP_FAULTS['oom-killed'].summary);
  });

  it.each(Object.keys(SHOP_FAULTS) as ShopFault[])('diagnoses %s', async (fault) => {
    const r = await run('demo', '--fault', fault, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { report } = JSON.parse(r.stdout) as {
      report: { conclusive: boolean; hypotheses: { node: string; cause: string; band: string }[] };
    };
    expect({ ...report.hypotheses[0], conclusive: report.conclusive }).toMatchObject({
      ...EXPECTED_ROOT_CAUSE[fault],
      conclusive: true,
    });
  });

  it('an unknown fault is a coded error naming the known ones', async () => {
    const r = await run('demo', '--fault', 'gremlins');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error ERR_INVALID_ARGUMENT: .*--fault.*oom-killed/);
  });

  it('`npm run demo` (the built binary) prints the report for the default fault', () => {
    const out = execFileSync('npm', ['run', '--silent', 'demo'], { encoding: 'utf8', timeout: 60_000 });
    expect(out).toContain('injected fault: oom-killed');
    expect(out).toMatch(/Root cause: redis-cart — oom-killed \(confidence 0\.\d\d, high\)/);
    expect(out).toMatch(/Path: redis-cart → cart/);
    expect(out).toMatch(/Remediation: /);
    expect(out).toMatch(/ 0 writes/);
  });
});
