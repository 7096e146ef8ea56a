import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import {
  callerEvidence,
  classifyFailure,
  clientExhausted,
  connectionPoolWait,
  crashFailures,
  dependencyFailures,
  fellSilent,
  foldPoolWaits,
  meshDeniedLines,
  noFilterChainLines,
  lineTime,
  lineTimes,
  ownAnswers,
  ownErrorLines,
  podServedPorts,
  withoutServedLoopback,
  withPinnedAddresses,
  type TargetState,
} from '../dependency-failures.js';

describe('classifyFailure — a server writing to a client that went away is no failure of its own calls', () => {
  it.each([
    'uwsgi_response_write_body_do(): Broken pipe [core/writer.c line 429] during POST /pay/anonymous-208951 (10.1.3.118)',
    'SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /pay/x (ip 10.1.3.118) !!!',
    'OSError: write error',
    'org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
    '2026/11/27 11:30:31 [info] 31#31: *5261 client prematurely closed connection while sending response to client',
  ])('%s', (line) => expect(classifyFailure(line)).toBeUndefined());
  it('a broken pipe toward a dependency still is one', () => {
    expect(
      classifyFailure('redis.exceptions.ConnectionError: Error 32 while writing to socket. Broken pipe.'),
    ).toBe('reset');
  });
});

describe('classifyFailure — real runtime lines', () => {
  it.each([
    // Go net/http, gRPC, sarama
    ['2026/11/25 11:54:06 dial tcp 172.20.3.173:5672: connect: connection refused', 'refused'],
    [
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing"',
      'refused',
    ],
    ['rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'timeout'],
    [
      'Failed to write message to kafka: kafka: client has run out of available brokers to talk to: EOF',
      'reset',
    ],
    ['dial tcp: lookup redis-cart on 10.96.0.10:53: no such host', 'dns'],
    ['x509: certificate signed by unknown authority', 'tls'],
    // pika: no connection attempt to the broker succeeded
    ['pika.exceptions.AMQPConnectionError', 'refused'],
    // Python gRPC status names; an OpenTelemetry Collector's memory_limiter refusing data
    [
      'Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.',
      'refused',
    ],
    ['grpc._channel._InactiveRpcError: status = StatusCode.DEADLINE_EXCEEDED', 'timeout'],
    // gRPC's message-size limit is a failed answer, not a dependency out of resources
    [
      'rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5313247 vs. 4194304)',
      'http5xx',
    ],
    [
      'status = StatusCode.RESOURCE_EXHAUSTED details = "Received message larger than max (5313247 vs. 4194304)"',
      'http5xx',
    ],
    [
      'rpc error: code = ResourceExhausted desc = grpc: trying to send message larger than max (5313247 vs. 4194304)',
      'http5xx',
    ],
    ['rpc error: code = ResourceExhausted desc = quota exceeded', 'exhausted'],
    // Redis in protected mode turns away every client not on its loopback
    [
      'StackExchange.Redis.RedisServerException: DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user.',
      'refused',
    ],
    [
      '2026/07/14 13:14:00 traces export: rpc error: code = Unavailable desc = data refused due to high memory usage',
      'exhausted',
    ],
    // JVM
    ['Caused by: java.net.ConnectException: Connection refused (Connection refused)', 'refused'],
    ['Caused by: java.net.SocketTimeoutException: connect timed out', 'timeout'],
    ['Caused by: java.net.UnknownHostException: teastore-db: Name or service not known', 'dns'],
    ['javax.net.ssl.SSLHandshakeException: PKIX path building failed', 'tls'],
    // a database up but refusing writes
    [
      'java.sql.SQLException: The MariaDB server is running with the --read-only option so it cannot execute this statement',
      'refused',
    ],
    ['ERROR: cannot execute INSERT in a read-only transaction', 'refused'],
    // StackExchange.Redis finding no server to connect to (a Redis that is down)
    [
      'StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). Error connecting right now.',
      'refused',
    ],
    // PostgreSQL turning a connection away by its host-based access rules (pg_hba.conf): the server's rule, not the
    // caller's password
    [
      'psycopg2.OperationalError: connection to server at "accounts-db" (10.52.0.7), port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.52.1.125", user "accounts-admin", database "accounts-db", no encryption',
      'refused',
    ],
    // PostgreSQL refusing a role marked NOLOGIN (ALTER ROLE … NOLOGIN): the server's role attribute, not the caller's
    // password
    [
      'psycopg2.OperationalError: connection to server at "accounts-db" (10.100.113.150), port 5432 failed: FATAL:  role "accounts-admin" is not permitted to log in',
      'refused',
    ],
    // Redis refusing writes when min-replicas-to-write is not met
    ['ReplyError: NOREPLICAS Not enough good replicas to write.', 'refused'],
    // A client told to require TLS by a server without it: libpq, MySQL
    ['(psycopg2.OperationalError) server does not support SSL, but SSL was required', 'tls'],
    ["ERROR 2026 (HY000): SSL connection error: SSL is required but the server doesn't support it", 'tls'],
    ["READONLY You can't write against a read only replica.", 'refused'],
    // PostgreSQL turning sessions or commands away
    [
      'org.postgresql.util.PSQLException: FATAL: database "postgresdb" is not currently accepting connections',
      'refused',
    ],
    // PostgreSQL shutting down, starting or recovering (57P03), MySQL in offline_mode, a RabbitMQ vhost that is down
    [
      'psycopg2.OperationalError: connection to server at "accounts-db" (10.100.4.7), port 5432 failed: FATAL:  the database system is shutting down',
      'refused',
    ],
    ['org.postgresql.util.PSQLException: FATAL: the database system is starting up', 'refused'],
    [
      'ts=2025-06-03T09:12:30.024Z caller=service.go:173 databaseerror="Error 3032: The server is currently in offline mode"',
      'refused',
    ],
    ["pika.exceptions.ConnectionClosedByBroker: (541, 'INTERNAL_ERROR - vhost / is down')", 'refused'],
    ['2025/05/20 14:00:48 Exception (320) Reason: "CONNECTION_FORCED - vhost \'/\' is down"', 'refused'],
    // Redis before 5.0 says "slave"
    ["ReplyError: READONLY You can't write against a read only slave.", 'refused'],
    // a registry that hands a gRPC resolver no address (an empty Consul catalog)
    [
      "2026/06/03 09:27:08 ERROR: [Consul resolver] Couldn't update client connection. error={bad resolver state}",
      'refused',
    ],
    ['rpc error: code = Unavailable desc = last resolver error: produced zero addresses', 'refused'],
    // .NET (StackExchange.Redis): TLS first, though it says "authentication failure"
    [
      'StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly: (AuthenticationException) The remote certificate is invalid because of errors in the certificate chain: NotTimeValid',
      'tls',
    ],
    // Node
    ['Error: connect ECONNREFUSED 10.0.0.12:6379', 'refused'],
    ['Error: getaddrinfo ENOTFOUND mongodb', 'dns'],
    ['Error: read ECONNRESET', 'reset'],
    ['Error: 4 DEADLINE_EXCEEDED: Deadline exceeded', 'timeout'],
    // Python
    // requests' HTTPError, with and without a reason phrase
    [
      'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://cart:8080/x',
      'http5xx',
    ],
    [
      'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions',
      'http5xx',
    ],
    ["pika.exceptions.AMQPConnectionError: ConnectionRefusedError(111, 'Connection refused')", 'refused'],
    [
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='paypal.com', port=443): Read timed out.",
      'timeout',
    ],
    ['[2026-11-23 16:05:04,953] INFO in payment: https://paypal.com/ returned 503', 'http5xx'],
    // .NET, databases
    ['Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user "otelu"', 'auth'],
    ["java.sql.SQLException: Access denied for user 'shipping'@'10.0.1.7' (using password: YES)", 'auth'],
    ['ReplyError: NOAUTH Authentication required.', 'auth'],
    ['MongoServerSelectionError: connect ECONNREFUSED 10.0.2.4:27017', 'refused'],
    [
      'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation',
      undefined,
    ],
    // Python urllib's HTTPError text: "HTTP Error 503: Service Unavailable"
    ['urllib.error.HTTPError: HTTP Error 503: Service Unavailable', 'http5xx'],
    ['POST https://api.example.com/v3/mail/send answered 502: Bad Gateway', 'http5xx'],
    // The dependency ran out of something, or turns the caller away for its rate
    [
      "StackExchange.Redis.RedisServerException: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.",
      'exhausted',
    ],
    ["OOM command not allowed when used memory > 'maxmemory'.", 'exhausted'],
    ['Error 1040: Too many connections', 'exhausted'],
    [
      'PreparedStatementCallback; uncategorized SQLException; SQL state [54000]; error code [0]; ERROR: database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"',
      'exhausted',
    ],
    ["java.sql.SQLException: The table 'orders' is full", 'exhausted'],
    // Redis at maxclients; an ID space used up (an INT auto-increment at its largest value, a sequence at its maximum)
    ['ReplyError: ERR max number of clients reached', 'exhausted'],
    [
      "java.sql.SQLIntegrityConstraintViolationException: (conn=48211) Duplicate entry '2147483647' for key 'PRIMARY'",
      'exhausted',
    ],
    ['ERROR: nextval: reached maximum value of sequence "orders_id_seq" (2147483647)', 'exhausted'],
    // out of transaction IDs: the database ran out of something (it turns commands away for want of it)
    [
      'psycopg2.errors.ProgramLimitExceeded: database is not accepting commands to avoid wraparound data loss in database "postgresdb"',
      'exhausted',
    ],
    // MySQL 1226: a user past its per-hour or concurrent-connection limit (ALTER USER … WITH MAX_QUERIES_PER_HOUR)
    [
      "Error 1226: User 'teauser' has exceeded the 'max_questions' resource (current value: 5000)",
      'exhausted',
    ],
    // memcached at its connection limit (-c), as gomemcache quotes the reply
    ['memcache: unexpected line in get response: "ERROR Too many open connections\\r\\n"', 'exhausted'],
    // Valkey (the Redis fork) answers as Redis does; MySQL refusing a host after aborted handshakes (1129)
    [
      'StackExchange.Redis.RedisServerException: BUSY Valkey is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
      'refused',
    ],
    [
      "java.sql.SQLException: null,  message from server: \"Host '10.8.1.14' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'\"",
      'refused',
    ],
    // gRPC Unavailable wraps the transport error: a dial that timed out was not refused
    [
      'failed to charge card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.4.77:8080: i/o timeout"',
      'timeout',
    ],
    // Envoy (Istio sidecar) access lines for calls the pod made: the status and response flags say why
    [
      '[2026-05-12T18:02:53.854Z] "GET /books/v1/volumes?q=isbn:1 HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 2 - "-" "Ruby" "61a6" "www.googleapis.com" "142.250.179.234:443" outbound|443||www.googleapis.com - 10.100.193.143:9080 10.0.1.193:42443 - default',
      'refused',
    ],
    [
      '[2026-05-12T18:02:53.854Z] "GET /ratings/0 HTTP/1.1" 504 UT response_timeout - "-" 0 24 3000 - "-" "Java" "5c1e" "ratings:9080" "10.0.2.4:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - 10.0.2.9:9080 10.0.1.7:40112 - default',
      'timeout',
    ],
    [
      '[2026-11-18T13:48:12.660Z] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" 403 - via_upstream - "-" 0 409 96 95 "-" "Ruby" "2878" "www.googleapis.com" "142.250.72.10:443" outbound|80||www.googleapis.com 192.168.40.1',
      'auth',
    ],
    [
      '[2026-11-18T13:48:12.660Z] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 4 3 "-" "python" "2879" "details:9080" "10.0.1.5:9080" outbound|9080||details.bookinfo.svc.cluster.local 10.0.1.9',
      undefined,
    ],
    // a client's own slow-statement log of a second or more (Hibernate's SQL_SLOW, Connector/J's logSlowQueries)
    [
      "2026-05-19 15:02:41.043 ERROR 1 --- [nio-8080-exec-5] org.hibernate.SQL_SLOW : SlowQuery: 4119 milliseconds. SQL: 'select city0_.uuid from cities city0_ where city0_.country_code=?'",
      'timeout',
    ],
    [
      'Slow query (exceeded 2000 ms, duration: 8304 ms): SELECT uuid FROM cities WHERE country_code = ?',
      'timeout',
    ],
    ["SlowQuery: 120 milliseconds. SQL: 'select 1'", undefined],
    // a client saying in words that the dependency did not answer in time
    [
      '12-May-2026 15:19:00.000 WARNING [http-nio-8080-exec-3] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Service recommender at teastore-recommender:8080 did not answer within 10000 ms, trying next instance',
      'timeout',
    ],
    ['upstream cart:8080 sent no response within 5 s', 'timeout'],
    ['the cache did not answer the health check', undefined],
    // a SQL database answering that the queried table does not exist answered, with an error of its own
    ['login | Error logging in: (psycopg2.errors.UndefinedTable) relation "users" does not exist', 'http5xx'],
    ["ERROR 1146 (42S02): Table 'cities.cities' doesn't exist", 'http5xx'],
    ['relation "users" already exists, skipping', undefined],
    // the sidecar answered itself: no cluster for the route (a subset no DestinationRule defines), or no route
    [
      '[2026-11-20T13:23:23.970Z] "GET /reviews/0 HTTP/1.1" 503 NC cluster_not_found - "-" 0 0 0 - "-" "python-requests/2.31.0" "3d73" "reviews:9080" "-" - - 10.100.202.205:9080 192.168.72.197:52102 - -',
      'http5xx',
    ],
    [
      '[2026-11-20T13:23:23.970Z] "POST /ratings/0 HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "-" "Java" "5c1f" "ratings:9080" "-" - - 10.100.3.9:9080 10.0.1.7:40114 - -',
      'http5xx',
    ],
    // gRPC INTERNAL is the server's own failure (Go's status code, grpc-js's "13 INTERNAL")
    [
      'failed to prepare order: shipping quote failure: rpc error: code = Internal desc = invalid address: missing zip code',
      'http5xx',
    ],
    ['Error: 13 INTERNAL: Received RST_STREAM with code 2', 'http5xx'],
    // Python http.client / urllib3: the peer dropped the connection
    [
      "HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response')))",
      'reset',
    ],
    ['FATAL: sorry, too many clients already', 'exhausted'],
    ['urllib.error.HTTPError: HTTP Error 429: Too Many Requests', 'throttled'],
    ['stripe: request failed with status code 429', 'throttled'],
    // Redis up but not serving
    [
      'StackExchange.Redis.RedisServerException: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
      'refused',
    ],
    ['ReplyError: LOADING Redis is loading the dataset in memory', 'refused'],
  ])('%s', (line, kind) => {
    expect(classifyFailure(line)).toBe(kind);
  });

  it('a start-up line that prints a timeout setting is no timeout', () => {
    expect(classifyFailure('\trequest.timeout.ms = 30000')).toBeUndefined();
    expect(
      classifyFailure('locust config: users=10 host=http://frontend-proxy:8080 connect_timeout=60.0'),
    ).toBeUndefined();
    expect(classifyFailure('INFO  connectTimeout: 5000, ssl: false')).toBeUndefined();
  });
});

describe('lineTime', () => {
  it('reads ISO, Go, Python and Tomcat stamps', () => {
    expect(lineTime('2026/11/25 11:54:06 dial tcp')).toBe(Date.parse('2026-11-25T11:54:06Z'));
    // C's ctime, as uWSGI stamps its own lines
    expect(
      lineTime(
        'Fri Nov 27 11:30:57 2026 - *** uWSGI listen queue of socket "0.0.0.0:8080" (fd: 3) full !!! (101/100) ***',
      ),
    ).toBe(Date.parse('2026-11-27T11:30:57Z'));
    expect(lineTime('Sun Dec  6 09:01:02 2026 - spawned uWSGI worker 1')).toBe(
      Date.parse('2026-12-06T09:01:02Z'),
    );
    expect(lineTime('[2026-11-25 11:54:16,901] ERROR in rabbitmq')).toBe(
      Date.parse('2026-11-25T11:54:16.901Z'),
    );
    expect(lineTime('{"time": "2026-11-20T20:00:08.852228123Z"}')).toBe(
      Date.parse('2026-11-20T20:00:08.852Z'),
    );
    // pino's epoch milliseconds (Node), zap's epoch seconds with a fraction (Go)
    expect(lineTime('{"level":"info","time":1779183594000,"pid":1,"msg":"request completed"}')).toBe(
      Date.parse('2026-05-19T09:39:54Z'),
    );
    expect(
      lineTime(
        '{"level":"info","ts":1780219818.25,"caller":"app/server.go:349","msg":"Query server started"}',
      ),
    ).toBe(Date.parse('2026-05-31T09:30:18.250Z'));
    // a number that is no stamp
    expect(lineTime('{"level":"info","msg":"cart total","time_ms":1779183594000}')).toBeUndefined();
    expect(lineTime('06-May-2026 13:32:38.768 SEVERE [http-nio-8080-exec-1]')).toBe(
      Date.parse('2026-05-06T13:32:38.768Z'),
    );
    expect(lineTime('\tat java.base/java.net.Socket.connect(Socket.java:633)')).toBeUndefined();
    // Redis ("pid:role day month year time") and RabbitMQ 3.6 ("=INFO REPORT==== 12-Nov-2026::18:24:00 ===")
    expect(lineTime('1:M 17 Nov 2026 09:38:00.360 * Background saving terminated with success')).toBe(
      Date.parse('2026-11-17T09:38:00.360Z'),
    );
    expect(lineTime('=INFO REPORT==== 12-Nov-2026::18:24:00 ===')).toBe(Date.parse('2026-11-12T18:24:00Z'));
    // nginx's and Apache's access logs (Common Log Format), with the zone they print
    expect(
      lineTime(
        '10.1.1.38 - - [21/Mar/2026:08:30:00 +0000] "GET /api/catalogue/products HTTP/1.1" 200 3184 "-" "curl/8.5.0"',
      ),
    ).toBe(Date.parse('2026-03-21T08:30:00Z'));
    expect(lineTime('10.0.0.7 - - [21/Mar/2026:10:30:00 +0200] "GET / HTTP/1.1" 200 12')).toBe(
      Date.parse('2026-03-21T08:30:00Z'),
    );
    // The line's own stamp wins over a date later in its message.
    expect(lineTime('2026-11-17T09:40:00Z certificate expires 30 Nov 2026 00:00:00 GMT')).toBe(
      Date.parse('2026-11-17T09:40:00Z'),
    );
    // logrus JSON with sorted keys: the stamp comes last
    expect(
      lineTime(
        '{"error":"could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded","http.req.id":"c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03","http.req.path":"/","message":"request error","severity":"error","timestamp":"2026-11-05T10:11:00.000Z"}',
      ),
    ).toBe(Date.parse('2026-11-05T10:11:00.000Z'));
  });
});

describe('lineTime — librdkafka epoch stamps', () => {
  it('reads the epoch seconds of librdkafka\u2019s default log line', () => {
    const line =
      '%3|1780473312.250|FAIL|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: ApiVersionRequest failed: Local: Timed out';
    expect(lineTime(line)).toBe(Date.parse('2026-06-03T07:55:12.250Z'));
    expect(lineTime('%3 is not a stamp: 1780473312.250')).toBeUndefined();
  });
});

describe('fellSilent — a target that stopped serving, not one behind a bad path', () => {
  const at = (hhmm: string) => Date.parse(`2026-11-17T${hhmm}:00Z`);
  // Redis's periodic saves every five minutes, then nothing once its clients were paused at 09:40.
  const saves = ['09:18', '09:23', '09:28', '09:33', '09:38'].map(at);
  it('logs that stop when the callers begin to fail, for several usual gaps', () => {
    expect(fellSilent(saves, at('09:40'), at('09:58'))).toBe(true);
  });
  it('without a failure time, the silence runs from the last line', () => {
    expect(fellSilent(saves, undefined, at('09:58'))).toBe(true);
  });
  it('without a failure time, not from a log that writes in bursts and was quiet longer than this before', () => {
    // Valkey saving once an hour (a burst of four lines), the last burst five minutes before the window's end.
    const burst = (hhmm: string) => [0, 0, 600, 1200].map((ms) => at(hhmm) + ms);
    const hourly = [...burst('08:53'), ...burst('09:53')];
    expect(fellSilent(hourly, undefined, at('09:58'))).toBe(false);
    // …while a failure time still anchors the silence as before.
    expect(fellSilent(hourly, at('09:54'), at('09:58'))).toBe(true);
  });
  it('not when the target goes on logging after the failures began (latency on the path)', () => {
    expect(fellSilent([...saves, at('09:43'), at('09:48')], at('09:40'), at('09:58'))).toBe(false);
  });
  it('not when the silence is short against its usual gap', () => {
    expect(fellSilent(saves, at('09:40'), at('09:50'))).toBe(false);
  });
  it('not from a start-up burst long before (a process that logs nothing else)', () => {
    const startup = ['2026-11-08T09:00:00Z', '2026-11-08T09:00:01Z', '2026-11-08T09:00:02Z'].map(Date.parse);
    expect(fellSilent(startup, at('09:40'), at('09:58'))).toBe(false);
    expect(fellSilent(startup, undefined, at('09:58'))).toBe(false);
  });
  it('not from too few lines, nor from no log at all', () => {
    expect(fellSilent([at('09:30'), at('09:38')], at('09:40'), at('09:58'))).toBe(false);
    expect(fellSilent([], at('09:40'), at('09:58'))).toBe(false);
    expect(fellSilent(undefined, at('09:40'), at('09:58'))).toBe(false);
  });
  it('reads the times from the log text, untimed lines skipped', () => {
    const text = [
      '1:M 17 Nov 2026 09:33:00.000 * Saving...',
      '',
      '1:M 17 Nov 2026 09:28:00.000 * DB saved on disk',
    ].join('\n');
    expect(lineTimes(text)).toEqual([Date.parse('2026-11-17T09:28:00Z'), Date.parse('2026-11-17T09:33:00Z')]);
  });
});

const topologyFile = join(mkdtempSync(join(tmpdir(), 'culprit-callers-')), 'topology.json');
writeFileSync(
  topologyFile,
  JSON.stringify({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    metadata: { name: 'shop' },
    components: [
      {
        id: 'payment',
        kind: 'service',
        addresses: ['payment:8080'],
        kubernetes: { namespace: 'shop' },
        dependsOn: ['rabbitmq', 'gateway', 'accounts-db'],
      },
      { id: 'dispatch', kind: 'service', kubernetes: { namespace: 'shop' }, dependsOn: ['rabbitmq'] },
      {
        id: 'rabbitmq',
        kind: 'queue',
        aliases: ['rabbit'],
        addresses: ['rabbitmq:5672'],
        kubernetes: { namespace: 'shop' },
      },
      {
        id: 'accounts-db',
        kind: 'database',
        description: 'PostgreSQL',
        addresses: ['accounts-db:5432'],
        kubernetes: { namespace: 'shop' },
      },
      { id: 'gateway', kind: 'external', addresses: ['paypal.com:443'] },
    ],
  }),
);
const graph = await loadTestGraph(topologyFile);

/** The test graph, with a caller whose dependencies are exactly `deps` (each at its address; a service unless told). */
const withDeps = (deps: Record<string, { address: string; kind?: string; description?: string }>) =>
  ({
    ...graph,
    dependencies: () => Object.keys(deps),
    component: (id: string) => ({
      id,
      kind: deps[id]?.kind ?? 'service',
      aliases: [],
      addresses: deps[id] ? [deps[id].address] : [],
      description: deps[id]?.description ?? '',
      dependsOn: [],
    }),
  }) as unknown as typeof graph;

describe('dependencyFailures', () => {
  const ips = new Map([['172.20.3.173', 'rabbitmq']]);
  it('ties a line to the dependency by cluster IP, host, name and client library', () => {
    const text = [
      '2026/11/25 11:54:06 dial tcp 172.20.3.173:5672: connect: connection refused',
      "[2026-11-25 11:55:31,969] ERROR in rabbitmq: AMQPConnectionError: ConnectionRefusedError(111, 'Connection refused')",
      '[2026-11-25 11:56:04,953] INFO in payment: https://paypal.com/ returned 503',
      '[2026-11-25 11:57:00,000] ERROR Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user "app"',
    ].join('\n');
    const found = dependencyFailures(text, 'payment', graph, { ips });
    expect(found.map((f) => [f.target, f.counts.refused, f.counts.http5xx, f.counts.auth])).toEqual([
      ['accounts-db', 0, 0, 1],
      ['gateway', 0, 1, 0],
      ['rabbitmq', 2, 0, 0],
    ]);
  });

  it('ties an OpenTelemetry exporter’s failure to the collector, which no line names', () => {
    const text =
      '2026/07/14 13:14:00 traces export: rpc error: code = Unavailable desc = data refused due to high memory usage';
    const g = withDeps({
      collector: { address: 'otel-collector:4317', description: 'OpenTelemetry Collector receiving traces' },
      cache: { address: 'redis:6379', description: 'Redis cache' },
    });
    expect(dependencyFailures(text, 'checkout', g, { ips: new Map() })).toMatchObject([
      { target: 'collector', counts: { exhausted: 1, refused: 0 } },
    ]);
  });

  it('ties a JPA/JDBC exception with MySQL’s error code to the SQL database, not the registry it also calls', () => {
    const text = [
      '[EL Severe]: 2026-05-19 14:10:36.000--ServerSession(402198531)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException',
      'Internal Exception: java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
      'Error Code: 1040',
    ].join('\n');
    const g = withDeps({
      registry: { address: 'teastore-registry:8080', description: 'Service registry' },
      'teastore-db': {
        address: 'teastore-db:3306',
        kind: 'database',
        description: 'MariaDB 10.4 with the teadb schema',
      },
    });
    expect(dependencyFailures(text, 'persistence', g, { ips: new Map() })).toMatchObject([
      { target: 'teastore-db', counts: { exhausted: 1 } },
    ]);
  });

  it('ties MySQL\u2019s error 1226 quoted by EclipseLink to the SQL database as exhaustion', () => {
    const text = [
      '26-May-2026 11:06:36.000 WARNING [http-nio-8080-exec-12] org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/persistence/WEB-INF/classes/_persistence Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.10.v20211216-fe64cd3): org.eclipse.persistence.exceptions.DatabaseException',
      "Internal Exception: java.sql.SQLSyntaxErrorException: User 'teauser' has exceeded the 'max_questions' resource (current value: 5000)",
      'Error Code: 1226',
    ].join('\n');
    const g = withDeps({
      registry: { address: 'teastore-registry:8080', description: 'Service registry' },
      'teastore-db': { address: 'teastore-db:3306', kind: 'database', description: 'MariaDB 10.4' },
    });
    expect(dependencyFailures(text, 'persistence', g, { ips: new Map() })).toMatchObject([
      { target: 'teastore-db', counts: { exhausted: 1 } },
    ]);
  });

  it('ties driver texts that name no host to the dependency built on that technology', () => {
    const text = [
      `ts=2026-11-25T11:54:06Z caller=service.go:111 Error="Error 1045: Access denied for user 'app'@'10.0.2.61' (using password: YES)"`,
      'ts=2026-11-25T11:55:06Z caller=logging.go:33 method=Login took=5.0s err="no reachable servers"',
    ].join('\n');
    const g = withDeps({
      sql: { address: 'sql-main:3306', kind: 'database', description: 'MySQL 8' },
      docs: { address: 'docs-main:27017', kind: 'database', description: 'MongoDB 6' },
    });
    const found = dependencyFailures(text, 'app', g, { ips: new Map() });
    expect(found.map((f) => [f.target, f.counts.auth, f.counts.timeout + f.counts.refused])).toEqual([
      ['docs', 0, 1],
      ['sql', 1, 0],
    ]);
  });

  it('counts one stack trace once and names the dependency from its header', () => {
    const text = [
      '06-May-2026 13:32:38.768 SEVERE [exec-1] rabbitmq publish failed',
      'Caused by: java.net.ConnectException: Connection refused',
      'Caused by: java.net.ConnectException: Connection refused',
      '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
    ].join('\n');
    const [f] = dependencyFailures(text, 'payment', graph, { ips: new Map() });
    expect(f?.target).toBe('rabbitmq');
    expect(f?.counts.refused).toBe(1);
  });

  it('marks a known host called on a port it does not serve', () => {
    const [f] = dependencyFailures('ERROR dial tcp rabbitmq:5673: i/o timeout', 'payment', graph, {
      ips: new Map(),
    });
    expect(f?.wrongPort).toBe(1);
  });

  it('ignores lines outside the window and 5xx lines that name no dependency', () => {
    const text = [
      '2026/11/25 09:00:00 dial tcp rabbitmq:5672: connect: connection refused',
      '[pid: 8] POST /pay/1 => generated 290 bytes in 745 msecs (HTTP/1.1 500)',
    ].join('\n');
    const window = { from: Date.parse('2026-11-25T11:00:00Z'), to: Date.parse('2026-11-25T12:00:00Z') };
    expect(dependencyFailures(text, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
  });
});

/** One caller's failure record toward `target` (the gateway is the external one), zero where not given. */
const failure = (target: string, counts: Partial<Record<string, number>> = {}) => ({
  target,
  external: target === 'gateway',
  counts: {
    dns: 0,
    tls: 0,
    auth: 0,
    exhausted: 0,
    throttled: 0,
    refused: 0,
    reset: 0,
    timeout: 0,
    http5xx: 0,
    ...counts,
  },
  wrongPort: 0,
  samples: [],
});

describe('callerEvidence', () => {
  it('folds several callers into evidence about the dependency', () => {
    const { targets } = callerEvidence(
      [
        { caller: 'payment', failures: [failure('rabbitmq', { refused: 4 })], changed: false },
        { caller: 'dispatch', failures: [failure('rabbitmq', { refused: 5 })], changed: false },
      ],
      new Map([['rabbitmq', { ready: true, unhealthy: false, serviceExists: true }]]),
      graph,
    );
    expect(targets.get('rabbitmq')).toMatchObject({
      callers: ['dispatch', 'payment'],
      witnesses: 2,
      unchangedWitnesses: 2,
      dominant: 'refused',
      targetReady: true,
      external: false,
    });
  });
  it('marks a healthy target silent when its own log stopped as the timeouts began', () => {
    const times = ['09:18', '09:23', '09:28', '09:33', '09:38'].map((m) => Date.parse(`2026-11-17T${m}:00Z`));
    const timedOut = { ...failure('rabbitmq', { timeout: 6 }), firstAt: Date.parse('2026-11-17T09:40:00Z') };
    const until = Date.parse('2026-11-17T09:58:00Z');
    const state = { ready: true, unhealthy: false, serviceExists: true, ownErrors: 0, until };
    const silent = callerEvidence(
      [{ caller: 'payment', failures: [timedOut], changed: false }],
      new Map([['rabbitmq', { ...state, ownLineTimes: times }]]),
      graph,
    );
    expect(silent.targets.get('rabbitmq')).toMatchObject({
      targetSilent: true,
      targetQuiet: true,
      dominant: 'timeout',
    });
    const talking = callerEvidence(
      [{ caller: 'payment', failures: [timedOut], changed: false }],
      new Map([['rabbitmq', { ...state, ownLineTimes: [...times, Date.parse('2026-11-17T09:50:00Z')] }]]),
      graph,
    );
    expect(talking.targets.get('rabbitmq')).toMatchObject({ targetSilent: false, targetQuiet: true });
  });
  it('says how many components below the target report themselves stalled, 0 when none was read', () => {
    const reports = [{ caller: 'web', failures: [failure('payment', { timeout: 6 })], changed: false }];
    const state = { ready: true, unhealthy: false, serviceExists: true, ownExhausted: 2 };
    const blocked = callerEvidence(reports, new Map([['payment', { ...state, stalledBelow: 1 }]]), graph);
    expect(blocked.targets.get('payment')).toMatchObject({ targetExhausted: 2, targetStalledBelow: 1 });
    const alone = callerEvidence(reports, new Map([['payment', state]]), graph);
    expect(alone.targets.get('payment')).toMatchObject({ targetExhausted: 2, targetStalledBelow: 0 });
  });
  it('says how many of the target\u2019s own dependencies rolled out a change, and whether it restarted, before the first failure', () => {
    const first = Date.parse('2026-11-17T09:30:00Z');
    const reports = [
      {
        caller: 'web',
        failures: [{ ...failure('payment', { http5xx: 5 }), firstAt: first }],
        changed: false,
      },
    ];
    const state = { ready: true, unhealthy: false, serviceExists: true };
    const run = (states: [string, TargetState][]) =>
      callerEvidence(reports, new Map(states), graph).targets.get('payment');
    // payment calls accounts-db: its release before the first 5xx may be what payment relays.
    expect(
      run([
        ['payment', state],
        ['accounts-db', { changedAt: first - 600_000 }],
      ]),
    ).toMatchObject({
      targetChangedBelow: 1,
    });
    // A release after the first failure, or one of payment itself, is no explanation from below.
    expect(
      run([
        ['payment', state],
        ['accounts-db', { changedAt: first + 60_000 }],
      ]),
    ).toMatchObject({
      targetChangedBelow: 0,
    });
    expect(
      run([
        ['payment', { ...state, changedAt: first - 60_000 }],
        ['accounts-db', { changedAt: first - 600_000 }],
      ]),
    ).toMatchObject({ targetChangedBelow: 0 });
    // Its own restart with the same template before the first failure: it answers what it read at start.
    expect(run([['payment', { ...state, restartedAt: first - 600_000 }]])).toMatchObject({
      targetRestartedBefore: true,
    });
    // A restart after the first failure (someone trying a fix) says nothing about why it failed.
    expect(run([['payment', { ...state, restartedAt: first + 60_000 }]])).toMatchObject({
      targetRestartedBefore: false,
    });
    expect(run([['payment', state]])).toMatchObject({ targetRestartedBefore: false });
  });
  it('leaves out failures that ended with a restart the target has been healthy since (healedAt)', () => {
    const healed = Date.parse('2026-11-17T09:34:00Z');
    const during = {
      ...failure('payment', { refused: 30 }),
      firstAt: healed - 120_000,
      lastAt: healed + 60_000,
    };
    const later = {
      ...failure('payment', { refused: 30 }),
      firstAt: healed - 120_000,
      lastAt: healed + 900_000,
    };
    const state = { ready: true, unhealthy: false, serviceExists: true };
    const run = (f: typeof during, s: TargetState) =>
      callerEvidence(
        [{ caller: 'web', failures: [f], changed: false }],
        new Map([['payment', s]]),
        graph,
      ).targets.get('payment');
    expect(run(during, { ...state, healedAt: healed })).toBeUndefined();
    // Failures going on after it came back are about it now; without a healed restart nothing is left out.
    expect(run(later, { ...state, healedAt: healed })).toMatchObject({ refused: 30 });
    expect(run(during, state)).toMatchObject({ refused: 30 });
  });
  it('counts inbound connections a sidecar matched to no filter chain, in the window only, and reports them', () => {
    const line = (t: string) =>
      `[2026-11-17T${t}.900Z] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - 192.168.72.157:9080 192.168.8.80:41068 - -`;
    const ok =
      '[2026-11-17T09:41:00.100Z] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "-"';
    const w = { from: Date.parse('2026-11-17T09:30:00Z'), to: Date.parse('2026-11-17T10:00:00Z') };
    expect(noFilterChainLines([line('09:20:00'), line('09:40:00'), ok, line('09:45:00')].join('\n'), w)).toBe(
      2,
    );
    const { targets } = callerEvidence(
      [{ caller: 'reviews', failures: [failure('ratings', { reset: 6 })], changed: false }],
      new Map([['ratings', { ready: true, unhealthy: false, serviceExists: true, noFilterChain: 2 }]]),
      graph,
    );
    expect(targets.get('ratings')).toMatchObject({ dominant: 'reset', targetNoFilterChain: 2 });
  });
  it('a target that itself fails toward its own dependency says so, at both ends', () => {
    const { targets, callers } = callerEvidence(
      [
        { caller: 'dispatch', failures: [failure('rabbitmq', { timeout: 5 })], changed: false },
        { caller: 'payment', failures: [failure('gateway', { reset: 4 })], changed: false },
      ],
      new Map(),
      graph,
    );
    expect(callers.get('payment')).toMatchObject({ failingToward: ['gateway'] });
    expect(targets.get('rabbitmq')).toMatchObject({ targetFailsToward: 0 });
  });
  it('an external service refusing on policy (403) is the provider\u2019s answer, not the caller\u2019s credentials', () => {
    const forbidden = { ...failure('gateway', { auth: 6 }), forbidden: 6 };
    const unauthorized = { ...failure('gateway', { auth: 6 }), forbidden: 0 };
    const run = (f: typeof forbidden) =>
      callerEvidence([{ caller: 'payment', failures: [f], changed: false }], new Map(), graph).callers.get(
        'payment',
      );
    expect(run(forbidden)).toMatchObject({ credentialsRefused: [] });
    expect(run(unauthorized)).toMatchObject({ credentialsRefused: ['gateway'] });
  });
  it('credentials refused to one caller only are that caller’s', () => {
    const { callers } = callerEvidence(
      [{ caller: 'payment', failures: [failure('accounts-db', { auth: 6 })], changed: false }],
      new Map(),
      graph,
    );
    expect(callers.get('payment')).toMatchObject({ credentialsRefused: ['accounts-db'] });
  });
  it('a wrong port that began after the dependency rolled out a change, the caller unchanged, is the dependency\u2019s', () => {
    const changedAt = Date.parse('2026-11-20T09:00:00Z');
    const wrong = { ...failure('accounts-db', { timeout: 4 }), wrongPort: 4, firstAt: changedAt + 60_000 };
    const run = (state: TargetState) =>
      callerEvidence(
        [{ caller: 'payment', failures: [wrong], changed: false }],
        new Map([['accounts-db', state]]),
        graph,
      ).callers.get('payment');
    expect(run({ changedAt })).toMatchObject({ wrongPort: [] });
    expect(run({})).toMatchObject({ wrongPort: ['accounts-db'] });
  });
  it('refusals that began after the dependency rolled out a change, the caller unchanged, are the dependency\u2019s', () => {
    const changedAt = Date.parse('2026-11-20T09:00:00Z');
    const refused = { ...failure('accounts-db', { auth: 6, tls: 0 }), firstAt: changedAt + 60_000 };
    const run = (changed: boolean, state: TargetState) =>
      callerEvidence(
        [{ caller: 'payment', failures: [refused], changed }],
        new Map([['accounts-db', state]]),
        graph,
      ).callers.get('payment');
    expect(run(false, { changedAt })).toMatchObject({ credentialsRefused: [] });
    // The caller changed too, or the refusals began before the dependency's change: the caller's settings.
    expect(run(true, { changedAt })).toMatchObject({ credentialsRefused: ['accounts-db'] });
    expect(run(false, { changedAt: changedAt + 120_000 })).toMatchObject({
      credentialsRefused: ['accounts-db'],
    });
    expect(run(false, {})).toMatchObject({ credentialsRefused: ['accounts-db'] });
  });
});

describe('ownErrorLines — Apache and nginx levels', () => {
  it('counts bracketed error levels, not notices', () => {
    const text = [
      '[Tue Apr 21 15:50:36.000412 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting',
      '[Thu Apr 16 16:11:00.000412 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.56 configured',
      '2026/04/21 15:51:02 [crit] 22#22: *1 connect() to unix:/run/php.sock failed',
    ].join('\n');
    expect(ownErrorLines(text)).toBe(2);
  });
});

describe('ownErrorLines', () => {
  it('counts error lines, not configuration dumps that print the word', () => {
    const text = [
      '{"t":{"$date":"2026-11-15T06:30:00.000Z"},"s":"I","c":"STORAGE","msg":"Opening WiredTiger","attr":{"config":"create,cache_size=7474M,json_output=(error,message),verbose=[recovery_progress:1]"}}',
      'log_error = /var/log/mysql/error.log',
      '2026-11-15 06:31:00.000 ERROR [orders,,,] 7 --- [exec-1] c.e.Orders : request failed',
      'ts=2026-11-15T06:32:00Z level=error msg="query failed"',
      '{"t":{"$date":"2026-11-15T06:33:00.000Z"},"s":"E","c":"NETWORK","msg":"Error receiving request from client"}',
      '{"severity":"error","message":"boom","timestamp":"2026-11-15T06:34:00.000Z"}',
    ].join('\n');
    expect(ownErrorLines(text)).toBe(4);
  });

  it("counts zerolog's abbreviated levels (ERR, FTL, PNC), not its INF or WRN", () => {
    const text = [
      '2026-11-26T09:54:18Z ERR /workspace/services/reservation/server.go:198 > CheckAvailability: invalid inDate',
      '2026-11-26T09:54:19Z FTL /workspace/cmd/reservation/db.go:63 > server selection error',
      '2026-11-26T09:54:20Z INF /workspace/cmd/reservation/main.go:37 > Initializing DB connection...',
      '2026-11-26T09:54:21Z WRN /workspace/services/reservation/server.go:90 > cache miss',
    ].join('\n');
    expect(ownErrorLines(text)).toBe(2);
  });
});

describe("clientExhausted — the caller's own pools, not the dependency", () => {
  it.each([
    'HikariPool-1 - Connection is not available, request timed out after 30000ms.',
    'org.apache.commons.dbcp2: Cannot get a connection, pool error Timeout waiting for idle object',
    'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00',
    'Timeout expired. The timeout period elapsed prior to obtaining a connection from the pool.',
    'java.util.concurrent.RejectedExecutionException: Task rejected from ThreadPoolExecutor',
    'StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5781ms elapsed, timeout is 5000ms), command=HGET, IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=163,Free=32567,Min=1,Max=32767)',
  ])('%s', (line) => expect(clientExhausted(line)).toBe(true));

  it('a StackExchange.Redis timeout with an idle worker pool, or an ordinary timeout, is not', () => {
    expect(
      clientExhausted(
        'StackExchange.Redis.RedisTimeoutException: Timeout performing HGET (5000ms), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=1,Free=32766,Min=4,Max=32767)',
      ),
    ).toBe(false);
    expect(clientExhausted('Caused by: java.net.SocketTimeoutException: connect timed out')).toBe(false);
  });

  it('its timeout lines are not counted against the dependency', () => {
    const text = [
      '2026-11-25 11:54:06 ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms. (accounts-db)',
      '2026-11-25 11:55:06 ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms. (accounts-db)',
      '2026-11-25 11:56:06 ERROR org.postgresql: connect to accounts-db:5432 timed out',
    ].join('\n');
    const [found] = dependencyFailures(text, 'payment', graph, { ips: new Map() });
    expect([found?.target, found?.counts.timeout]).toEqual(['accounts-db', 1]);
  });
});

/** A topology file of the given components in a fresh temporary directory. */
function writeTopology(prefix: string, components: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), 'topology.json');
  writeFileSync(
    file,
    JSON.stringify({ apiVersion: 'culprit/v1', kind: 'Topology', metadata: { name: 'shop' }, components }),
  );
  return file;
}

describe('dependencyFailures — per-pod DNS names (<name>-<ordinal>.<name>-headless)', () => {
  const file = writeTopology('culprit-poddns-', [
    { id: 'web', kind: 'frontend', kubernetes: { namespace: 'shop' }, dependsOn: ['orders'] },
    {
      id: 'orders',
      kind: 'service',
      addresses: ['orders:80'],
      kubernetes: { namespace: 'shop' },
      dependsOn: ['orders-db', 'carts'],
    },
    {
      id: 'carts',
      kind: 'service',
      description: 'carts, MongoDB backed',
      addresses: ['carts:80'],
      kubernetes: { namespace: 'shop' },
    },
    {
      id: 'orders-db',
      kind: 'database',
      description: 'MongoDB for orders',
      addresses: ['orders-db:27017'],
      kubernetes: { namespace: 'shop', workload: { kind: 'Deployment', name: 'orders-db' } },
    },
    {
      id: 'session-db',
      kind: 'database',
      description: 'Redis',
      addresses: ['session-db:6379'],
      kubernetes: { namespace: 'shop', workload: { kind: 'StatefulSet', name: 'session-db' } },
    },
  ]);
  const lookups = [
    '2025-05-13 08:54:57.600  INFO 7 --- [-headless:27017] org.mongodb.driver.cluster : Exception in monitor thread while connecting to server orders-db-0.orders-db-headless:27017',
    'com.mongodb.MongoSocketException: orders-db-0.orders-db-headless: Name or service not known',
    '2025-05-13 08:55:57.600  INFO 7 --- [-headless:27017] org.mongodb.driver.cluster : Exception in monitor thread while connecting to server orders-db-1.orders-db-headless:27017',
    'Caused by: java.net.UnknownHostException: orders-db-1.orders-db-headless',
  ].join('\n');
  it('a pod name of a Deployment-backed database is a host the caller made up (wrongHost)', async () => {
    const g = await loadTestGraph(file);
    expect(dependencyFailures(lookups, 'orders', g, { ips: new Map() })).toMatchObject([
      { target: 'orders-db', counts: { dns: 2 }, wrongHost: 2 },
    ]);
  });
  it('a pod name of a StatefulSet is its own name: a failed lookup is DNS, not a wrong host', async () => {
    const g = await loadTestGraph(
      writeTopology('culprit-poddns-sts-', [
        {
          id: 'api',
          kind: 'service',
          kubernetes: { namespace: 'shop' },
          dependsOn: ['session-db', 'orders'],
        },
        { id: 'orders', kind: 'service', addresses: ['orders:80'], kubernetes: { namespace: 'shop' } },
        {
          id: 'session-db',
          kind: 'database',
          description: 'Redis',
          addresses: ['session-db:6379'],
          kubernetes: { namespace: 'shop', workload: { kind: 'StatefulSet', name: 'session-db' } },
        },
      ]),
    );
    const text =
      '2025-05-13 08:54:57 ERROR dial tcp: lookup session-db-2.session-db-headless on 10.96.0.10:53: no such host';
    const [found] = dependencyFailures(text, 'api', g, { ips: new Map() });
    expect([found?.target, found?.counts.dns, found?.wrongHost]).toEqual(['session-db', 1, undefined]);
  });
  it('a caller relaying the error body its dependency answered with does not take the lookup as its own', async () => {
    const g = await loadTestGraph(file);
    const relayedBody =
      '2025-05-13 09:01:02 Order response: {"status":500,"error":"Internal Server Error","message":"Timed out after 30000 ms ... caused by {java.net.UnknownHostException: orders-db-0.orders-db-headless}","path":"/orders"}';
    expect(dependencyFailures(relayedBody, 'web', g, { ips: new Map() })).toEqual([]);
  });
});

describe('dependencyFailures — failures relayed from further down', () => {
  const file = writeTopology('culprit-relayed-', [
    { id: 'web', kind: 'frontend', kubernetes: { namespace: 'shop' }, dependsOn: ['cart', 'orders-db'] },
    {
      id: 'cart',
      kind: 'service',
      addresses: ['cart:7070'],
      kubernetes: { namespace: 'shop' },
      dependsOn: ['cart-redis'],
    },
    {
      id: 'cart-redis',
      kind: 'cache',
      description: 'Redis',
      addresses: ['cart-redis:6379'],
      kubernetes: { namespace: 'shop' },
    },
    {
      id: 'orders-db',
      kind: 'database',
      description: 'MongoDB',
      addresses: ['orders-db:27017'],
      kubernetes: { namespace: 'shop' },
    },
  ]);
  it('a line naming a dependency of a dependency is not counted against the direct one', async () => {
    const g = await loadTestGraph(file);
    const text = [
      "2026-11-25 11:54:06 ERROR could not retrieve cart: rpc error: code = Unavailable desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: UnableToConnect on cart-redis:6379",
      '2026-11-25 11:55:06 ERROR could not retrieve cart: rpc error: code = Unavailable desc = StackExchange.Redis timeout',
      '2026-11-25 11:56:06 ERROR could not retrieve cart: rpc error: code = Unavailable desc = connection error: dial tcp cart:7070: connect: connection refused',
    ].join('\n');
    const found = dependencyFailures(text, 'web', g, { ips: new Map() });
    expect(found.map((f) => [f.target, f.counts.refused])).toEqual([['cart', 1]]);
  });
  it('a technology one of its own dependencies uses is not taken for the deeper one', async () => {
    const g = await loadTestGraph(file);
    const text =
      '2026-11-25 11:54:06 ERROR redis: connection refused\n2026-11-25 11:55:06 ERROR redis: connection refused';
    // web calls no Redis itself: the Redis failure is cart's, relayed.
    expect(dependencyFailures(text, 'web', g, { ips: new Map() })).toEqual([]);
    const mongo = '2026-11-25 11:54:06 ERROR mongo: no reachable servers';
    expect(dependencyFailures(mongo, 'web', g, { ips: new Map() }).map((f) => f.target)).toEqual([
      'orders-db',
    ]);
  });
});

describe('dependencyFailures — a caller with one dependency, and relayed gRPC errors', () => {
  const file = writeTopology('culprit-sole-', [
    {
      id: 'web',
      kind: 'frontend',
      kubernetes: { namespace: 'shop' },
      dependsOn: ['checkout', 'currency'],
    },
    {
      id: 'checkout',
      kind: 'service',
      addresses: ['checkout:5050'],
      kubernetes: { namespace: 'shop' },
      dependsOn: ['currency'],
    },
    { id: 'currency', kind: 'service', addresses: ['currency:7000'], kubernetes: { namespace: 'shop' } },
    { id: 'mailer', kind: 'service', kubernetes: { namespace: 'shop' }, dependsOn: ['mail-api'] },
    { id: 'mail-api', kind: 'external', addresses: ['api.mail.example:443'] },
  ]);
  const python503 =
    '{"timestamp":"2026-10-08T13:13:01.200Z","severity":"ERROR","message":"Failed to send confirmation: HTTP Error 503: Service Unavailable"}';
  const pythonTimeout =
    '{"timestamp":"2026-10-08T13:14:01.200Z","severity":"ERROR","message":"Failed to send confirmation: The read operation timed out"}';

  it('an error line that names nothing is about the one dependency, when that one calls nothing further', async () => {
    const g = await loadTestGraph(file);
    const found = dependencyFailures([python503, pythonTimeout].join('\n'), 'mailer', g, { ips: new Map() });
    expect(found.map((f) => [f.target, f.counts.http5xx, f.counts.timeout])).toEqual([['mail-api', 1, 1]]);
  });

  it('not when the caller has several dependencies, its one dependency calls further, or the line is an access log', async () => {
    const g = await loadTestGraph(file);
    // web calls two components: an unnamed failure could be either.
    expect(dependencyFailures(pythonTimeout, 'web', g, { ips: new Map() })).toEqual([]);
    // checkout calls only currency, which calls nothing: attributed.
    expect(dependencyFailures(pythonTimeout, 'checkout', g, { ips: new Map() }).map((f) => f.target)).toEqual(
      ['currency'],
    );
    // An access-log line is the server's own answer, and an info line is no error.
    const access = '2026-10-08 13:13:01 INFO "POST /send HTTP/1.1" status=503 took 2ms';
    expect(dependencyFailures(access, 'mailer', g, { ips: new Map() })).toEqual([]);
    const info =
      '{"timestamp":"2026-10-08T13:13:01Z","severity":"INFO","message":"send returned 503 on attempt 1, retrying"}';
    expect(dependencyFailures(info, 'mailer', g, { ips: new Map() })).toEqual([]);
  });

  it('a gRPC error inside a gRPC error is relayed: the direct dependency answered', async () => {
    const g = await loadTestGraph(file);
    const nested =
      '2026-10-29T16:05:00Z ERROR failed to complete the order: rpc error: code = Internal desc = failed to prepare order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp currency:7001: i/o timeout"';
    expect(dependencyFailures(nested, 'web', g, { ips: new Map() })).toEqual([]);
    const direct =
      '2026-10-29T16:05:00Z ERROR failed to convert: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp currency:7000: connect: connection refused"';
    expect(
      dependencyFailures(direct, 'web', g, { ips: new Map() }).map((f) => [f.target, f.counts.refused]),
    ).toEqual([['currency', 1]]);
  });
});

describe('connection-pool waits: the caller\u2019s own, unless the dependency is seen failing otherwise', () => {
  const hikari = (at: string) =>
    `{"timestamp": "2026-03-17 ${at}", "message": "logExceptions | HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=3)", "severity": "ERROR"}`;
  it('tells a wait for a pooled connection from thread starvation', () => {
    expect(connectionPoolWait(hikari('10:28:00'))).toBe(true);
    expect(
      connectionPoolWait(
        'org.apache.tomcat.util.threads.ThreadPoolExecutor: All threads (200) are currently busy',
      ),
    ).toBe(false);
    expect(
      clientExhausted(
        'All threads (200) are currently busy, waiting. Increase maxThreads (200) or check the servlet status',
      ),
    ).toBe(true);
  });
  it('attributes a JDBC pool wait to the caller\u2019s SQL database, as pool waits, not failures', () => {
    const [f] = dependencyFailures(
      [hikari('10:28:00'), hikari('10:29:00'), hikari('10:30:00')].join('\n'),
      'payment',
      graph,
      { ips: new Map() },
    );
    expect(f).toMatchObject({ target: 'accounts-db', poolWaits: 3, counts: { timeout: 0 } });
    expect(f!.firstAt).toBe(Date.parse('2026-03-17T10:28:00Z'));
  });
  const waits = (caller: string, n: number) => ({
    caller,
    changed: false,
    failures: [{ ...failure('accounts-db'), poolWaits: n }],
  });
  it('pool waits of a caller that reports how the dependency fails count as that failure', () => {
    const w = waits('payment', 25);
    w.failures[0]!.counts.exhausted = 1;
    const [r] = foldPoolWaits([w]);
    expect(r!.failures[0]!.counts).toMatchObject({ exhausted: 26, timeout: 0 });
  });
  it('pool waits on a dependency whose own log says it is at its connection limit count as exhausted, with their lines as samples', () => {
    const poolSamples = ['HikariPool-1 - Connection is not available, request timed out after 30000ms.'];
    const base = waits('payment', 4);
    const w = { ...base, failures: [{ ...base.failures[0]!, poolSamples }] };
    const [r] = foldPoolWaits([w], undefined, (target) => target === 'accounts-db');
    expect(r!.failures[0]!.counts).toMatchObject({ exhausted: 4, timeout: 0 });
    expect(r!.failures[0]!.samples).toEqual(poolSamples);
    const [other] = foldPoolWaits([w], undefined, (target) => target === 'orders-db');
    expect(other!.failures[0]!.counts).toMatchObject({ exhausted: 0, timeout: 0 });
  });
  it('one caller\u2019s pool waits stay its own', () => {
    const [r] = foldPoolWaits([waits('payment', 5)]);
    expect(r!.failures[0]!.counts.timeout).toBe(0);
  });
  it('two callers\u2019 pools drained at once, or a dependency that fell silent, fold them into timeouts', () => {
    const both = foldPoolWaits([waits('payment', 5), waits('dispatch', 3)]);
    expect(both.map((r) => r.failures[0]!.counts.timeout)).toEqual([5, 3]);
    const silent = foldPoolWaits([waits('payment', 5)], (target) => target === 'accounts-db');
    expect(silent[0]!.failures[0]!.counts.timeout).toBe(5);
  });
  it('callerEvidence names the dependency one caller waits on for pooled connections (poolWaitsOn), not once folded', () => {
    const g = withDeps({ 'accounts-db': { address: 'accounts-db:5432' } });
    const own = callerEvidence([waits('payment', 5)], new Map(), g);
    expect(own.callers.get('payment')).toMatchObject({ poolWaitsOn: ['accounts-db'], failingToward: [] });
    expect(own.targets.has('accounts-db')).toBe(false);
    // two waits are needed, and two callers' waits are the database failing (a timeout), not a pool's
    expect(callerEvidence([waits('payment', 1)], new Map(), g).callers.has('payment')).toBe(false);
    const both = callerEvidence([waits('payment', 5), waits('dispatch', 3)], new Map(), g);
    expect(both.callers.get('payment')).toMatchObject({ poolWaitsOn: [], failingToward: ['accounts-db'] });
  });
});

describe('dependencyFailures — a burst that is over', () => {
  const window = { from: Date.parse('2026-11-20T09:00:00Z'), to: Date.parse('2026-11-20T10:00:00Z') };
  const refused = (hm: string) =>
    `2026-11-20T${hm}:00Z ERROR dial tcp accounts-db:5432: connect: connection refused`;
  const ok = (hm: string) => `2026-11-20T${hm}:00Z INFO payment captured`;
  it('failures that ended well before the incident, the caller working on since, are dropped', () => {
    const text = [refused('09:10'), refused('09:11'), ok('09:20'), ok('09:40'), ok('09:58')].join('\n');
    expect(dependencyFailures(text, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
  });
  it('an nginx burst of refused connects while its upstream restarted, then access-log lines for 25 minutes: dropped', () => {
    const access = (t: string) =>
      `10.1.3.17 - - [20/Nov/2026:${t}:00 +0000] "GET /api/ledger HTTP/1.1" 200 3184 "-" "Mozilla/5.0"`;
    const nginxRefused = (t: string) =>
      `2026/11/20 ${t}:54 [error] 29#29: *48226 connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.2.91, server: localhost, request: "GET /api/ledger HTTP/1.1", upstream: "http://accounts-db:5432/"`;
    const burst = [access('09:30'), nginxRefused('09:33'), nginxRefused('09:34')];
    expect(
      dependencyFailures(
        [...burst, access('09:45'), access('09:58')].join('\n'),
        'payment',
        graph,
        { ips: new Map() },
        window,
      ),
    ).toEqual([]);
    // Without the access lines after it, the burst is all the log says: it stays.
    expect(dependencyFailures(burst.join('\n'), 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 2 } },
    ]);
  });
  it('failures up to the incident stay, and so do earlier ones the log says nothing after', () => {
    const ongoing = [refused('09:10'), ok('09:20'), refused('09:55')].join('\n');
    expect(dependencyFailures(ongoing, 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 2 } },
    ]);
    const quiet = [ok('09:05'), refused('09:35'), refused('09:36')].join('\n');
    expect(dependencyFailures(quiet, 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 2 } },
    ]);
    // A long outage that ended: the log says nothing after it, so it may be what the report is about.
    const outage = [refused('09:05'), refused('09:12'), refused('09:20'), refused('09:26')].join('\n');
    expect(dependencyFailures(outage, 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 4 } },
    ]);
  });
  it('a short burst followed by half an hour with no failure is over, even when the caller logs nothing after it', () => {
    const burst = [ok('09:05'), refused('09:10'), refused('09:11')].join('\n');
    expect(dependencyFailures(burst, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
  });
});

describe('dependencyFailures — unstamped failures the caller answered its route again after', () => {
  // A Node front-end with morgan's "dev" format: no line carries a time.
  const refused = 'Error: connect ECONNREFUSED accounts-db:5432';
  const answer = (status: number) => `POST /orders ${status} 4.118 ms - 40`;
  const read = (lines: string[]) =>
    dependencyFailures(lines.join('\n'), 'payment', graph, { ips: new Map() });
  it('two refusals, each answered 500, then the route answered 201 four times: over', () => {
    expect(
      read([answer(201), refused, answer(500), refused, answer(500), ...Array(4).fill(answer(201))]),
    ).toEqual([]);
  });
  it('too few answers after, a 5xx among them, or no failed route to read: the failures stay', () => {
    const failing = [refused, answer(500), refused, answer(500)];
    expect(read([...failing, ...Array(3).fill(answer(201))])).toMatchObject([{ counts: { refused: 2 } }]);
    expect(read([...failing, answer(201), answer(201), answer(500), answer(201), answer(201)])).toMatchObject(
      [{ counts: { refused: 2 } }],
    );
    // Other routes answering is no sign that the failed one recovered.
    expect(read([...failing, ...Array(6).fill('GET /catalogue 200 3.1 ms - 812')])).toMatchObject([
      { counts: { refused: 2 } },
    ]);
    expect(
      read([
        refused,
        refused,
        'INFO order saved',
        'INFO order saved',
        'INFO order saved',
        'INFO order saved',
      ]),
    ).toMatchObject([{ counts: { refused: 2 } }]);
  });
});

describe('dependencyFailures — several logs, and lines without a stamp', () => {
  const window = { from: Date.parse('2026-11-19T10:00:00Z'), to: Date.parse('2026-11-19T10:41:00Z') };
  const unknown = (n: number) =>
    Array.from(
      { length: n },
      () =>
        '[err] Error: unable to contact accounts-db got exception java.net.ConnectException: Connection refused',
    );
  it('a line without a stamp never takes the time of another log\u2019s last line', () => {
    const sidecar = '2026-11-19T10:30:00.000Z\tinfo\tads\tADS: new connection';
    const app = unknown(3).join('\n');
    // Joined, the app's lines would be one event stamped by the sidecar; read apart they are three.
    expect(dependencyFailures([sidecar, app], 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 3 } },
    ]);
  });
  it('after a start-up line from before the window, unstamped failures have no known time and count', () => {
    const text = [
      '03-Nov-2026 09:52:36.000 INFO [main] Server startup in [17498] milliseconds',
      ...unknown(2),
    ].join('\n');
    const [f] = dependencyFailures(text, 'payment', graph, { ips: new Map() }, window);
    expect(f).toMatchObject({ target: 'accounts-db', counts: { refused: 2 } });
    expect(f!.firstAt).toBeUndefined();
    // An old error's own stack trace stays old.
    const old = ['03-Nov-2026 09:52:36.000 SEVERE [main] failed', ...unknown(2)].join('\n');
    expect(dependencyFailures(old, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
  });
});

describe('dependencyFailures — a host name none of the dependency\u2019s addresses carries', () => {
  const book = { ips: new Map<string, string>() };
  it('counts lookups of a wrong name as wrongHost, not of its own name', () => {
    const wrong = [
      'dial tcp: lookup rabbitmq.shop.svc.cluster.locla on 10.100.0.10:53: no such host',
      'dial tcp: lookup rabbitmq.shop.svc.cluster.locla on 10.100.0.10:53: no such host',
    ].join('\n');
    expect(dependencyFailures(wrong, 'dispatch', graph, book)).toMatchObject([
      {
        target: 'rabbitmq',
        counts: { dns: 2 },
        wrongHost: 2,
        wrongHostNames: ['rabbitmq.shop.svc.cluster.locla'],
      },
    ]);
    const own = 'dial tcp: lookup rabbitmq.shop.svc.cluster.local on 10.100.0.10:53: no such host';
    expect(dependencyFailures(own, 'dispatch', graph, book)[0]!.wrongHost).toBeUndefined();
  });
  it('makes wrongHost at the caller instead of dnsFailures', () => {
    const f = {
      target: 'rabbitmq',
      external: false,
      counts: {
        dns: 4,
        tls: 0,
        auth: 0,
        exhausted: 0,
        throttled: 0,
        refused: 0,
        reset: 0,
        timeout: 0,
        http5xx: 0,
      },
      wrongPort: 0,
      wrongHost: 4,
      samples: [],
    };
    const { callers } = callerEvidence(
      [{ caller: 'dispatch', failures: [f], changed: false }],
      new Map(),
      graph,
    );
    expect(callers.get('dispatch')).toMatchObject({ wrongHost: ['rabbitmq'], dnsFailures: [] });
  });
});

describe('crashFailures — what a restarting caller died of', () => {
  const previous = [
    '2026-12-03T14:37:48Z INF Initializing DB connection...',
    '2026-12-03T14:38:18Z FTL server selection error: server selection timeout, current topology: { Servers: [{ Addr: accounts-db:5432, Type: Unknown }] }',
  ].join('\n');
  it('counts the failure it died of once per restart, up to five', () => {
    expect(crashFailures(previous, 3, 'payment', graph, { ips: new Map() })).toMatchObject([
      { target: 'accounts-db', counts: { timeout: 3 } },
    ]);
    expect(crashFailures(previous, 40, 'payment', graph, { ips: new Map() })[0]!.counts.timeout).toBe(5);
  });
  it('a previous log that names no dependency says nothing about one', () => {
    expect(
      crashFailures('panic: runtime error: index out of range [3] with length 3', 4, 'payment', graph, {
        ips: new Map(),
      }),
    ).toEqual([]);
  });
});

describe('dependencyFailures — an expired certificate is the server\u2019s', () => {
  it('counts certExpired, and a single caller is not taken for a wrong TLS setting', () => {
    const text = [
      '2026-12-01 10:07:25 ERROR AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid (rabbitmq)',
      '2026-12-01 10:08:25 ERROR AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid (rabbitmq)',
    ].join('\n');
    const found = dependencyFailures(text, 'dispatch', graph, { ips: new Map() });
    expect(found).toMatchObject([{ target: 'rabbitmq', counts: { tls: 2 }, certExpired: 2 }]);
    const { targets, callers } = callerEvidence(
      [{ caller: 'dispatch', failures: found, changed: false }],
      new Map(),
      graph,
    );
    expect(targets.get('rabbitmq')).toMatchObject({ tls: 2, certExpired: 2 });
    expect(callers.get('dispatch')?.tlsRefused).toEqual([]);
  });
});

describe('dependencyFailures — an outside provider\u2019s certificate the caller has not changed toward', () => {
  const verify = (min: number) =>
    `[2026-02-12 19:${min}:18,180] ERROR in payment: HTTPSConnectionPool(host='paypal.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))`;
  const found = dependencyFailures([verify(30), verify(31), verify(33)].join('\n'), 'payment', graph, {
    ips: new Map(),
  });
  it('is the provider\u2019s (its chain, its CA); a caller that changed is the one whose trust settings are wrong', () => {
    expect(found).toMatchObject([{ target: 'gateway', counts: { tls: 3 } }]);
    const read = (changed: boolean) =>
      callerEvidence([{ caller: 'payment', failures: found, changed }], new Map(), graph).callers.get(
        'payment',
      )?.tlsRefused;
    expect(read(false)).toEqual([]);
    expect(read(true)).toEqual(['gateway']);
  });
});

describe('dependencyFailures — a connect that never completed', () => {
  it('counts connect timeouts apart from reads; callerEvidence says when every timeout was one', () => {
    const text = [
      '2026-05-21 15:38:48.000 ERROR com.mongodb.MongoSocketOpenException: Exception opening socket to accounts-db:5432',
      'Caused by: java.net.SocketTimeoutException: connect timed out',
      '2026/05/21 15:40:00 dial tcp accounts-db:5432: i/o timeout',
      '2026/05/21 15:41:00 ERROR query to accounts-db:5432 timed out after 5000ms',
    ].join('\n');
    const found = dependencyFailures(text, 'payment', graph, { ips: new Map() });
    expect(found).toMatchObject([{ target: 'accounts-db', counts: { timeout: 3 }, connectTimeouts: 2 }]);
    const read = (lines: string[]) =>
      callerEvidence(
        [
          {
            caller: 'payment',
            failures: dependencyFailures(lines.join('\n'), 'payment', graph, { ips: new Map() }),
            changed: false,
          },
        ],
        new Map(),
        graph,
      ).targets.get('accounts-db');
    expect(read(text.split('\n'))).toMatchObject({ connectTimeouts: 2, connectTimeoutsOnly: false });
    expect(read(text.split('\n').slice(0, 3))).toMatchObject({ connectTimeoutsOnly: true });
  });
});

describe('dependencyFailures — what is no failure of a call', () => {
  it('a login handler turning away its own user is the user\u2019s error; a database refusing a password is not', () => {
    expect(
      classifyFailure('{"message": "login | Error logging in: invalid password", "severity": "ERROR"}'),
    ).toBeUndefined();
    expect(classifyFailure('sign-in failed: invalid credentials for alice')).toBeUndefined();
    expect(
      classifyFailure('redis.exceptions.AuthenticationError: ERR invalid password while logging in to cache'),
    ).toBe('auth');
    expect(classifyFailure('FATAL:  password authentication failed for user "admin"')).toBe('auth');
    expect(classifyFailure('Error: invalid password')).toBe('auth');
  });
  it('a duplicate key that is no type\u2019s largest value is the application\u2019s own conflict', () => {
    expect(
      classifyFailure(
        "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'alice@example.com' for key 'email'",
      ),
    ).toBeUndefined();
  });
  it('a 5xx in uWSGI\u2019s own request log names no dependency, even one whose name is in the path', () => {
    const line =
      '[pid: 9|app: 0|req: 4425/8852] 10.1.3.41 () {34 vars in 472 bytes} [Thu Feb 12 19:30:24 2026] POST /pay/rabbitmq-7731 => generated 241 bytes in 187 msecs (HTTP/1.1 500) 2 headers in 73 bytes (1 switches on core 0)';
    expect(classifyFailure(line)).toBe('http5xx');
    expect(dependencyFailures([line, line].join('\n'), 'payment', graph, { ips: new Map() })).toEqual([]);
  });
});

describe('dependencyFailures — a cluster IP called on a port its Service does not expose', () => {
  const g = withDeps({
    'memcached-rate': { address: 'memcached-rate:11211', description: 'memcached' },
    'mongodb-rate': { address: 'mongodb-rate:27017', description: 'MongoDB' },
  });
  const line = (t: string, port: number) =>
    `2026-08-19T19:${t}Z PNC /workspace/services/rate/server.go:142 > Tried to get hotelId [5], but got memmcached error = memcache: connect timeout to 10.100.109.190:${port}`;
  const book = {
    ips: new Map([['10.100.109.190', 'memcached-rate']]),
    servicePorts: new Map([['10.100.109.190', new Set(['11211'])]]),
  };
  it('is a wrong port, as a wrong port on its name is', () => {
    expect(dependencyFailures(line('34:51', 11212), 'rate', g, book)).toMatchObject([
      { target: 'memcached-rate', counts: { timeout: 1 }, wrongPort: 1 },
    ]);
    expect(dependencyFailures(line('34:51', 11211), 'rate', g, book)).toMatchObject([{ wrongPort: 0 }]);
    // without the Service's ports (a pod IP may serve others), an IP's port says nothing
    expect(dependencyFailures(line('34:51', 11212), 'rate', g, { ips: book.ips })).toMatchObject([
      { wrongPort: 0 },
    ]);
  });
  it('a crash log repeated by its restarts repeats its wrong port in proportion', () => {
    const previous = [line('34:51', 11212), `panic: memcache: connect timeout to 10.100.109.190:11212`].join(
      '\n',
    );
    const [f] = crashFailures(previous, 9, 'rate', g, book);
    expect(f!.counts.timeout).toBe(5);
    expect(f!.wrongPort).toBe(5);
  });
});

describe('dependencyFailures — reads that time out on an accepted connection', () => {
  const g = withDeps({ 'memcached-rate': { address: 'memcached-rate:11211', description: 'memcached' } });
  const book = { ips: new Map([['10.100.109.190', 'memcached-rate']]) };
  const read = (t: string) =>
    `2026-07-09T09:${t}Z PNC /workspace/services/rate/server.go:102 > Memmcached error while trying to get hotel [id: [2 1 3]]= read tcp 10.244.0.171:47212->10.100.109.190:11211: i/o timeout`;
  const connect = (t: string) =>
    `2026-07-09T09:${t}Z PNC /workspace/services/rate/server.go:114 > Memmcached error while trying to get hotel [id: [5 19]]= memcache: connect timeout to 10.100.109.190:11211`;
  const evidence = (text: string) =>
    callerEvidence(
      [{ caller: 'rate', failures: dependencyFailures(text, 'rate', g, book), changed: false }],
      new Map(),
      g,
    ).targets.get('memcached-rate');

  it("counts Go's read tcp i/o timeouts as readTimeouts, and says when every timeout was one", () => {
    expect(dependencyFailures([read('49:09'), read('54:27')].join('\n'), 'rate', g, book)).toMatchObject([
      { target: 'memcached-rate', counts: { timeout: 2 }, readTimeouts: 2 },
    ]);
    expect(evidence([read('49:09'), read('54:27')].join('\n'))).toMatchObject({
      timeout: 2,
      readTimeouts: 2,
      readTimeoutsOnly: true,
    });
  });

  it('a connect timeout among them, or a single read timeout, is not "only reads"', () => {
    expect(evidence([read('49:09'), connect('50:00'), read('54:27')].join('\n'))).toMatchObject({
      timeout: 3,
      readTimeouts: 2,
      readTimeoutsOnly: false,
    });
    expect(evidence([connect('49:09'), connect('54:27')].join('\n'))).toMatchObject({
      readTimeouts: 0,
      readTimeoutsOnly: false,
    });
    expect(dependencyFailures(connect('49:09'), 'rate', g, book)[0]!.readTimeouts).toBeUndefined();
  });
});

describe('dependencyFailures — a mesh with no route to the dependency', () => {
  it("counts the caller's sidecar's NC/NR answers as noRoute toward the host its :authority names", () => {
    const nc = (t: string) =>
      `[2026-11-20T13:${t}.970Z] "GET /reviews/0 HTTP/1.1" 503 NC cluster_not_found - "-" 0 0 0 - "-" "python-requests/2.31.0" "3d73" "reviews:9080" "-" - - 10.100.202.205:9080 192.168.72.197:52102 - -`;
    const g = withDeps({ reviews: { address: 'reviews:9080' }, details: { address: 'details:9080' } });
    const found = dependencyFailures([nc('23:23'), nc('24:47'), nc('26:05')].join('\n'), 'productpage', g, {
      ips: new Map(),
    });
    expect(found).toMatchObject([{ target: 'reviews', counts: { http5xx: 3 }, noRoute: 3 }]);
    const { targets } = callerEvidence(
      [{ caller: 'productpage', failures: found, changed: false }],
      new Map(),
      g,
    );
    expect(targets.get('reviews')).toMatchObject({ http5xx: 3, noRoute: 3, witnesses: 1 });
    // an upstream's own 503 through the mesh is a 5xx, not a missing route
    const upstream =
      '[2026-11-20T13:23:23.970Z] "GET /reviews/0 HTTP/1.1" 503 - via_upstream - "-" 0 0 3 3 "-" "python-requests/2.31.0" "3d74" "reviews:9080" "10.0.2.4:9080" outbound|9080||reviews.bookinfo.svc.cluster.local 10.0.1.9:41000 10.100.202.205:9080 10.0.1.9:52104 - default';
    expect(dependencyFailures(upstream, 'productpage', g, { ips: new Map() })).toMatchObject([
      { target: 'reviews', counts: { http5xx: 1 } },
    ]);
    expect(dependencyFailures(upstream, 'productpage', g, { ips: new Map() })[0]!.noRoute).toBeUndefined();
  });

  it("counts REGISTRY_ONLY's 502 direct_response on the block_all route as noRoute too", () => {
    const blocked = (t: string) =>
      `[2026-03-13T08:${t}.000Z] "GET /ratings/0 HTTP/1.1" 502 - direct_response - "-" 0 0 0 - "-" "Apache-CXF/3.1.18" "e2b9" "ratings:9080" "-" - - 10.100.185.145:9080 192.168.72.26:52160 - block_all`;
    const g = withDeps({ ratings: { address: 'ratings:9080' } });
    expect(
      dependencyFailures([blocked('58:24'), blocked('59:30')].join('\n'), 'reviews', g, { ips: new Map() }),
    ).toMatchObject([{ target: 'ratings', counts: { http5xx: 2 }, noRoute: 2 }]);
  });
});

describe("dependencyFailures — mesh policy in the caller's own sidecar", () => {
  it('counts FI fault-abort and UO circuit-breaker answers as meshRefused, left out of unanswered', () => {
    const fi = (t: string) =>
      `[2025-08-12T14:${t}.000Z] "GET /ratings/0 HTTP/1.1" 500 FI fault_filter_abort - "-" 0 18 0 - "-" "Apache-CXF/3.1.18" "d300" "ratings:9080" "-" outbound|9080|v1|ratings.bookinfo.svc.cluster.local - 10.100.185.145:9080 192.168.72.82:59647 - -`;
    const uo = (t: string) =>
      `[2026-03-21T18:${t}.120Z] "GET /reviews/0 HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 0 - "-" "python-requests/2.32.3" "c8ea" "reviews:9080" "-" outbound|9080||reviews.bookinfo.svc.cluster.local - 10.100.202.205:9080 192.168.40.140:41718 - default`;
    const g = withDeps({ ratings: { address: 'ratings:9080' }, reviews: { address: 'reviews:9080' } });
    const found = dependencyFailures(
      [fi('18:33'), fi('20:33'), uo('38:12'), uo('40:00'), uo('40:27')].join('\n'),
      'caller',
      g,
      {
        ips: new Map(),
      },
    );
    expect(found).toMatchObject([
      { target: 'ratings', counts: { http5xx: 2 }, meshRefused: 2 },
      { target: 'reviews', counts: { http5xx: 3 }, meshRefused: 3 },
    ]);
    const { targets } = callerEvidence([{ caller: 'caller', failures: found, changed: false }], new Map(), g);
    expect(targets.get('reviews')).toMatchObject({ http5xx: 3, meshRefused: 3, unanswered: 0 });
    // the upstream's own 503 through the mesh, and a connection failure (UF), are no mesh policy
    const upstream =
      '[2026-11-20T13:23:23.970Z] "GET /reviews/0 HTTP/1.1" 503 - via_upstream - "-" 0 0 3 3 "-" "python-requests/2.31.0" "3d74" "reviews:9080" "10.0.2.4:9080" outbound|9080||reviews.bookinfo.svc.cluster.local 10.0.1.9:41000 10.100.202.205:9080 10.0.1.9:52104 - default';
    const uf =
      '[2026-11-20T13:23:24.970Z] "GET /reviews/0 HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 3 - "-" "python-requests/2.31.0" "3d75" "reviews:9080" "10.0.2.4:9080" outbound|9080||reviews.bookinfo.svc.cluster.local - 10.100.202.205:9080 10.0.1.9:52104 - default';
    for (const line of [upstream, uf])
      expect(dependencyFailures(line, 'caller', g, { ips: new Map() })[0]!.meshRefused).toBeUndefined();
  });
});

describe("mesh authorization policy at the dependency's own sidecar", () => {
  const inbound = (t: string) =>
    `[2026-04-08T15:${t}.000Z] "GET /ratings/1 HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - "-" "Apache-CXF/4.0.3" "3f57" "ratings:9080" "-" inbound|9080|| - 192.168.72.160:9080 192.168.72.22:35793 outbound_.9080_._.ratings.bookinfo.svc.cluster.local -`;
  const quoted = (t: string) =>
    `[2026-04-08T15:${t}.000Z] ERROR GET http://ratings:9080/ratings/0 failed: 403 Forbidden: RBAC: access denied`;
  // the caller's own sidecar: the 403 came from upstream (via_upstream), it does not say why
  const plain = (t: string) =>
    `[2026-04-08T15:${t}.000Z] "GET /ratings/1 HTTP/1.1" 403 - via_upstream - "-" 0 19 3 2 "-" "Apache-CXF/4.0.3" "3f56" "ratings:9080" "192.168.72.160:9080" outbound|9080||ratings.bookinfo.svc.cluster.local 192.168.72.22:44273 10.100.185.145:9080 192.168.72.22:44279 - default`;
  const g = withDeps({ ratings: { address: 'ratings:9080' } });
  const window = { from: Date.parse('2026-04-08T15:00:00Z'), to: Date.parse('2026-04-08T15:42:00Z') };
  it('counts RBAC denials in its own log, within the window', () => {
    expect(meshDeniedLines([inbound('15:12'), inbound('16:18'), plain('17:00')].join('\n'), window)).toBe(2);
    expect(meshDeniedLines(inbound('50:00'), window)).toBe(0);
  });
  it("a lone caller's 403s are its credentials, unless the dependency's sidecar denies them by policy", () => {
    const found = dependencyFailures(
      [plain('15:15'), plain('16:15'), plain('17:15')].join('\n'),
      'reviews',
      g,
      {
        ips: new Map(),
      },
    );
    expect(found).toMatchObject([{ target: 'ratings', counts: { auth: 3 } }]);
    const reports = [{ caller: 'reviews', failures: found, changed: false }];
    const own = callerEvidence(reports, new Map(), g);
    expect(own.callers.get('reviews')).toMatchObject({ credentialsRefused: ['ratings'] });
    expect(own.targets.get('ratings')).toMatchObject({ meshDenied: 0 });
    const denied = callerEvidence(reports, new Map([['ratings', { meshDenied: 12 }]]), g);
    expect(denied.callers.get('reviews')).toMatchObject({ credentialsRefused: [] });
    // never more denials than auth failures the callers saw
    expect(denied.targets.get('ratings')).toMatchObject({ auth: 3, meshDenied: 3 });
  });
  it('a caller quoting the RBAC body counts as a denial too', () => {
    const found = dependencyFailures([quoted('15:15'), quoted('16:15')].join('\n'), 'reviews', g, {
      ips: new Map(),
    });
    expect(found).toMatchObject([{ target: 'ratings', counts: { auth: 2 }, meshDenied: 2 }]);
    const { callers, targets } = callerEvidence(
      [{ caller: 'reviews', failures: found, changed: false }],
      new Map(),
      g,
    );
    expect(callers.get('reviews')?.credentialsRefused ?? []).toEqual([]);
    expect(targets.get('ratings')).toMatchObject({ meshDenied: 2 });
  });
});

describe('callerEvidence — refusedBy', () => {
  it('names a dependency that refuses or resets most of a caller\u2019s connections, not one it times out toward', () => {
    const g = withDeps({ 'ledger-db': { address: 'ledger-db:5432' }, cart: { address: 'cart:8080' } });
    const reports = [
      {
        caller: 'balancereader',
        failures: [failure('ledger-db', { refused: 3, timeout: 1 }), failure('cart', { timeout: 5 })],
        changed: false,
      },
    ];
    const { callers } = callerEvidence(reports, new Map(), g);
    expect(callers.get('balancereader')).toMatchObject({
      refusedBy: ['ledger-db'],
      failingToward: ['cart', 'ledger-db'],
    });
  });
});

describe('callerEvidence — a server slow by its own account', () => {
  it('carries the target\u2019s own slow-statement count as targetSlow (0 when not read)', () => {
    const g = withDeps({ 'carts-db': { address: 'carts-db:27017' } });
    const reports = [{ caller: 'carts', failures: [failure('carts-db', { timeout: 3 })], changed: false }];
    expect(
      callerEvidence(reports, new Map([['carts-db', { ownSlow: 4 }]]), g).targets.get('carts-db'),
    ).toMatchObject({
      timeout: 3,
      targetSlow: 4,
    });
    expect(callerEvidence(reports, new Map(), g).targets.get('carts-db')).toMatchObject({ targetSlow: 0 });
  });
});

describe('callerEvidence — a setting changed on the server before the failures', () => {
  const g = withDeps({ 'accounts-db': { address: 'accounts-db:5432' } });
  const at = (iso: string) => ({ ...failure('accounts-db', { timeout: 4 }), firstAt: Date.parse(iso) });
  const reports = [{ caller: 'userservice', failures: [at('2026-05-13T15:55:00Z')], changed: false }];
  it('is targetSettingChanged when the server\u2019s own log recorded it before the first failure', () => {
    const states = new Map([['accounts-db', { ownSettingAt: Date.parse('2026-05-13T15:50:00Z') }]]);
    expect(callerEvidence(reports, states, g).targets.get('accounts-db')).toMatchObject({
      targetSettingChanged: true,
      targetSettingChangedAt: '2026-05-13T15:50:00.000Z',
    });
  });
  it('is not when it came after the first failure (a fix being tried), or was not read', () => {
    const later = new Map([['accounts-db', { ownSettingAt: Date.parse('2026-05-13T16:05:00Z') }]]);
    expect(callerEvidence(reports, later, g).targets.get('accounts-db')).toMatchObject({
      targetSettingChanged: false,
    });
    expect(callerEvidence(reports, new Map(), g).targets.get('accounts-db')).toMatchObject({
      targetSettingChanged: false,
      targetSettingChangedAt: null,
    });
  });
});

describe('loopback addresses', () => {
  const window = { from: Date.parse('2026-03-18T15:30:00Z'), to: Date.parse('2026-03-18T16:05:00Z') };
  const started =
    '{"timestamp": "2026-03-18 15:43:00", "message": "HikariPool-1 - Exception during pool initialization.", "severity": "ERROR"}';
  const pgRefused =
    'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';
  const failing = (t: string) =>
    `{"timestamp": "2026-03-18 ${t}:18", "message": "addTransaction | Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection", "severity": "ERROR"}`;
  it("a refused connection to 127.0.0.1 on a dependency's port is a loopback call toward it, kept while errors go on", () => {
    const text = [started, pgRefused, failing('15:50'), failing('15:58'), failing('16:03')].join('\n');
    expect(dependencyFailures(text, 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 1 }, loopback: 1, loopbackAddresses: ['127.0.0.1:5432'] },
    ]);
  });
  it('Go and Node forms name the dependency by its port alone', () => {
    const go = '2026-03-18T15:50:00Z ERROR dial tcp 127.0.0.1:5432: connect: connection refused';
    const node = '2026-03-18T15:51:00Z Error: connect ECONNREFUSED [::1]:5432';
    expect(
      dependencyFailures([go, node].join('\n'), 'payment', graph, { ips: new Map() }, window),
    ).toMatchObject([
      { target: 'accounts-db', loopback: 2, loopbackAddresses: ['127.0.0.1:5432', '[::1]:5432'] },
    ]);
  });
  it("a loopback port that is no dependency's, or a start-up refusal followed by clean work, is no loopback call", () => {
    const other = '2026-03-18T15:50:00Z ERROR dial tcp 127.0.0.1:9999: connect: connection refused';
    expect(dependencyFailures(other, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
    const ok = (t: string) =>
      `{"timestamp": "2026-03-18 ${t}:00", "message": "addTransaction | committed", "severity": "INFO"}`;
    const raced = [started, pgRefused, ok('15:44'), ok('15:55'), ok('16:04')].join('\n');
    expect(dependencyFailures(raced, 'payment', graph, { ips: new Map() }, window)).toEqual([]);
  });
  it('the ports a pod serves itself (declared, or a sidecar told to listen on them) are dropped', () => {
    const pod = (containers: Record<string, unknown>[]) => ({ spec: { containers } });
    const app = { name: 'ledgerwriter', ports: [{ containerPort: 8080 }] };
    const proxy = { name: 'cloud-sql-proxy', args: ['--port=5432', 'project:region:ledger'] };
    expect([...podServedPorts([pod([app, proxy])])].sort()).toEqual(['5432', '8080']);
    expect([...podServedPorts([pod([app])])]).toEqual(['8080']);
    const loopbackFailure = {
      ...failure('accounts-db', { refused: 1 }),
      loopback: 1,
      loopbackAddresses: ['127.0.0.1:5432'],
    };
    expect(withoutServedLoopback([loopbackFailure], new Set(['5432']))[0]).not.toHaveProperty('loopback');
    expect(withoutServedLoopback([loopbackFailure], new Set(['8080']))[0]).toMatchObject({ loopback: 1 });
  });
});

describe('callerEvidence — loopback', () => {
  it('names the dependency the caller looks for at home, one event being enough', () => {
    const f = {
      ...failure('accounts-db', { refused: 1 }),
      samples: ['Connection to 127.0.0.1:5432 refused'],
      loopback: 1,
      loopbackAddresses: ['127.0.0.1:5432'],
    };
    const { callers } = callerEvidence(
      [{ caller: 'payment', failures: [f], changed: false }],
      new Map(),
      graph,
    );
    expect(callers.get('payment')).toMatchObject({ loopback: ['accounts-db'] });
  });
});

describe('stale addresses', () => {
  const window = { from: Date.parse('2026-09-21T09:00:00Z'), to: Date.parse('2026-09-21T09:40:00Z') };
  const nginx = (t: string, ip: string) =>
    `2026/09/21 ${t} [error] 22#22: *30412 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.1.1.84, server: localhost, request: "GET /api/accounts-db/products HTTP/1.1", upstream: "http://${ip}:5432/products"`;
  const book = { ips: new Map([['10.100.210.35', 'accounts-db']]) };
  it('an IP on the dependency\u2019s port that is none of its current Service\u2019s or pods\u2019 IPs is stale', () => {
    const text = [nginx('09:22:30', '10.100.182.57'), nginx('09:24:06', '10.100.182.57')].join('\n');
    expect(dependencyFailures(text, 'payment', graph, book, window)).toMatchObject([
      { target: 'accounts-db', counts: { timeout: 2 }, staleIp: 2, staleAddresses: ['10.100.182.57:5432'] },
    ]);
  });
  it('an address that answered with a 5xx is no stale one: a server answered there', () => {
    const envoy = (t: string) =>
      `[2026-09-21T${t}.000Z] "GET /products HTTP/1.1" 500 - via_upstream - "-" 0 98 3 2 "-" "curl" "7c1e" "accounts-db:5432" "10.100.182.57:5432" outbound|5432||accounts-db.default.svc.cluster.local 10.1.1.84:51230 10.100.182.57:5432 10.1.1.84:37314 - default`;
    const text = [envoy('09:22:30'), envoy('09:24:06')].join('\n');
    const [f] = dependencyFailures(text, 'payment', graph, book, window);
    expect(f).toMatchObject({ target: 'accounts-db', counts: { http5xx: 2 } });
    expect(f).not.toHaveProperty('staleIp');
  });
  it('its current IP, or a dependency whose IPs were not read, is not', () => {
    const current = [nginx('09:22:30', '10.100.210.35'), nginx('09:24:06', '10.100.210.35')].join('\n');
    expect(dependencyFailures(current, 'payment', graph, book, window)[0]).not.toHaveProperty('staleIp');
    const unknown = [nginx('09:22:30', '10.100.182.57')].join('\n');
    expect(dependencyFailures(unknown, 'payment', graph, { ips: new Map() }, window)[0]).not.toHaveProperty(
      'staleIp',
    );
  });
  it('callerEvidence: the caller holds a stale address, and the dependency is not blamed for it', () => {
    const f = {
      ...failure('accounts-db', { timeout: 6 }),
      staleIp: 6,
      staleAddresses: ['10.100.182.57:5432'],
    };
    const { callers, targets } = callerEvidence(
      [{ caller: 'payment', failures: [f], changed: false }],
      new Map(),
      graph,
    );
    expect(callers.get('payment')).toMatchObject({ staleAddress: ['accounts-db'] });
    expect(targets.get('accounts-db')).toMatchObject({ callerSideOnly: true });
  });
});

describe('ownAnswers — what a server answered', () => {
  const window = { from: Date.parse('2026-12-02T19:00:00Z'), to: Date.parse('2026-12-02T19:40:00Z') };
  it('reads uWSGI, combined-log, morgan and pino-http answers and counts the 5xx among them', () => {
    const text = [
      '[pid: 8|app: 0|req: 111/2212] 10.1.3.169 () {52 vars in 842 bytes} [Wed Dec  2 19:12:12 2026] POST /pay/m.ross => generated 1189 bytes in 574 msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)',
      '[pid: 7|app: 0|req: 112/2213] 10.1.3.169 () {52 vars in 842 bytes} [Wed Dec  2 19:16:04 2026] POST /pay/anonymous-2931 => generated 13 bytes in 3000 msecs (HTTP/1.1 503) 2 headers in 80 bytes (1 switches on core 0)',
      '10.1.2.137 - - [02/Dec/2026:19:18:34 +0000] "POST /api/payment/pay/jdoe HTTP/1.1" 502 13 "-" "Mozilla/5.0"',
      'POST /orders 500 12.500 ms - 917',
      '{"level":"info","time":1796239104000,"req":{"method":"GET","url":"/cart/jdoe"},"res":{"statusCode":200},"msg":"request completed"}',
      '2026-12-02T19:20:00Z INFO payment for jdoe',
    ].join('\n');
    expect(ownAnswers(text, window)).toEqual({ answers: 5, serverErrors: 3 });
  });
  it('answers outside the window are not counted; a byte count of 503 is no status', () => {
    const old = '10.1.2.137 - - [02/Dec/2026:17:18:34 +0000] "POST /pay HTTP/1.1" 503 13 "-" "-"';
    const size = '10.1.2.137 - - [02/Dec/2026:19:18:34 +0000] "GET /img HTTP/1.1" 200 503 "-" "-"';
    expect(ownAnswers([old, size].join('\n'), window)).toEqual({ answers: 1, serverErrors: 0 });
  });
});

describe('dependencyFailures — a lookup of a service the topology does not list', () => {
  const window = { from: Date.parse('2026-05-12T14:00:00Z'), to: Date.parse('2026-05-12T15:00:00Z') };
  it('is not charged to the caller\u2019s sole dependency', () => {
    const zipkin = [
      '2026-05-12 14:52:00.000  WARN [shipping,,,] 6 --- [ender@1b8b0f2d}] z.r.AsyncReporter$BoundedAsyncReporter    : Dropped 4 spans due to UnknownHostException(zipkin.jaeger.svc.cluster.local)',
      '2026-05-12 14:53:00.000  WARN [shipping,,,] 6 --- [ender@1b8b0f2d}] z.r.AsyncReporter$BoundedAsyncReporter    : Dropped 2 spans due to UnknownHostException(zipkin.jaeger.svc.cluster.local)',
    ].join('\n');
    expect(dependencyFailures(zipkin, 'dispatch', graph, { ips: new Map() }, window)).toEqual([]);
  });
  it('while an error naming nothing, or the dependency\u2019s own qualified name, still is', () => {
    const own = [
      '2026-05-12T14:52:00Z ERROR java.net.UnknownHostException: rabbitmq.shop.svc.cluster.local',
      '2026-05-12T14:53:00Z ERROR java.net.UnknownHostException: rabbitmq.shop.svc.cluster.local',
    ].join('\n');
    expect(dependencyFailures(own, 'dispatch', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'rabbitmq', counts: { dns: 2 } },
    ]);
  });
});

describe('dependencyFailures — host and port written apart', () => {
  const window = { from: Date.parse('2026-06-02T13:00:00Z'), to: Date.parse('2026-06-02T13:30:00Z') };
  it('MariaDB Connector/J\u2019s (host=…)(port=…) on a port the dependency does not serve is a wrong port', () => {
    const line = (t: string) =>
      `2026-06-02T13:${t}:00Z ERROR java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=accounts-db)(port=5433)(type=master) : Socket fail to connect to host:accounts-db, port:5433. Connection refused (Connection refused)`;
    expect(
      dependencyFailures([line('06'), line('07')].join('\n'), 'payment', graph, { ips: new Map() }, window),
    ).toMatchObject([{ target: 'accounts-db', counts: { refused: 2 }, wrongPort: 2 }]);
    const right = line('06').replace(/5433/g, '5432');
    expect(dependencyFailures(right, 'payment', graph, { ips: new Map() }, window)).toMatchObject([
      { target: 'accounts-db', counts: { refused: 1 }, wrongPort: 0 },
    ]);
  });
});

describe('dependencyFailures — a client library\u2019s words against a plain word', () => {
  it('pika\u2019s refusal that mentions another dependency\u2019s name as a word is about RabbitMQ', () => {
    const line = (t: string) =>
      `2026-05-21T09:${t}:00Z ERROR pika.exceptions.ProbableAuthenticationError: (403, 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN') while publishing the gateway receipt`;
    const window = { from: Date.parse('2026-05-21T09:00:00Z'), to: Date.parse('2026-05-21T09:59:00Z') };
    expect(
      dependencyFailures([line('40'), line('41')].join('\n'), 'payment', graph, { ips: new Map() }, window),
    ).toMatchObject([{ target: 'rabbitmq', counts: { auth: 2 } }]);
  });
});

describe('withPinnedAddresses — a dependency\u2019s name pinned in /etc/hosts', () => {
  const ips = new Map([
    ['10.100.7.9', 'accounts-db'],
    ['10.52.1.40', 'accounts-db'],
  ]);
  const hostsOf = (id: string) => new Set(id === 'accounts-db' ? ['accounts-db'] : []);
  const timedOut = { ...failure('accounts-db', { timeout: 4 }) };
  it('to an IP none of its Services or pods hold makes every failure toward it a stale-address one', () => {
    const [f] = withPinnedAddresses(
      [timedOut],
      [{ ip: '10.0.2.241', hostnames: ['accounts-db'] }],
      hostsOf,
      ips,
    );
    expect(f).toMatchObject({ staleIp: 4, staleAddresses: ['10.0.2.241'] });
    expect(
      callerEvidence([{ caller: 'payment', failures: [f!], changed: false }], new Map(), graph).callers.get(
        'payment',
      ),
    ).toMatchObject({ staleAddress: ['accounts-db'] });
  });
  it('to one of its own IPs, or for another name, changes nothing', () => {
    expect(
      withPinnedAddresses([timedOut], [{ ip: '10.52.1.40', hostnames: ['accounts-db'] }], hostsOf, ips),
    ).toEqual([timedOut]);
    expect(
      withPinnedAddresses([timedOut], [{ ip: '10.0.2.241', hostnames: ['metrics'] }], hostsOf, ips),
    ).toEqual([timedOut]);
  });
});
