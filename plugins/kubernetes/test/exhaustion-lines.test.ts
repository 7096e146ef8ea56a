// logsAttributes counts lines where a process reports running out of a resource it manages itself
// (JVM heap, broker memory alarm, file descriptors, Redis maxmemory): `kubernetes.logs.exhaustionLines`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../dependency-failures.js';
import { logsAttributes, withoutEmptyErrors } from '../normalize.js';

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

describe('logsAttributes — a server out of workers, and pool waits told apart', () => {
  it('counts Apache, php-fpm, nginx and uWSGI worker exhaustion as its own', () => {
    const text = [
      '[Tue Apr 21 15:50:36.000412 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
      '[21-Apr-2026 15:50:36] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
      '2026/04/21 15:50:36 [alert] 7#7: 1024 worker_connections are not enough',
      '*** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads')).toMatchObject({ exhaustionLines: 4, ownExhaustionLines: 4 });
  });
  it('counts gunicorn workers killed for overrunning their timeout and uWSGI harakiri as its own, not as timed-out calls', () => {
    const text = [
      '{"timestamp": "2026-07-01 07:50:06", "message": "critical | WORKER TIMEOUT (pid:7)", "severity": "CRITICAL"}',
      '[2026-07-01 07:50:06 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:45)',
      '*** HARAKIRI ON WORKER 2 (pid: 13, try: 1) ***',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads')).toMatchObject({ exhaustionLines: 3, ownExhaustionLines: 3 });
    for (const line of text.split('\n')) expect(classifyFailure(line)).toBeUndefined();
  });
  it('counts a connect out of local ports as its own exhaustion; a bind to an address the host lacks is not', () => {
    const text = [
      'java.net.NoRouteToHostException: Cannot assign requested address (connect failed)',
      '2026/06/02 13:07:39 dial tcp 10.96.12.4:80: connect: cannot assign requested address',
      'Error: connect EADDRNOTAVAIL 10.96.12.4:80 - Local (0.0.0.0:0)',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads')).toMatchObject({ exhaustionLines: 3, ownExhaustionLines: 3 });
    expect(
      logsAttributes('listen tcp 10.1.2.3:8080: bind: cannot assign requested address', graph, 'ads'),
    ).toMatchObject({ exhaustionLines: 0 });
  });
  it('a connection-pool wait is exhaustion, but not its own resource', () => {
    const text =
      'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=3)';
    expect(logsAttributes(text, graph, 'ads')).toMatchObject({
      exhaustionLines: 1,
      ownExhaustionLines: 0,
      poolWaitLines: 1,
      processExhaustionLines: 0,
    });
  });
  it("a starved thread pool is the process's own exhaustion (processExhaustionLines), a connection-pool wait is not", () => {
    const text = [
      'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
      'Timeout waiting for idle object',
      'java.util.concurrent.RejectedExecutionException: Task rejected from java.util.concurrent.ThreadPoolExecutor',
      'java.lang.OutOfMemoryError: Java heap space',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads')).toMatchObject({
      exhaustionLines: 4,
      ownExhaustionLines: 1,
      poolWaitLines: 2,
      processExhaustionLines: 2,
    });
  });
});

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

  it('counts threads the process could not start, in the words of the JVM, glibc, Go, Python and the shell', () => {
    const text = [
      'Exception in thread "grpc-nio-worker-ELG-3-1" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '[518238.000s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.',
      'runtime: failed to create new OS thread (have 10001 already; errno=11)',
      "RuntimeError: can't start new thread",
      '/entrypoint.sh: fork: retry: Resource temporarily unavailable',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads').exhaustionLines).toBe(5);
    expect(
      logsAttributes('started 12 worker threads; EAGAIN on read is retried', graph, 'ads').exhaustionLines,
    ).toBe(0);
  });

  it("counts a full disk and the process's own connection or thread pools", () => {
    const text = [
      '1873:C 30 Nov 2026 18:08:09.640 # Write error saving DB on disk: No space left on device',
      'Error: ENOSPC: no space left on device, write',
      'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
      'Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5781ms elapsed, timeout is 5000ms), command=HGET, WORKER: (Busy=188,Free=32579,Min=2,Max=32767)',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads').exhaustionLines).toBe(4);
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

describe('logsAttributes — unreachable', () => {
  it('names a dependency by its address, or by the Service cluster IP the client dialled', () => {
    const text = [
      'panic: Tried to get hotelIds, but got memmcached error = memcache: connect timeout to 10.100.228.145:11211',
      'dial tcp ads:9555: connect: connection refused',
      'dial tcp 10.9.9.9:80: i/o timeout',
    ].join('\n');
    const owners = new Map([['10.100.228.145', 'memcached-profile']]);
    expect(logsAttributes(text, graph, 'web', owners).unreachable).toEqual(['ads', 'memcached-profile']);
    // Without the Service addresses, the IP names nothing; and a component never blames itself.
    expect(logsAttributes(text, graph, 'web').unreachable).toEqual(['ads']);
    expect(logsAttributes(text, graph, 'ads').unreachable).toEqual([]);
  });
});

describe('logsAttributes — an empty error field is no error', () => {
  it('go-kit’s err=null, logfmt error=nil and JSON "error":null do not count; a real error does', () => {
    const text = [
      'ts=2026-12-04T09:37:30.000Z caller=logging.go:33 method=List tags=  order=id pageNum=1 pageSize=5 result=5 err=null took=2.41ms',
      'level=info msg="request done" error=nil status=200',
      '{"level":"info","msg":"served","error":null}',
      'ts=2026-12-04T09:37:31.000Z caller=logging.go:33 method=Get id=x err="not found" took=1.2ms',
    ].join('\n');
    expect(logsAttributes(text, graph, 'ads').errorLines).toBe(1);
    expect(withoutEmptyErrors('result=5 err=null took=2.41ms')).not.toMatch(/err/);
    expect(withoutEmptyErrors('err="connection refused"')).toBe('err="connection refused"');
  });
});
