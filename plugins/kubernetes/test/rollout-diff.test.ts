import { describe, expect, it } from 'vitest';
import {
  changedEnvAddresses,
  changedEnvNaming,
  changedEnvValues,
  diffTemplates,
  rolloutChange,
} from '../rollout-diff.js';

const rs = (revision: number, created: string, container: Record<string, unknown>) => ({
  metadata: {
    name: `web-${revision}`,
    creationTimestamp: created,
    annotations: { 'deployment.kubernetes.io/revision': String(revision) },
  },
  spec: { template: { spec: { containers: [{ name: 'web', image: 'shop/web:1.0', ...container }] } } },
});
const window = { from: Date.parse('2026-07-21T13:31:00Z'), to: Date.parse('2026-07-21T14:31:00Z') };

describe('diffTemplates', () => {
  it('names image, command, resources, probes and env changes', () => {
    const before = rs(1, '2026-07-01T00:00:00Z', {
      env: [{ name: 'DB_PORT', value: '3306' }],
      readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
    });
    const after = rs(2, '2026-07-21T14:02:00Z', {
      image: 'shop/web:1.1',
      args: ['--fast'],
      resources: { limits: { cpu: '100m' } },
      env: [{ name: 'DB_PORT', value: '3307' }],
      readinessProbe: { httpGet: { path: '/healthz', port: 8080 } },
    });
    expect(diffTemplates(after, before)).toEqual({
      fields: ['command', 'env', 'image', 'probes', 'resources'],
      env: ['DB_PORT'],
    });
  });
  it('names a change of the pod template\u2019s mesh sidecar annotations; a restart annotation is none', () => {
    const annotated = (revision: number, annotations: Record<string, string>) => {
      const r = rs(revision, '2026-07-21T14:02:00Z', {});
      return { ...r, spec: { template: { ...r.spec.template, metadata: { annotations } } } };
    };
    const before = annotated(1, { 'prometheus.io/scrape': 'true' });
    const excluded = annotated(2, {
      'prometheus.io/scrape': 'true',
      'traffic.sidecar.istio.io/excludeInboundPorts': '9080',
    });
    expect(diffTemplates(excluded, before)).toEqual({ fields: ['meshAnnotations'], env: [] });
    const restarted = annotated(2, {
      'prometheus.io/scrape': 'true',
      'kubectl.kubernetes.io/restartedAt': '2026-07-21T14:02:00Z',
    });
    expect(diffTemplates(restarted, before)).toEqual({ fields: [], env: [] });
    const linkerd = annotated(2, {
      'prometheus.io/scrape': 'true',
      'config.linkerd.io/skip-inbound-ports': '9080',
    });
    expect(diffTemplates(linkerd, before).fields).toEqual(['meshAnnotations']);
  });
});

describe('diffTemplates — volumes', () => {
  const withVolumes = (revision: number, volumes: unknown[], mounts: unknown[], image = 'shop/web:1.0') => {
    const r = rs(revision, '2026-07-21T14:02:00Z', { image, volumeMounts: mounts });
    (r.spec.template.spec as Record<string, unknown>).volumes = volumes;
    return r;
  };
  const data = { name: 'data', persistentVolumeClaim: { claimName: 'data' } };
  const dataMount = { name: 'data', mountPath: '/var/lib/mysql' };
  const cnf = { name: 'tuning', configMap: { name: 'mariadb-tuning' } };
  const cnfMount = { name: 'tuning', mountPath: '/etc/mysql/conf.d' };

  it('a ConfigMap or Secret volume and its mount added are configMounts, and only that', () => {
    const before = withVolumes(1, [data], [dataMount]);
    const after = withVolumes(2, [data, cnf], [dataMount, cnfMount]);
    expect(diffTemplates(after, before)).toEqual({ fields: ['configMounts'], env: [] });
    const change = rolloutChange(
      [after, before],
      window,
      '2026-07-21 14:10:00 ERROR CommunicationsException\n'.repeat(3),
    );
    expect(change).toMatchObject({
      relevant: true,
      onlyConfigMounts: true,
      onlyResources: false,
      errorsAfter: 3,
    });
    // a swapped Secret is one too
    const s1 = withVolumes(1, [{ name: 'tls', secret: { secretName: 'tls-a' } }], []);
    const s2 = withVolumes(2, [{ name: 'tls', secret: { secretName: 'tls-b' } }], []);
    expect(diffTemplates(s2, s1).fields).toEqual(['configMounts']);
  });

  it('other volumes are volumes; an image beside a config mount is no config-only change', () => {
    const before = withVolumes(1, [], []);
    const after = withVolumes(2, [data], [dataMount]);
    expect(diffTemplates(after, before).fields).toEqual(['volumes']);
    const both = withVolumes(2, [cnf], [cnfMount], 'shop/web:1.1');
    expect(rolloutChange([both, before], window)).toMatchObject({
      fields: ['configMounts', 'image'],
      onlyConfigMounts: false,
    });
    // the same volumes and mounts: nothing changed
    expect(
      diffTemplates(withVolumes(2, [cnf], [cnfMount]), withVolumes(1, [cnf], [cnfMount])).fields,
    ).toEqual([]);
  });
});

describe('rolloutChange — settings only', () => {
  const at = '2026-07-21T14:02:00Z';
  it('env, envFrom or command/args without the image are settings only; with the image, or a config mount alone, not', () => {
    const redisAddr = [{ name: 'REDIS_ADDR', value: 'redis-cart:6379' }];
    const before = rs(1, '2026-07-01T00:00:00Z', { env: redisAddr });
    const env = rs(2, at, { env: [{ name: 'REDIS_ADDR', value: 'redis-cart:6379,syncTimeout=5' }] });
    expect(rolloutChange([env, before], window)).toMatchObject({ fields: ['env'], onlySettings: true });
    const args = rs(2, at, {
      env: redisAddr,
      args: ['-images=/app/images/'],
    });
    expect(rolloutChange([args, before], window)).toMatchObject({ fields: ['command'], onlySettings: true });
    const image = rs(2, at, { image: 'shop/web:1.1', env: [{ name: 'REDIS_ADDR', value: 'x:6379' }] });
    expect(rolloutChange([image, before], window)).toMatchObject({ onlySettings: false });
    const resources = rs(2, at, {
      env: redisAddr,
      resources: { limits: { cpu: '200m' } },
    });
    expect(rolloutChange([resources, before], window)).toMatchObject({
      fields: ['resources'],
      onlySettings: false,
    });
    expect(rolloutChange([before, before], window)).toMatchObject({ onlySettings: false });
  });
});

describe('rolloutChange', () => {
  it('a rollout that changed nothing relevant is not relevant', () => {
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', {})],
      window,
    );
    expect(change).toMatchObject({ inWindow: true, relevant: false, fields: [] });
  });

  it('a restart with the same template counts the errors that followed it (restart-before-errors reads them)', () => {
    const logs = [
      '2026-07-21T14:03:00Z INFO started',
      '2026-07-21T14:05:00Z ERROR Failed to retrieve account balance',
      '2026-07-21T14:06:00Z ERROR Failed to retrieve account balance',
      '2026-07-21T14:07:00Z ERROR Failed to retrieve account balance',
    ].join('\n');
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', {})],
      window,
      logs,
    );
    expect(change).toMatchObject({ relevant: false, fields: [], errorsAfter: 3, errorsBefore: 0 });
  });

  it('counts errors after the change and the changed variables they name', () => {
    const logs = [
      '2026-07-21T13:00:00Z ERROR old failure',
      '2026-07-21T14:05:00Z ERROR cannot connect: DB_PORT=3307 refused',
      '2026-07-21T14:06:00Z INFO request ok',
    ].join('\n');
    const change = rolloutChange(
      [
        rs(1, '2026-07-01T00:00:00Z', { env: [{ name: 'DB_PORT', value: '3306' }] }),
        rs(2, '2026-07-21T14:02:00Z', { env: [{ name: 'DB_PORT', value: '3307' }] }),
      ],
      window,
      logs,
    );
    expect(change).toMatchObject({
      revision: 2,
      inWindow: true,
      minutesBeforeIncident: 29,
      relevant: true,
      errorsAfter: 1,
      errorsBefore: 1,
      envNamedByErrors: ['DB_PORT'],
    });
  });

  it('a client error the new pods report (HTTP 4xx: a wrong password) is no error the release caused', () => {
    const logs = [
      '{"timestamp": "2026-07-21 14:05:00", "message": "_login_helper | Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login", "severity": "ERROR"}',
      '2026-07-21T14:06:00Z ERROR lookup failed: status code: 404',
      '2026-07-21T14:07:00Z ERROR channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - no exchange)',
      // A session token presented after it expired (PyJWT, jsonwebtoken): the user's, not the release's.
      '{"timestamp": "2026-07-21 14:08:00", "message": "verify_token | Error validating token: Signature has expired", "severity": "ERROR"}',
      '2026-07-21T14:09:00Z ERROR TokenExpiredError: jwt expired',
      // A server's own validation of what the user typed, logged as an error.
      '{"timestamp": "2026-07-21 14:10:00", "message": "add_contact | Error adding contact: invalid account number", "severity": "ERROR"}',
      '{"timestamp": "2026-07-21 14:11:00", "message": "create_user | Error creating user: passwords do not match", "severity": "ERROR"}',
    ].join('\n');
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', { image: 'x:2' })],
      window,
      logs,
    );
    // The AMQP reply-code is the broker refusing the publish, not an HTTP client error.
    expect(change).toMatchObject({ errorsAfter: 1 });
  });

  it('go-kit access lines with an empty err=null after a release are no errors', () => {
    const logs = [
      'ts=2026-07-21T14:05:00Z caller=logging.go:33 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=2.41ms',
      'ts=2026-07-21T14:06:00Z caller=logging.go:33 method=Count tags= result=9 err=null took=1.1ms',
    ].join('\n');
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', { image: 'x:2' })],
      window,
      logs,
    );
    expect(change).toMatchObject({ errorsAfter: 0 });
  });

  it('a rollout up to 15 minutes before the window still leads into it; an older one does not', () => {
    const at = (t: string) =>
      rolloutChange([rs(1, '2026-07-01T00:00:00Z', {}), rs(2, t, { image: 'x:2' })], window);
    expect(at('2026-07-21T13:20:00Z')).toMatchObject({ inWindow: true });
    expect(at('2026-07-21T13:10:00Z')).toMatchObject({ inWindow: false });
  });

  it('the milliseconds of a stamp are no 5xx status; a status still is one', () => {
    const logs = [
      '21-Jul-2026 14:05:37.512 INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]',
      '21-Jul-2026 14:05:37.536 INFO [main] org.apache.catalina.core.AprLifecycleListener.lifecycleEvent Loaded APR version [1.7.0].',
      '2026-07-21T14:06:00Z GET /checkout 503 12ms',
    ].join('\n');
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', { image: 'x:2' })],
      window,
      logs,
    );
    expect(change).toMatchObject({ errorsAfter: 1 });
  });

  it('a failure a client prints without an error word names the variable it quotes, without counting as an error', () => {
    const logs = [
      '2026/07/21 14:05:00 Connecting to amqp://guest:guest@rabbitmq.shop.svc.cluster.locla:5672/',
      '2026/07/21 14:05:03 dial tcp: lookup rabbitmq.shop.svc.cluster.locla on 10.100.0.10:53: no such host',
    ].join('\n');
    const change = rolloutChange(
      [
        rs(1, '2026-07-01T00:00:00Z', { env: [{ name: 'AMQP_HOST', value: 'rabbitmq' }] }),
        rs(2, '2026-07-21T14:02:00Z', {
          env: [{ name: 'AMQP_HOST', value: 'rabbitmq.shop.svc.cluster.locla' }],
        }),
      ],
      window,
      logs,
    );
    // Not counted as an error (start-up failures are common), but it names the changed variable.
    expect(change).toMatchObject({ errorsAfter: 0, envNamedByErrors: ['AMQP_HOST'] });
  });

  it('an error quoting the new value (or its host) of a changed variable names that variable', () => {
    const env = (pay: string) => ({
      env: [
        { name: 'PAYMENT_ADDR', value: pay },
        { name: 'DEBUG', value: 'false' },
      ],
    });
    const change = rolloutChange(
      [
        rs(1, '2026-07-01T00:00:00Z', env('payment:50051')),
        rs(2, '2026-07-21T14:02:00Z', env('payment.staging:50051')),
      ],
      window,
      '2026/07/21 14:05:00 WARNING: dns: A record lookup error: lookup payment.staging on 10.12.0.10:53: no such host',
    );
    expect(change).toMatchObject({ envNamedByErrors: ['PAYMENT_ADDR'] });
  });

  it('short, numeric, boolean or already-present values are not quoted', () => {
    const before = rs(1, '2026-07-01T00:00:00Z', {
      env: [
        { name: 'PORT', value: '8080' },
        { name: 'DB', value: 'orders-db:5432' },
        { name: 'MODE', value: 'a' },
        { name: 'FLAG', value: 'true' },
      ],
    });
    const after = rs(2, '2026-07-21T14:02:00Z', {
      env: [
        { name: 'PORT', value: '8081' },
        { name: 'DB', value: 'orders-db:6432' },
        { name: 'MODE', value: 'b' },
        { name: 'FLAG', value: 'false' },
        { name: 'SECRET', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
      ],
    });
    // orders-db was in the old value too: only the whole new value is quoted.
    expect(Object.fromEntries(changedEnvValues(after, before))).toEqual({ DB: ['orders-db:6432'] });
  });

  it('no earlier revision: nothing to compare', () => {
    expect(rolloutChange([rs(1, '2026-07-21T14:02:00Z', {})], window)).toBeUndefined();
  });
});

describe('changedEnvAddresses', () => {
  it('parses host:port and URLs with a port from changed literal values only', () => {
    const before = rs(1, '2026-07-01T00:00:00Z', {
      env: [
        { name: 'CURRENCY_ADDR', value: 'currency:7000' },
        { name: 'CART_ADDR', value: 'cart:7070' },
        { name: 'DB_URL', value: 'postgres://app@db:5432/app' },
      ],
    });
    const after = rs(2, '2026-07-21T14:02:00Z', {
      env: [
        { name: 'CURRENCY_ADDR', value: 'currency:7001' },
        { name: 'CART_ADDR', value: 'cart:7070' },
        { name: 'DB_URL', value: 'postgres://app@db.shop.svc.cluster.local:5433/app' },
        { name: 'TIMEOUT', value: '30' },
        { name: 'API', value: 'https://api.example.com/v1' },
        { name: 'FROM_SECRET', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
      ],
    });
    expect(changedEnvAddresses(after, before)).toEqual([
      { name: 'CURRENCY_ADDR', host: 'currency', port: '7001' },
      { name: 'DB_URL', host: 'db.shop.svc.cluster.local', port: '5433' },
    ]);
  });
});

describe('changedEnvNaming', () => {
  const before = rs(1, '2026-07-01T00:00:00Z', {
    env: [
      { name: 'HOST_NAME', value: 'teastore-auth' },
      { name: 'REGISTRY_HOST', value: 'teastore-registry' },
      { name: 'PUBLIC_URL', value: 'http://teastore-auth:8080/tools.descartes.teastore.auth' },
    ],
  });
  it('names changed variables whose new value is, or whose address has, a host the callers could not resolve', () => {
    const after = rs(2, '2026-07-21T14:02:00Z', {
      env: [
        { name: 'HOST_NAME', value: 'teastore-auth-svc' },
        { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        { name: 'PUBLIC_URL', value: 'http://teastore-auth-svc:8080/tools.descartes.teastore.auth' },
        { name: 'LOG_LEVEL', value: 'teastore-auth-svc-debug' },
      ],
    });
    expect(changedEnvNaming(after, before, ['teastore-auth-svc'])).toEqual(['HOST_NAME', 'PUBLIC_URL']);
    expect(changedEnvNaming(after, before, ['something-else'])).toEqual([]);
    expect(changedEnvNaming(after, before, [])).toEqual([]);
  });
  it('an unchanged variable naming that host is not the rollout’s doing', () => {
    const after = rs(2, '2026-07-21T14:02:00Z', {
      env: [
        { name: 'HOST_NAME', value: 'teastore-auth' },
        { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        { name: 'PUBLIC_URL', value: 'http://teastore-auth:8080/tools.descartes.teastore.auth' },
      ],
    });
    expect(changedEnvNaming(after, before, ['teastore-registry', 'teastore-auth'])).toEqual([]);
  });
});

describe('rolloutChange — error lines in the words of several loggers', () => {
  it("counts zerolog's ERR/FTL/PNC, logfmt err= and klog's E-prefixed lines after the change", () => {
    const logs = [
      '2026-07-21T14:05:00Z ERR /workspace/services/reservation/server.go:198 > CheckAvailability: invalid inDate "2015-04-17"',
      '2026-07-21T14:06:00Z PNC /workspace/services/reservation/server.go:99 > nil map',
      'ts=2026-07-21T14:07:00Z caller=main.go:12 err="context canceled"',
      'E0721 14:08:00.000000       1 controller.go:114] sync failed',
      '2026-07-21T14:09:00Z INF /workspace/cmd/reservation/main.go:37 > stderr redirected',
    ].join('\n');
    const change = rolloutChange(
      [rs(1, '2026-07-01T00:00:00Z', {}), rs(2, '2026-07-21T14:02:00Z', { image: 'shop/web:1.1' })],
      window,
      logs,
    );
    expect(change?.errorsAfter).toBe(4);
  });
});
