import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import { logsAttributes } from '../normalize.js';
import { unattributedTimeouts } from '../unattributed-timeouts.js';

const file = join(mkdtempSync(join(tmpdir(), 'culprit-unattributed-')), 'topology.json');
writeFileSync(
  file,
  JSON.stringify({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    metadata: { name: 'socks' },
    components: [
      {
        id: 'orders',
        kind: 'service',
        addresses: ['orders:80'],
        kubernetes: { namespace: 'socks' },
        dependsOn: ['user', 'carts', 'orders-db'],
      },
      { id: 'user', kind: 'service', addresses: ['user:80'], kubernetes: { namespace: 'socks' } },
      { id: 'carts', kind: 'service', addresses: ['carts:80'], kubernetes: { namespace: 'socks' } },
      {
        id: 'orders-db',
        kind: 'database',
        addresses: ['orders-db:27017'],
        kubernetes: { namespace: 'socks' },
      },
    ],
  }),
);
const graph = await loadTestGraph(file);
const timeoutLog = [
  '2026-11-05 13:22:00.000 ERROR [orders] IllegalStateException: Unable to create order due to timeout from one of the services.',
  'java.util.concurrent.TimeoutException: null',
  '2026-11-05 13:24:24.000 ERROR [orders] IllegalStateException: Unable to create order due to timeout from one of the services.',
  'java.util.concurrent.TimeoutException: null',
].join('\n');
const run = (named: string[], text = timeoutLog, attributed = 0) =>
  unattributedTimeouts(
    new Set(named),
    (id) => (id === 'orders' ? { text, stats: logsAttributes(text, graph, id) } : undefined),
    () => attributed,
    () => true,
    graph,
  );

describe('unattributedTimeouts', () => {
  it('gives the timeouts a named caller does not attribute to the one dependency the incident also names', () => {
    const out = run(['orders', 'user']);
    expect([...out.keys()]).toEqual(['user']);
    expect(out.get('user')).toMatchObject({ callers: ['orders'], callerCount: 1, timeouts: 4 });
    expect((out.get('user')!.samples as string[])[0]).toMatch(/^orders: .*timeout from one of the services/);
  });

  it('leaves them unattributed when two dependencies are named, or none', () => {
    expect(run(['orders', 'user', 'carts']).size).toBe(0);
    expect(run(['orders']).size).toBe(0);
  });

  it('needs three timeout lines, and no failure the caller already attributes', () => {
    expect(run(['orders', 'user'], timeoutLog.split('\n').slice(0, 2).join('\n')).size).toBe(0);
    expect(run(['orders', 'user'], timeoutLog, 2).size).toBe(0);
  });

  it('does not read a caller the incident does not name', () => {
    expect(run(['user']).size).toBe(0);
  });

  it('leaves timeouts that name their target to the caller-witness path', () => {
    const text = Array(4).fill('2026-11-05 13:22:00.000 ERROR dial tcp carts:80: i/o timeout').join('\n');
    expect(run(['orders', 'user'], text).size).toBe(0);
  });
});
