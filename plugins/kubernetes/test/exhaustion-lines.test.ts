// logsAttributes counts lines where a process reports running out of a resource it manages itself
// (JVM heap, broker memory alarm, file descriptors, Redis maxmemory): `kubernetes.logs.exhaustionLines`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import { logsAttributes } from '../normalize.js';

const file = join(mkdtempSync(join(tmpdir(), 'culprit-exhaustion-')), 'topology.json');
writeFileSync(
  file,
  JSON.stringify({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    metadata: { name: 'shop' },
    components: [{ id: 'ads', kind: 'service', addresses: ['ads:9555'], kubernetes: { namespace: 'shop' } }],
  }),
);
const graph = await loadTestGraph(file);

describe('logsAttributes — exhaustionLines', () => {
  it('counts JVM heap/GC limits, broker alarms, descriptor and maxmemory refusals', () => {
    const text = [
      'Exception while executing runnable\njava.lang.OutOfMemoryError: Java heap space',
      'java.lang.OutOfMemoryError: GC overhead limit exceeded',
      'memory resource limit alarm set on node rabbit@rabbitmq-0.',
      'accept4: too many open files; retrying in 1s',
      "OOM command not allowed when used memory > 'maxmemory'.",
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads').exhaustionLines).toBe(5);
  });

  it('does not count settings, kernel OOM kills or ordinary errors', () => {
    const text = [
      '-XX:+HeapDumpOnOutOfMemoryError -Xmx512m',
      'vm_memory_high_watermark set. Memory used:1024 allowed:4096',
      'ERROR failed to fetch ads: connection refused',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads').exhaustionLines).toBe(0);
  });
});
