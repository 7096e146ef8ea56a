// What a caller's log lines say about its dependencies: connection refused/reset, timeouts, DNS, TLS,
// authentication failures and 5xx answers, each tied to the dependency it names. Pure; no I/O.
import type { Component, GraphView, JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';

export type FailureKind =
  | 'dns'
  | 'tls'
  | 'auth'
  | 'exhausted'
  | 'throttled'
  | 'refused'
  | 'reset'
  | 'timeout'
  | 'http5xx';
export const FAILURE_KINDS: readonly FailureKind[] = [
  'dns',
  'tls',
  'auth',
  'exhausted',
  'throttled',
  'refused',
  'reset',
  'timeout',
  'http5xx',
];

/** Most specific first: an UnknownHostException inside a "link failure" is a DNS failure. */
const PATTERNS: readonly [FailureKind, RegExp][] = [
  [
    'dns',
    /UnknownHostException|Name or service not known|no such host|\bENOTFOUND\b|\bEAI_AGAIN\b|getaddrinfo failed|Temporary failure in name resolution|nodename nor servname|Could not resolve host|NameResolutionError|No such host is known|Unknown MySQL server host|server misbehaving|DNS resolution failed|failed to resolve/i,
  ],
  [
    'tls',
    /(SSL|TLS) ?handshake|handshake_failure|certificate verify failed|\bx509: |SSLHandshakeException|PKIX path building failed|unable to verify the first certificate|self[- ]signed certificate|certificate has expired|CERT_HAS_EXPIRED|SSLError|wrong version number|connecting to a SSL listener|tls: (bad|unknown|handshake)|The remote certificate is invalid|RemoteCertificate(NameMismatch|ChainErrors|NotAvailable)|System\.Security\.Authentication\.AuthenticationException|alert certificate expired|server does not support SSL|SSL is required but the server doesn't support it/i,
  ],
  [
    'auth',
    /password authentication failed|Access denied for user|Authentication failed|AuthenticationFailed|auth(entication)? error|\bNOAUTH\b|\bWRONGPASS\b|invalid (password|credentials|username or password)|\b28P01\b|SASL authentication|Login failed for user|ACCESS_REFUSED|not authori[sz]ed|\b(401|403)\b (Unauthorized|Forbidden)|(status|code)[=: ]*(401|403)\b|returned (401|403)\b|Unauthenticated|PermissionDenied|requires authentication|\(Unauthorized\)|"codeName":\s*"Unauthorized"/i,
  ],
  // The dependency answers that it ran out of something: Redis MISCONF (its RDB save failed, writes
  // refused), maxmemory and maxclients ("ERR max number of clients reached"), MySQL 1040 and 1226 (a user past its MAX_QUERIES_PER_HOUR-style limit), memcached at its -c limit, PostgreSQL 53300, gRPC RESOURCE_EXHAUSTED, a full disk,
  // an OpenTelemetry Collector whose memory_limiter refuses data, PostgreSQL refusing new transaction IDs before a
  // wraparound or out of lock-table memory, MySQL 1114 (a full table), an ID space used up (MySQL's
  // auto-increment at its type's largest value: 1062 on that value, or 1467; PostgreSQL's sequence at its maximum).
  [
    'exhausted',
    /\bMISCONF\b|OOM command not allowed|Too many (open )?connections|has exceeded the '(?:max_questions|max_updates|max_connections_per_hour|max_user_connections)' resource|too many clients already|remaining connection slots are reserved|code = ResourceExhausted|\bRESOURCE_EXHAUSTED\b|No space left on device|data refused due to high memory usage|not accepting commands (that assign new XIDs )?to avoid wraparound data loss|out of shared memory|The table '[^']+' is full|max number of clients reached|Duplicate entry '(2147483647|4294967295|8388607|16777215|32767|65535|9223372036854775807|18446744073709551615)' for key|Failed to read auto-increment value from storage engine|reached maximum value of sequence/i,
  ],
  // The dependency turns the caller away for its rate: HTTP 429, "rate limit exceeded", AWS throttling.
  [
    'throttled',
    /Too Many Requests|(status(?: ?code)?[=: ]+|returned |HTTP Error |response code[=: ]*|\(HTTP )429\b|rate limit exceeded|\bThrottl(ed|ing)Exception\b/i,
  ],
  // Redis up but not serving: a script blocking it (BUSY), loading its dataset, a replica without its
  // primary, a cluster without quorum — the server refuses the command. MySQL refusing a host after
  // too many aborted handshakes (error 1129) refuses its connections the same way. pika raises a bare
  // AMQPConnectionError when no connection attempt to the broker succeeded. A database or cache up but
  // refusing every write (MySQL/MariaDB --read-only, PostgreSQL's read-only transaction, a Redis replica,
  // a MongoDB secondary) turns its callers away the same way; so do PostgreSQL shutting down, starting or
  // recovering (SQLSTATE 57P03 "the database system is …"), MySQL in `offline_mode` (error 3032) and a RabbitMQ
  // virtual host that is down (AMQP 541/320 "vhost / is down"), and Redis in protected mode (`bind` opened, no password:
  // "DENIED Redis is running in protected mode" to every client not on its loopback).
  [
    'refused',
    /connection refused|ECONNREFUSED|ConnectionRefused|actively refused|no pg_hba\.conf entry for host|It was not possible to connect to the redis server|code = Unavailable|no reachable servers|\b14 UNAVAILABLE\b|no healthy upstream|\bUH\b.*upstream|Connection to .* refused|\bBUSY (Redis|Valkey) is busy\b|\bLOADING (Redis|Valkey) is loading\b|\bMASTERDOWN\b|\bCLUSTERDOWN\b|is blocked because of many connection errors|\bAMQPConnectionError\b|StatusCode\.UNAVAILABLE\b|running with the --read-only option|cannot execute \w+ in a read-only transaction|\bNOREPLICAS Not enough good replicas\b|is not permitted to log in|\bREADONLY You can't write against a read only (replica|slave)|\bbad resolver state\b|is not currently accepting connections|\bproduced zero addresses\b|\bNotWritablePrimary\b|the database system is (shutting down|starting up|in recovery mode)|server is currently in offline mode|\bvhost '?[^\s']+'? is down\b|\bDENIED (Redis|Valkey) is running in protected mode\b/i,
  ],
  [
    'reset',
    /connection reset|ECONNRESET|reset by peer|broken pipe|\bEPIPE\b|socket hang up|unexpected EOF|: EOF\b|Disconnected while requesting|upstream_reset_before_response_started(?!\{connection_timeout)|Connection closed by (peer|remote|foreign host)|server closed the connection unexpectedly|Connection aborted|RemoteDisconnected|Remote end closed connection/i,
  ],
  [
    // A client's own slow-statement log of a second or more (Hibernate's SQL_SLOW logger, Connector/J's
    // logSlowQueries) is a call that did not come back in time, like a timeout.
    'timeout',
    /timed? ?out|timeout expired|deadline ?exceeded|DeadlineExceeded|\bETIMEDOUT\b|SocketTimeoutException|ConnectTimeout|Net::(Open|Read)Timeout|TimeoutError|TimeoutException|connection_timeout|request timeout|operation timeout|\bDEADLINE_EXCEEDED\b|\bSlowQuery: \d{4,} milliseconds\b|\bSlow query \(exceeded \d+ ms, duration: \d{4,} ms\)|\b(?:did not|didn't|failed to) (?:answer|respond|reply) (?:with)?in \d+ ?(?:ms|milliseconds|s|seconds)\b|\bno (?:answer|response|reply) (?:with)?in \d+ ?(?:ms|milliseconds|s|seconds)\b/i,
  ],
  [
    'http5xx',
    // gRPC's INTERNAL is its server error: the dependency answered, with a failure of its own. Python
    // requests' HTTPError reads "500 Server Error: <reason> for url: …" (the reason may be empty). A SQL
    // database answering that the table the caller queries does not exist (psycopg2's UndefinedTable,
    // PostgreSQL's `relation "users" does not exist`, MySQL's 1146) answered too, with an error of its own.
    /(status(?: ?code)?[=: ]+|returned |responded (with )?|HTTP\/\d(?:\.\d)? |HTTP Error |response code[=: ]*|\(HTTP )5\d\d\b|\b5\d\d:? (Service Unavailable|Internal Server Error|Bad Gateway|Gateway Time-?out)\b|\b5\d\d Server Error\b|\bcode = Internal\b|\b13 INTERNAL\b|\bpsycopg2?\.errors\.UndefinedTable\b|\bERROR 1146\b.*doesn't exist/i,
  ],
];

/**
 * Settings printed at start-up ("request.timeout.ms = 30000", "connect_timeout=60.0") are not
 * failures: they are removed from a line before it is classified.
 */
const SETTING =
  /[\w.-]*(timeout|deadline)[\w.-]*["']?\s*(=|:)\s*["']?\d[\w.]*|[\w.-]*(ssl|tls|auth|password)[\w.-]*\s*=\s*\S+/gi;

/**
 * A read that timed out on a connection already established, in Go's net error form (`read tcp 10.244.0.171:47212->
 * 10.100.109.190:11211: i/o timeout`): the handshake completed, so the path and the dependency's kernel answered;
 * the process did not. A connect that timed out is `dial tcp …` or the client's own "connect timeout".
 */
const READ_AFTER_CONNECT = /\bread tcp [0-9a-f.:[\]]+->[0-9a-f.:[\]]+: i\/o timeout\b/i;

/** A connect that never completed: Java's `connect timed out`, Go's `dial tcp <addr>: i/o timeout`, Node's `connect ETIMEDOUT`. */
const CONNECT_TIMEOUT =
  /\bconnect timed out\b|\bdial tcp [0-9a-z.:[\]-]+: i\/o timeout\b|\bconnect ETIMEDOUT\b/i;

/**
 * A caller's own pool or thread exhaustion reported in a failure line: the timeout is the caller's,
 * not the dependency's. HikariCP "Connection is not available, request timed out after", commons-pool
 * "Timeout waiting for idle object", SQLAlchemy "QueuePool limit of size … overflow … reached",
 * SqlClient "timeout period elapsed prior to obtaining a connection from the pool", Tomcat JDBC "Pool
 * empty. Unable to fetch a connection", Tomcat "All threads (200) are currently busy", a rejected
 * executor task, and StackExchange.Redis's timeout report whose WORKER pool is busier than its minimum
 * (the thread-pool starvation its "Timeouts" documentation describes).
 */
/** Waits for a connection of a pool to one dependency: every connection is held by a call to it. */
const CONNECTION_POOL =
  /Connection is not available, request timed out after|Timeout waiting for idle object|Cannot get a connection, pool error|QueuePool limit of size \d+ overflow \d+ reached|timeout period elapsed prior to obtaining a connection from the pool|Pool empty\. Unable to fetch a connection/i;
/** The caller's own threads: busy or starved whatever they wait for. */
const THREAD_POOL = /All threads \(\d+\) are currently busy|RejectedExecutionException/i;
const SE_REDIS_WORKER = /WORKER: \(Busy=(\d+),Free=\d+,Min=(\d+)/;

/** A wait for a pooled connection to a dependency (not the caller's own thread starvation). */
export function connectionPoolWait(line: string): boolean {
  return CONNECTION_POOL.test(line);
}

export function clientExhausted(line: string): boolean {
  if (CONNECTION_POOL.test(line) || THREAD_POOL.test(line)) return true;
  const w = SE_REDIS_WORKER.exec(line);
  return !!w && Number(w[1]) > Number(w[2]);
}

/**
 * The name a failed DNS lookup asked for: Go's "lookup X on 10.0.0.10:53", Java's
 * "UnknownHostException: X" (or "… invoking http://X:9080/…: X", or zipkin-reporter's "UnknownHostException(X)"), Node's "getaddrinfo ENOTFOUND X",
 * Python's "Failed to resolve 'X'".
 */
const LOOKED_UP =
  /\blookup ([a-z0-9.-]+)(?: on |: no such host)|UnknownHostException(?:: (?:UnknownHostException invoking \w+:\/\/)?|\()([a-z0-9.-]+)|ENOTFOUND ([a-z0-9.-]+)|Failed to resolve '([a-z0-9.-]+)'|MongoSocketException: ([a-z0-9.-]+): Name or service not known/i;

export function lookedUp(line: string): string | undefined {
  const m = LOOKED_UP.exec(line);
  const host = m && (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  return host ? host.toLowerCase().replace(/\.$/, '') : undefined;
}

/** A looked-up name qualified by a namespace (`name.ns.svc…`) whose service is none of the target's names. */
function otherServiceName(looked: string | undefined, target: Target): boolean {
  if (!looked || !/\.svc(\.|$)/.test(looked)) return false;
  const service = looked.split('.')[0]!;
  return !target.names.has(service) && ![...target.hosts].some((h) => h.split('.')[0] === service);
}

/** A certificate out of its validity period: the server's to renew, whatever its callers trust. */
const CERT_EXPIRED =
  /NotTimeValid|certificate has expired|CERT_HAS_EXPIRED|certificate (is )?expired|certificate is not yet valid|x509: certificate has expired/i;

/** A refusal on policy (403): by itself it does not say the caller's credentials are wrong. */
const FORBIDDEN = /\b403\b|Forbidden|PERMISSION_DENIED|PermissionDenied/i;
const CREDENTIALS =
  /\b401\b|Unauthori[sz]ed|Unauthenticated|authentication|password|credential|api[ _-]?key|token/i;

/** A line that continues the event above it: a stack frame, a cause, an elided frame count. */
const CONTINUATION = /^(\s|Caused by:|\.\.\. \d+ more|Suppressed:)/;

/** Failures toward a dependency that ended this long before the incident, with the caller logging on… */
export const RECOVERED_MS = 15 * 60_000;
/** …for at least this long after them, are over: the dependency recovered. */
const RECOVERY_SHOWN_MS = 5 * 60_000;
/** A short burst of failures (at most BURST_MS long, a dependency rescheduled or restarted) that ended… */
const BURST_MS = 10 * 60_000;
/** …this long before the incident, with nothing failing since, is over even when the caller went quiet. */
const LONG_OVER_MS = 30 * 60_000;

/** What a failure line is about, or undefined for a line that reports no failure. */
/**
 * gRPC's message-size limit (`ResourceExhausted` / `RESOURCE_EXHAUSTED` with "received message larger than max
 * (5313247 vs. 4194304)", or "trying to send message larger than max"): the dependency answered, with a message
 * over the 4 MiB default — a failed exchange (`http5xx`), not a dependency out of resources.
 */
const GRPC_MESSAGE_SIZE = /\b(received|trying to send) message larger than max\b/i;

/** gRPC's status for a call that never got an answer: the transport error in its desc says why. */
const GRPC_UNAVAILABLE = /code = Unavailable|\b14 UNAVAILABLE\b/gi;

/**
 * An Envoy (Istio sidecar) access-log line for a call the pod made: `"GET /p HTTP/1.1" 503 UF … outbound|443||host`.
 * Its response flags say why (Envoy's access-log docs): UF upstream connection failure, UH no healthy
 * upstream, UC upstream connection termination, UT upstream request timeout.
 */
const ENVOY_OUTBOUND = /"[A-Z]+ \S+ HTTP\/[\d.]+" (\d{3}) (\S+) .*\boutbound\|/;
/**
 * An outbound Envoy line the sidecar answered itself because the mesh has no way to the dependency: NC
 * (`cluster_not_found`: a route points at a cluster that does not exist, e.g. a VirtualService subset no
 * DestinationRule defines) or NR (`route_not_found`: no route matches the request). The upstream cluster is
 * `-`, so the line carries no `outbound|`; the `:authority` field names the dependency. Istio's `REGISTRY_ONLY`
 * outbound policy answers a host the sidecar was not given (a `Sidecar` resource's egress hosts) the same way:
 * `502 - direct_response` on its `block_all` route.
 */
/**
 * An outbound Envoy line the caller's own sidecar answered by mesh policy before the request left the pod: FI
 * (`fault_filter_abort`: a VirtualService `fault.abort` injects the status) or UO (`upstream_overflow`: a
 * DestinationRule's circuit breaker — `connectionPool` limits — is full). The dependency never saw the request.
 */
export const ENVOY_MESH_REFUSED = /"[A-Z]+ \S+ HTTP\/[\d.]+" (\d{3}) (?:[A-Z]+,)*(?:FI|UO)(?:,[A-Z]+)* /;

export const ENVOY_NO_ROUTE =
  /"[A-Z]+ \S+ HTTP\/[\d.]+" (\d{3}) (?:NC|NR) (?:cluster_not_found|route_not_found)\b|"[A-Z]+ \S+ HTTP\/[\d.]+" 502 - direct_response\b.*\bblock_all\b/;

function envoyOutbound(line: string): FailureKind | undefined | null {
  if (ENVOY_NO_ROUTE.test(line)) return 'http5xx';
  const m = ENVOY_OUTBOUND.exec(line);
  if (!m) return null;
  const status = Number(m[1]);
  const flags = m[2]!.split(',');
  if (flags.includes('UT') || status === 504) return 'timeout';
  if (flags.includes('UF') || flags.includes('UH')) return 'refused';
  if (flags.includes('UC')) return 'reset';
  if (status === 429) return 'throttled';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 500) return 'http5xx';
  return undefined;
}

/**
 * A server writing to a client that went away (uWSGI's "uwsgi_response_write_body_do(): Broken pipe",
 * "SIGPIPE: writing to a closed pipe/socket/fd", Tomcat's ClientAbortException, nginx's "client prematurely
 * closed connection"): the caller gave up on it, it is no call of its own that failed.
 */
const CLIENT_GONE =
  /uwsgi_response_\w+\(\): Broken pipe|SIGPIPE: writing to a closed pipe|^OSError: write error\b|ClientAbortException|client prematurely closed connection/;
/**
 * A server's own worker killed for taking too long on a request (gunicorn's "WORKER TIMEOUT (pid:7)", uWSGI's
 * "HARAKIRI ON WORKER"): the server did not keep up, it is no call of its own that timed out.
 */
export const WORKER_KILLED = /\bWORKER TIMEOUT \(pid:\d+\)|HARAKIRI ON WORKER \d+/;

/**
 * A server's own login handler turning away one of its users ("login | Error logging in: invalid password",
 * "sign-in failed: invalid credentials for alice"): the user's error, not a credential a dependency refused. A
 * driver's refusal names its server's words ("password authentication failed", Redis's "ERR invalid password"),
 * which this does not read.
 */
const USER_LOGIN_REJECTED =
  /\b(log(ging)?[ -]?in|sign(ing)?[ -]?in)\b[^\n]*\binvalid (password|credentials|username or password)\b/i;

export function classifyFailure(line: string): FailureKind | undefined {
  if (CLIENT_GONE.test(line) || WORKER_KILLED.test(line)) return undefined;
  if (USER_LOGIN_REJECTED.test(line) && !/\bERR invalid password|WRONGPASS|NOAUTH/.test(line))
    return undefined;
  const envoy = envoyOutbound(line);
  if (envoy !== null) return envoy;
  if (GRPC_MESSAGE_SIZE.test(line)) return 'http5xx';
  const text = line.replace(SETTING, ' ');
  for (const [kind, re] of PATTERNS)
    if (re.test(text)) {
      // "code = Unavailable desc = … dial tcp …: i/o timeout" timed out connecting; it was not refused.
      if (kind === 'refused' && !re.test(text.replace(GRPC_UNAVAILABLE, ' '))) {
        const cause = PATTERNS.find(([k, r]) => (k === 'reset' || k === 'timeout') && r.test(text));
        if (cause) return cause[0];
      }
      return kind;
    }
  return undefined;
}

/**
 * Client libraries name the technology, not the host ("Npgsql.PostgresException", "redis.exceptions"):
 * a line with one of these marks points at the one dependency built on that technology.
 */
const TECHNOLOGIES: readonly [string, RegExp][] = [
  ['postgres', /npgsql|psycopg|PSQLException|PostgresException|org\.postgresql|\bpq: |\bpostgres/i],
  // MySQL's own error texts name no client library: "Error 1045: Access denied for user …" (server error 1045/28000),
  // EclipseLink's "Error Code: 1040", error 1226's "User 'app' has exceeded the 'max_questions' resource (current value: 5000)".
  [
    'mysql',
    /com\.mysql|mysql|mariadb|Connector\/J|CommunicationsException|pymysql|Access denied for user|\bError( Code:)? (10(45|44|40)|1226)\b|has exceeded the '\w+' resource \(current value: \d+\)/i,
  ],
  // mgo and mongo-go-driver say "no reachable servers" / "server selection error" without naming MongoDB.
  ['mongo', /mongo|no reachable servers|server selection (error|timeout)/i],
  // node-redis's ReplyError (the redis-errors package) is a Redis server's answer.
  ['redis', /redis|valkey|ioredis|NOAUTH|WRONGPASS|\bReplyError\b/i],
  ['kafka', /kafka|sarama|librdkafka/i],
  ['rabbitmq', /rabbit|amqp|pika\b/i],
  ['elasticsearch', /elasticsearch|opensearch/i],
  ['memcached', /memcache/i],
  // OpenTelemetry SDK exporters name the signal, not the collector: Go's "traces export:" / "failed to upload
  // metrics:", Python's "… while exporting traces to", JavaScript's OTLPExporterError.
  [
    'opentelemetry',
    /\botlp\b|\btraces export:|failed to upload metrics|while exporting (traces|logs|metrics)|OTLPExporterError/i,
  ],
  // A SQL client or pool that names no product (HikariCP, JDBC and its java.sql exceptions, Hibernate and its slow-query
  // log "SlowQuery: 4119 milliseconds. SQL: '…'", Connector/J's "Slow query (exceeded 2000 ms, …)", EclipseLink,
  // SQLAlchemy): the SQL database.
  [
    'sql',
    /HikariPool|\bJDBC\b|SQLState|java\.sql\.SQL\w*Exception|org\.hibernate|org\.eclipse\.persistence|EclipseLink|sqlalchemy|database\/sql|\bSlowQuery: \d+ milliseconds\. SQL:|\bSlow query \(exceeded \d+ ms/i,
  ],
];

export interface AddressBook {
  /** Cluster IPs and pod IPs of the components, from the Services and pods read. */
  ips: ReadonlyMap<string, string>;
  /**
   * The ports each Service's cluster IP exposes: a call to a cluster IP on another port reaches nothing (a pod IP
   * may serve ports its Service does not, so only cluster IPs are checked).
   */
  servicePorts?: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Target {
  id: string;
  external: boolean;
  hosts: Set<string>;
  ports: Set<string>;
  /** Its id, aliases and workload name as whole words, one pattern (built once per target). */
  named: RegExp | undefined;
  technologies: Set<string>;
  /** Its id, aliases and workload name, lower-case (the stems of per-pod DNS names). */
  names: Set<string>;
  /** A StatefulSet's pods have DNS names of their own; a Deployment's do not. */
  statefulSet: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The host names a component answers on: its addresses' hosts, and their in-cluster long forms. */
export function addressHosts(c: Component): Set<string> {
  const hosts = new Set<string>();
  const ns = c.kubernetes?.namespace;
  for (const a of c.addresses) {
    const host = a.toLowerCase().split(':')[0];
    if (!host) continue;
    hosts.add(host);
    if (ns && !host.includes('.'))
      for (const suffix of [ns, `${ns}.svc`, `${ns}.svc.cluster.local`]) hosts.add(`${host}.${suffix}`);
  }
  return hosts;
}

function targetOf(c: Component): Target {
  const hosts = addressHosts(c);
  const ports = new Set<string>();
  for (const a of c.addresses) {
    const port = a.split(':')[1];
    if (port) ports.add(port);
  }
  const names = [c.id, ...c.aliases, c.kubernetes?.workload?.name ?? '']
    .map((n) => n.toLowerCase())
    .filter((n) => n.length >= 4);
  const about = [c.id, ...c.aliases, c.name ?? '', c.description ?? ''].join(' ');
  const technologies = new Set(TECHNOLOGIES.filter(([t]) => about.toLowerCase().includes(t)).map(([t]) => t));
  // MariaDB speaks MySQL's protocol and its clients' errors.
  if (/mariadb/i.test(about)) technologies.add('mysql');
  if (technologies.has('postgres') || technologies.has('mysql')) technologies.add('sql');
  const named =
    names.length > 0
      ? new RegExp(`(^|[^a-z0-9_-])(${names.map(escape).join('|')})($|[^a-z0-9_-])`)
      : undefined;
  const statefulSet = c.kubernetes?.workload?.kind === 'StatefulSet';
  return {
    id: c.id,
    external: c.kind === 'external',
    hosts,
    ports,
    named,
    technologies,
    names: new Set(names),
    statefulSet,
  };
}

/**
 * A per-pod DNS name of the target, as StatefulSet clients and replica-set URIs write them:
 * `<name>-<ordinal>.<name>[-headless][.<namespace>…]` ("orders-db-0.orders-db-headless").
 */
function podHostOf(host: string, t: Target): boolean {
  const [first, service] = host.split('.');
  const base = first?.replace(/-\d+$/, '');
  if (!base || base === first || !t.names.has(base)) return false;
  return service === undefined || service === base || service === `${base}-headless` || t.names.has(service);
}

/** The host is one of the target's: an address host, or one of its pods' own DNS names. */
const hostOf = (host: string, t: Target) => t.hosts.has(host) || podHostOf(host, t);

const HOSTPORT = /\b((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][a-z0-9.-]*[a-z0-9])(?::(\d{2,5}))?\b/gi;
const LOOPBACK_ADDRESS =
  /(?:^|[^\w.:])(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|::1|0\.0\.0\.0):(\d{2,5})\b/gi;

/**
 * The loopback addresses a line connects to whose port is one of the targets' (and the target's own
 * addresses are not loopback): `127.0.0.1:5432`, `localhost:6379`, `[::1]:27017`.
 */
function loopbackCalls(line: string, targets: readonly Target[]): { target: string; address: string }[] {
  const out: { target: string; address: string }[] = [];
  for (const m of line.matchAll(LOOPBACK_ADDRESS)) {
    const port = m[2]!;
    const owners = targets.filter(
      (t) => t.ports.has(port) && ![...t.hosts].some((h) => /^(127\.|localhost$|::1$|0\.0\.0\.0$)/.test(h)),
    );
    // A port two dependencies share says nothing about which one the caller meant.
    if (owners.length === 1) out.push({ target: owners[0]!.id, address: `${m[1]!.toLowerCase()}:${port}` });
  }
  return out;
}

const IPV4_PORT = /\b((?:\d{1,3}\.){3}\d{1,3}):(\d{2,5})\b/g;

/**
 * The IP:port addresses a line names for `target` on one of its ports that are none of its current
 * Service's or pods' IPs — only when the book knows some of its IPs (its Services and pods were read).
 */
function staleAddressesOf(line: string, target: Target, book: AddressBook): string[] {
  if (target.ports.size === 0 || ![...book.ips.values()].includes(target.id)) return [];
  const out: string[] = [];
  for (const m of line.matchAll(IPV4_PORT)) {
    const [ip, port] = [m[1]!, m[2]!];
    if (/^(127\.|0\.0\.0\.0$)/.test(ip) || !target.ports.has(port)) continue;
    const owner = book.ips.get(ip);
    if (owner === undefined) out.push(`${ip}:${port}`);
  }
  return out;
}

/**
 * Addresses written as host and port apart, as `host:port`: MariaDB Connector/J's `address=(host=db)(port=3360)` and
 * `Socket fail to connect to host:db, port:3360`.
 */
function hostPortForms(lower: string): string {
  return lower
    .replace(/\(host=([a-z0-9.-]+)\)\(port=(\d{2,5})\)/g, ' $1:$2 ')
    .replace(/\bhost:\s*([a-z0-9.-]+),\s*port:\s*(\d{2,5})\b/g, ' $1:$2 ');
}

/** The (lower-case) line names the target by its id, an alias or its workload's name. */
const mentions = (t: Target, lower: string) => !!t.named && t.named.test(lower);

/** The dependency a line names: by address, then IP, then name, then client technology. */
export function namedTarget(
  line: string,
  targets: readonly Target[],
  book: AddressBook,
): { id: string; wrongPort: boolean } | undefined {
  const lower = hostPortForms(line.toLowerCase());
  const byHost = new Map<string, boolean>();
  for (const m of lower.matchAll(HOSTPORT)) {
    const host = m[1]!;
    const port = m[2];
    const ipOwner = book.ips.get(host);
    for (const t of targets) {
      if (hostOf(host, t) || ipOwner === t.id) {
        const exposed = ipOwner ? book.servicePorts?.get(host) : undefined;
        const wrongPort =
          !!port &&
          (exposed
            ? exposed.size > 0 && !exposed.has(port)
            : t.ports.size > 0 && !t.ports.has(port) && !ipOwner);
        byHost.set(t.id, (byHost.get(t.id) ?? true) && wrongPort);
      }
    }
  }
  if (byHost.size === 1) {
    const [id, wrongPort] = [...byHost][0]!;
    return { id, wrongPort };
  }
  if (byHost.size > 1) return undefined;
  const byName = targets.filter((t) => mentions(t, lower));
  if (byName.length > 1) return undefined;
  const techs = TECHNOLOGIES.filter(([, re]) => re.test(line)).map(([t]) => t);
  const byTech = targets.filter((t) => techs.some((x) => t.technologies.has(x)));
  // A client library's words name one dependency while a plain word names another (pika's "ACCESS_REFUSED …
  // user 'guest'" beside a service called `user`): the library says what was called.
  if (byName.length === 1 && byTech.length === 1 && byTech[0] !== byName[0])
    return { id: byTech[0]!.id, wrongPort: false };
  if (byName.length === 1) return { id: byName[0]!.id, wrongPort: false };
  if (byTech.length === 1) return { id: byTech[0]!.id, wrongPort: false };
  return undefined;
}

/**
 * A failure a direct dependency relays from further down ("could not retrieve cart: … Can't access
 * cart storage. StackExchange.Redis…"): the line names a component the caller does not call itself,
 * by address, IP, name or client technology. The component's own callers speak for it.
 */
const NESTED_RPC = /rpc error:[^\n]*rpc error:/;

function relayed(
  line: string,
  deeper: readonly Target[],
  direct: readonly Target[],
  book: AddressBook,
): boolean {
  // A gRPC error inside a gRPC error: the dependency answered, relaying what failed behind it
  // ("failed to complete the order: rpc error: … desc = failed to prepare order: … rpc error: …").
  if (NESTED_RPC.test(line)) return true;
  if (deeper.length === 0) return false;
  const lower = line.toLowerCase();
  // Only what reads as an address: host:port, an IP or a dotted name (a bare word may be prose).
  const hosts = [...lower.matchAll(HOSTPORT)]
    .filter((m) => m[2] !== undefined || m[1]!.includes('.'))
    .map((m) => ({ host: m[1]!, owner: book.ips.get(m[1]!) }));
  const at = (ts: readonly Target[]) =>
    hosts.some(({ host, owner }) => ts.some((t) => hostOf(host, t) || owner === t.id));
  // The address of a dependency it calls itself: that connection is the one that failed.
  if (at(direct)) return false;
  if (at(deeper)) return true;
  if (deeper.some((t) => mentions(t, lower))) return true;
  // A technology one of its own dependencies is built on may be that dependency's.
  const techs = TECHNOLOGIES.filter(([t, re]) => re.test(line) && !direct.some((d) => d.technologies.has(t)));
  return deeper.some((t) => techs.some(([x]) => t.technologies.has(x)));
}

export interface DependencyFailure {
  target: string;
  external: boolean;
  counts: Record<FailureKind, number>;
  /** Lines naming the dependency's host with a port it does not listen on. */
  wrongPort: number;
  /** DNS failures for a name that is none of the dependency's addresses (a misspelt or made-up host). */
  wrongHost?: number;
  /** The names those failed lookups asked for (at most five). */
  wrongHostNames?: string[];
  /** Of the `tls` lines, those saying the dependency's certificate expired (or is not valid yet). */
  certExpired?: number;
  /**
   * Refused connections or timeouts toward a loopback address on the dependency's port
   * (`127.0.0.1:5432` for `ledger-db:5432`): the caller is configured to find it inside its own pod.
   */
  loopback?: number;
  /** Those loopback addresses (at most three): a collector drops the ones a container of the pod serves. */
  loopbackAddresses?: string[];
  /**
   * Lines toward the dependency at an IP (on its port) that is none of its current Service's or pods' IPs,
   * while those are known: a cached, stale address (nginx resolves an upstream's name once, at start).
   */
  staleIp?: number;
  /** Those stale addresses (at most three). */
  staleAddresses?: string[];
  /**
   * Of the `timeout` lines, those of a read on a connection already established (Go's `read tcp a->b: i/o timeout`):
   * the dependency's kernel accepted the connection, its answer did not come.
   */
  readTimeouts?: number;
  /**
   * Of the `timeout` lines, those of a connect that never completed (Java's `connect timed out`, Go's
   * `dial tcp …: i/o timeout`, Node's `connect ETIMEDOUT`): no handshake came back from the dependency's address.
   */
  connectTimeouts?: number;
  /** Of the `http5xx` lines, those the caller's own sidecar answered for want of a mesh route or cluster (NC/NR). */
  noRoute?: number;
  /** Of the `http5xx` lines, those the caller's own sidecar answered by mesh policy (FI fault abort, UO overflow). */
  meshRefused?: number;
  /** Of the `auth` lines, those that forbid (403, PERMISSION_DENIED) without saying the credentials are wrong. */
  forbidden?: number;
  /** Of the `auth` lines, those an Envoy RBAC filter answered (`RBAC: access denied`): a mesh authorization policy. */
  meshDenied?: number;
  /**
   * The caller's own connection-pool waits on this dependency ("HikariPool-1 - Connection is not
   * available"): not counted as failures unless other callers see the dependency fail too.
   */
  poolWaits?: number;
  /** The first pool-wait lines: the samples of the failures they become when folded. */
  poolSamples?: string[];
  samples: string[];
  firstAt?: number;
  /** The latest failure line's time, when stamped. */
  lastAt?: number;
}

const SECRETISH =
  /(bearer\s+\S+|(password|passwd|secret|token|api[_-]?key)\s*[=:]\s*\S+|\/\/[^/\s:@]+:[^/\s@]+@)/gi;
const TIMESTAMP =
  /(\d{4})[-/](\d{2})[-/](\d{2})[T ] ?(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?/;
const JSON_STAMP =
  /"(?:timestamp|time|ts|@timestamp|date)"\s*:\s*"((\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?)"/;
/** Tomcat and Log4j's "06-May-2026 13:32:38.768", Redis's "17 Nov 2026 09:38:00.360", RabbitMQ's "12-Nov-2026::18:24:00". */
const DAY_FIRST =
  /\b(\d{2})[- ](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ](\d{4})(?: |::)(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?/;
/** C's ctime, as uWSGI and some C daemons stamp their lines: "Fri Nov 27 11:30:57 2026" (the host's zone, UTC in a container). */
const CTIME =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})\b/;
/** The Common Log Format of nginx's and Apache's access logs: "[21/Mar/2026:08:30:00 +0000]". */
const CLF =
  /\[(\d{2})\/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\]/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * JSON loggers that stamp epoch numbers: pino's `"time":1779183594000` (milliseconds, Node's most used logger), zap's
 * `"ts":1780219818.123` (seconds with a fraction, Go). Ten digits are seconds, thirteen milliseconds.
 */
const JSON_EPOCH = /"(?:time|ts|timestamp)"\s*:\s*(\d{13}|\d{10}(?:\.\d+)?)\s*[,}]/;

/** librdkafka's log callback default, as its clients print it: "%3|1780473312.000|FAIL|rdkafka#consumer-1| …" (epoch seconds). */
const RDKAFKA = /^%\d\|(\d{10})\.(\d{3})\|/;

/** The time a line was written, when it starts with (or carries) a recognisable timestamp. */
export function lineTime(line: string): number | undefined {
  const rd = RDKAFKA.exec(line);
  if (rd) return Number(rd[1]) * 1000 + Number(rd[2]);
  const head = line.slice(0, 120);
  const d = DAY_FIRST.exec(head);
  const iso = TIMESTAMP.exec(head);
  const clf = CLF.exec(head);
  if (clf && (!d || clf.index < d.index) && (!iso || clf.index < iso.index)) {
    const month = String(MONTHS.indexOf(clf[2]!) + 1).padStart(2, '0');
    const t = Date.parse(
      `${clf[3]}-${month}-${clf[1]}T${clf[4]}:${clf[5]}:${clf[6]}.000${clf[7]}${clf[8]}:${clf[9]}`,
    );
    return Number.isFinite(t) ? t : undefined;
  }
  // Whichever stamp comes first is the line's; a date later in the line is part of its message.
  if (d && (!iso || d.index < iso.index)) {
    const month = String(MONTHS.indexOf(d[2]!) + 1).padStart(2, '0');
    const t = Date.parse(`${d[3]}-${month}-${d[1]}T${d[4]}:${d[5]}:${d[6]}.${(d[7] ?? '0').padEnd(3, '0')}Z`);
    return Number.isFinite(t) ? t : undefined;
  }
  const c = !d && !iso ? CTIME.exec(head) : null;
  if (c) {
    const month = String(MONTHS.indexOf(c[1]!) + 1).padStart(2, '0');
    const t = Date.parse(`${c[6]}-${month}-${c[2]!.padStart(2, '0')}T${c[3]}:${c[4]}:${c[5]}.000Z`);
    return Number.isFinite(t) ? t : undefined;
  }
  // JSON loggers that sort their keys (Go's logrus, encoding/json maps) put "timestamp" last.
  const m = iso ?? (head.startsWith('{') ? JSON_STAMP.exec(line)?.slice(1) : undefined);
  if (!m) {
    const epoch = head.startsWith('{') ? JSON_EPOCH.exec(line) : null;
    if (!epoch) return undefined;
    const n = Number(epoch[1]);
    return /^\d{13}$/.test(epoch[1]!) ? n : Math.round(n * 1000);
  }
  const zone = m[8] ?? 'Z';
  const t = Date.parse(
    `${m[1]}-${m[2]}-${m[3]}T${m[4]!.padStart(2, '0')}:${m[5]}:${m[6]}.${(m[7] ?? '0').slice(0, 3).padEnd(3, '0')}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
  );
  return Number.isFinite(t) ? t : undefined;
}

/**
 * Failures a caller's logs report toward each of its direct dependencies, within the window. A line
 * that names no dependency borrows one from the lines just before it (a stack trace's header).
 */
export function dependencyFailures(
  text: string | readonly string[],
  caller: string,
  graph: GraphView,
  book: AddressBook,
  window?: { from: number; to: number },
): DependencyFailure[] {
  // Several logs (containers, pods): each is read on its own, so that a line without a stamp never
  // takes the time of another log's last line; their failures are summed per dependency.
  const matched = callerTargets(caller, graph);
  if (!matched) return [];
  if (typeof text !== 'string')
    return mergeFailures(text.map((t) => logFailures(t, caller, matched, book, window)));
  return logFailures(text, caller, matched, book, window);
}

/** Restarts counted at most, each one more attempt that died of the same failure. */
const CRASH_REPEATS = 5;

/**
 * What a restarting container died of, from its previous log: the failures of its last event toward
 * each dependency, each counted once per restart (up to 5) — a crash loop repeats the attempt that
 * failed, and only the last attempt's log is kept.
 */
export function crashFailures(
  previous: string,
  restarts: number,
  caller: string,
  graph: GraphView,
  book: AddressBook,
  window?: { from: number; to: number },
): DependencyFailure[] {
  const times = Math.min(Math.max(restarts, 1), CRASH_REPEATS);
  const matched = callerTargets(caller, graph);
  if (!matched) return [];
  return logFailures(previous, caller, matched, book, window).map((f) => {
    const counts = Object.fromEntries(
      FAILURE_KINDS.map((k) => [k, f.counts[k] > 0 ? Math.max(f.counts[k], times) : 0]),
    ) as Record<FailureKind, number>;
    // What the lines said about the failures (a wrong port, a stale address …) repeats with them, in proportion.
    const before = failureTotal(f);
    const after = failureTotal({ counts });
    const scale = (v: number | undefined) =>
      v === undefined || before === 0 ? v : Math.min(after, Math.round((v * after) / before));
    const scaled: DependencyFailure = { ...f, counts, wrongPort: scale(f.wrongPort)! };
    for (const key of [
      'wrongHost',
      'certExpired',
      'loopback',
      'staleIp',
      'forbidden',
      'noRoute',
      'meshRefused',
      'meshDenied',
      'readTimeouts',
      'connectTimeouts',
    ] as const)
      if (f[key] !== undefined) scaled[key] = scale(f[key]);
    return scaled;
  });
}

/** The distinct values of both lists, in order, at most `max` of them (the names and addresses a failure quotes). */
function unionCapped(kept: readonly string[] | undefined, more: readonly string[], max: number): string[] {
  return [...new Set([...(kept ?? []), ...more])].slice(0, max);
}

export function mergeFailures(lists: readonly DependencyFailure[][]): DependencyFailure[] {
  const out = new Map<string, DependencyFailure>();
  for (const f of lists.flat()) {
    const m = out.get(f.target);
    if (!m) {
      out.set(f.target, { ...f, counts: { ...f.counts }, samples: [...f.samples] });
      continue;
    }
    for (const k of FAILURE_KINDS) m.counts[k] += f.counts[k];
    m.wrongPort += f.wrongPort;
    if (f.poolWaits) m.poolWaits = (m.poolWaits ?? 0) + f.poolWaits;
    if (f.poolSamples) m.poolSamples = [...(m.poolSamples ?? []), ...f.poolSamples].slice(0, 3);
    if (f.forbidden) m.forbidden = (m.forbidden ?? 0) + f.forbidden;
    if (f.wrongHost) m.wrongHost = (m.wrongHost ?? 0) + f.wrongHost;
    if (f.wrongHostNames) m.wrongHostNames = unionCapped(m.wrongHostNames, f.wrongHostNames, 5);
    if (f.certExpired) m.certExpired = (m.certExpired ?? 0) + f.certExpired;
    if (f.noRoute) m.noRoute = (m.noRoute ?? 0) + f.noRoute;
    if (f.readTimeouts) m.readTimeouts = (m.readTimeouts ?? 0) + f.readTimeouts;
    if (f.connectTimeouts) m.connectTimeouts = (m.connectTimeouts ?? 0) + f.connectTimeouts;
    if (f.meshRefused) m.meshRefused = (m.meshRefused ?? 0) + f.meshRefused;
    if (f.meshDenied) m.meshDenied = (m.meshDenied ?? 0) + f.meshDenied;
    if (f.staleIp) m.staleIp = (m.staleIp ?? 0) + f.staleIp;
    if (f.staleAddresses) m.staleAddresses = unionCapped(m.staleAddresses, f.staleAddresses, 3);
    if (f.loopback) m.loopback = (m.loopback ?? 0) + f.loopback;
    if (f.loopbackAddresses) m.loopbackAddresses = unionCapped(m.loopbackAddresses, f.loopbackAddresses, 3);
    if (f.firstAt !== undefined && (m.firstAt === undefined || f.firstAt < m.firstAt)) m.firstAt = f.firstAt;
    if (f.lastAt !== undefined && (m.lastAt === undefined || f.lastAt > m.lastAt)) m.lastAt = f.lastAt;
    m.samples = [...m.samples, ...f.samples].slice(0, 3);
  }
  return [...out.values()].sort((a, b) => (a.target < b.target ? -1 : 1));
}

/** What a caller's lines are matched against: built once per caller, shared by all of its logs. */
export interface CallerTargets {
  /** Its direct dependencies. */
  targets: Target[];
  /** Components further down (a dependency's dependencies): a line naming one relays its failure. */
  deeper: Target[];
  /** The one dependency, when the caller has one and it has none of its own. */
  sole?: Target;
}

export function callerTargets(caller: string, graph: GraphView): CallerTargets | undefined {
  const direct = graph.dependencies(caller, { depth: 1 });
  const targets = direct
    .map((id) => graph.component(id))
    .filter((c): c is Component => !!c)
    .map(targetOf);
  if (targets.length === 0) return undefined;
  const deeper = graph
    .dependencies(caller, { depth: 3 })
    .filter((id) => id !== caller && !direct.includes(id))
    .map((id) => graph.component(id))
    .filter((c): c is Component => !!c)
    .map(targetOf);
  const sole =
    targets.length === 1 && graph.dependencies(targets[0]!.id, { depth: 1 }).length === 0
      ? targets[0]
      : undefined;
  return { targets, deeper, sole };
}

function logFailures(
  text: string,
  caller: string,
  { targets, deeper, sole }: CallerTargets,
  book: AddressBook,
  window?: { from: number; to: number },
): DependencyFailure[] {
  const lines = text.split('\n');
  const stamps = lines.map(lineTime);
  const out = new Map<string, DependencyFailure>();
  let lastAt: number | undefined;
  // An event is a stamped line and the unstamped lines after it (a stack trace); in a log without
  // stamps every line is its own event. One event counts once per dependency and kind.
  let event = 0;
  let eventStart = 0;
  // The last stamped line was no error and came before the window (a start-up line): the unstamped
  // lines after it are not its continuation — an exception printed without a stamp, at any later time.
  let stale = false;
  const counted = new Set<string>();
  // The line of each dependency's last failure: an unstamped log tells what came after it by order alone.
  const lastLineOf = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = stamps[i];
    const unknownTime = at === undefined && stale;
    if (at !== undefined || lastAt === undefined || (unknownTime && !CONTINUATION.test(line))) {
      event++;
      eventStart = i;
    }
    if (at !== undefined) {
      lastAt = at;
      stale = !!window && at < window.from && !isErrorLine(line, lines, i);
    }
    if (!unknownTime && window && lastAt !== undefined && (lastAt < window.from || lastAt > window.to))
      continue;
    // Connection-pool waits are attributed as such; the caller's own thread starvation is its own.
    const pool = connectionPoolWait(line);
    const kind = pool ? 'timeout' : classifyFailure(line);
    if (!kind || (!pool && clientExhausted(line)) || relayed(line, deeper, targets, book)) continue;
    // uWSGI's request log ("POST /pay/user-7731 => generated 241 bytes … (HTTP/1.1 500)") is the server's own
    // answer: a name in its path is no dependency it called.
    if (kind === 'http5xx' && UWSGI_REQUEST.test(line)) continue;
    let target = namedTarget(line, targets, book);
    // 5xx lines must name the dependency themselves: a server's own access log says "500" too.
    if (kind !== 'http5xx') {
      for (let j = i - 1; !target && j >= Math.max(eventStart, i - 8); j--)
        target = namedTarget(lines[j]!, targets, book);
      for (
        let j = i + 1;
        !target && j <= Math.min(lines.length - 1, i + 2) && stamps[j] === undefined && lastAt !== undefined;
        j++
      )
        target = namedTarget(lines[j]!, targets, book);
    }
    // A caller with a single dependency that calls nothing further (an external API, a database):
    // an error line that names no dependency is about that one, there is nothing else it calls.
    // Not a lookup of another service's fully qualified name (a tracing collector's `zipkin.jaeger.svc.cluster.local`):
    // that is a call to something the topology does not list.
    if (!target && sole && isErrorLine(line, lines, eventStart) && !otherServiceName(lookedUp(line), sole))
      target = { id: sole.id, wrongPort: false };
    const loopback = kind === 'refused' || kind === 'timeout' ? loopbackCalls(line, targets) : [];
    // A loopback address on exactly one dependency's port names that dependency.
    if (!target && loopback.length > 0 && new Set(loopback.map((l) => l.target)).size === 1)
      target = { id: loopback[0]!.target, wrongPort: false };
    if (!target) continue;
    const key = `${event}/${target.id}/${pool ? 'pool' : kind}`;
    if (counted.has(key)) continue;
    counted.add(key);
    const entry =
      out.get(target.id) ??
      out
        .set(target.id, {
          target: target.id,
          external: targets.find((t) => t.id === target.id)!.external,
          counts: Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>,
          wrongPort: 0,
          samples: [],
        })
        .get(target.id)!;
    lastLineOf.set(target.id, i);
    const when = unknownTime ? undefined : lastAt;
    if (when !== undefined && (entry.firstAt === undefined || when < entry.firstAt)) entry.firstAt = when;
    if (when !== undefined && (entry.lastAt === undefined || when > entry.lastAt)) entry.lastAt = when;
    if (pool) {
      entry.poolWaits = (entry.poolWaits ?? 0) + 1;
      if ((entry.poolSamples ??= []).length < 3)
        entry.poolSamples.push(line.trim().replace(SECRETISH, '[redacted]').slice(0, 200));
      continue;
    }
    entry.counts[kind]++;
    if (target.wrongPort) entry.wrongPort++;
    if (kind === 'tls' && CERT_EXPIRED.test(line)) entry.certExpired = (entry.certExpired ?? 0) + 1;
    if (kind === 'timeout' && READ_AFTER_CONNECT.test(line))
      entry.readTimeouts = (entry.readTimeouts ?? 0) + 1;
    else if (kind === 'timeout' && CONNECT_TIMEOUT.test(line))
      entry.connectTimeouts = (entry.connectTimeouts ?? 0) + 1;
    if (kind === 'http5xx' && ENVOY_NO_ROUTE.test(line)) entry.noRoute = (entry.noRoute ?? 0) + 1;
    if (kind === 'http5xx' && ENVOY_MESH_REFUSED.test(line)) entry.meshRefused = (entry.meshRefused ?? 0) + 1;
    const t = targets.find((x) => x.id === target!.id)!;
    // A server answered (a 5xx with its status): whatever the address, it is no stale one nobody serves.
    const outdated = kind === 'http5xx' ? [] : staleAddressesOf(line, t, book);
    if (outdated.length > 0) {
      entry.staleIp = (entry.staleIp ?? 0) + 1;
      entry.staleAddresses = unionCapped(entry.staleAddresses, outdated, 3);
    }
    const looped = loopback.filter((l) => l.target === t.id).map((l) => l.address);
    if (looped.length > 0) {
      entry.loopback = (entry.loopback ?? 0) + 1;
      entry.loopbackAddresses = unionCapped(entry.loopbackAddresses, looped, 3);
    }
    if (kind === 'auth' && FORBIDDEN.test(line) && !CREDENTIALS.test(line))
      entry.forbidden = (entry.forbidden ?? 0) + 1;
    if (kind === 'auth' && MESH_DENIED.test(line)) entry.meshDenied = (entry.meshDenied ?? 0) + 1;
    if (kind === 'dns') {
      const looked = lookedUp(line);
      // A per-pod name of a StatefulSet is its own (the pod may be gone); of a Deployment it is made up.
      if (
        looked &&
        !t.hosts.has(looked) &&
        !(t.statefulSet && podHostOf(looked, t)) &&
        !book.ips.has(looked)
      ) {
        entry.wrongHost = (entry.wrongHost ?? 0) + 1;
        entry.wrongHostNames = unionCapped(entry.wrongHostNames, [looked], 5);
      }
    }
    if (entry.samples.length < 3)
      entry.samples.push(line.trim().replace(SECRETISH, '[redacted]').slice(0, 200));
  }
  // Failures that ended well before the incident while the caller went on logging its work, or a short burst
  // followed by half an hour without one: the dependency recovered (a reschedule, a restart), it is not what is
  // wrong now.
  const lastLine = stamps.reduce<number | undefined>(
    (m, t) => (t !== undefined && (m === undefined || t > m) ? t : m),
    undefined,
  );
  // A loopback address is configuration: it does not recover while the caller goes on logging errors.
  const erroredAfter = (t: number) =>
    stamps.some(
      (at, i) =>
        at !== undefined && at > t && (!window || at <= window.to) && isErrorLine(lines[i]!, lines, i),
    );
  const recovered = (f: DependencyFailure) =>
    !!window &&
    f.lastAt !== undefined &&
    lastLine !== undefined &&
    f.lastAt < window.to - RECOVERED_MS &&
    (lastLine > f.lastAt + RECOVERY_SHOWN_MS ||
      (f.lastAt < window.to - LONG_OVER_MS && f.firstAt !== undefined && f.lastAt - f.firstAt <= BURST_MS)) &&
    !((f.loopback ?? 0) > 0 && erroredAfter(f.lastAt));
  // Unstamped failures the caller's own access log shows it got over: after the last of them, the routes it had
  // answered 5xx are answered 2xx/3xx again, at least UNSTAMPED_RECOVERY_ANSWERS times and twice the failures,
  // and never 5xx once answered again (no stamp says when it ended; the order of the lines does).
  // Read only when some failure has no stamp (most logs have stamps).
  const failedRoutes = new Set<string>();
  if ([...out.values()].some((f) => f.lastAt === undefined))
    for (const line of lines) {
      const m = ROUTE_ANSWER.exec(line);
      if (m?.[3]!.startsWith('5')) failedRoutes.add(`${m[1]} ${m[2]}`);
    }
  const answeredAgain = (f: DependencyFailure) => {
    const last = lastLineOf.get(f.target);
    if (f.lastAt !== undefined || last === undefined || failedRoutes.size === 0) return false;
    let ok = 0;
    for (let j = last + 1; j < lines.length; j++) {
      const m = ROUTE_ANSWER.exec(lines[j]!);
      if (!m || !failedRoutes.has(`${m[1]} ${m[2]}`)) continue;
      // The 5xx the failed call itself was answered with is written after it, before any success.
      if (m[3]!.startsWith('5')) {
        if (ok > 0) return false;
        continue;
      }
      ok++;
    }
    return ok >= UNSTAMPED_RECOVERY_ANSWERS && ok >= 2 * failureTotal(f);
  };
  return [...out.values()]
    .filter((f) => !recovered(f) && !answeredAgain(f))
    .sort((a, b) => (a.target < b.target ? -1 : 1));
}

/** uWSGI's request log line: "[pid: 9|app: 0|req: 4425/8852] 10.1.3.41 () {…} [date] POST /pay/x => generated 241 bytes". */
const UWSGI_REQUEST = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ => generated \d+ bytes in \d+ msecs/;

/** A server's own access-log line with its method, path and status (`POST /orders 201 4.1 ms`, `"GET /cart HTTP/1.1" 200`). */
const ROUTE_ANSWER =
  /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^\s"?]*)\S*(?: HTTP\/[\d.]+)?"? ([1-5]\d\d)\b/;

/** Answers of the failed routes after the last unstamped failure, at least, for the failures to count as over. */
const UNSTAMPED_RECOVERY_ANSWERS = 4;

/**
 * An error line of a workload's own log: a level word in capitals (or a JSON/logfmt level field, or
 * Apache's and nginx's bracketed "[mpm_prefork:error]" / "[crit]"), an exception, "failed", "timed out", a panic. A lower-case "error" inside a printed setting or a
 * configuration dump ("json_output=(error,message)", "log_error = …") is not an error line.
 */
const OWN_ERROR =
  /\b(ERROR|ERR|FTL|PNC|SEVERE|FATAL|CRITICAL|Error|Fatal)\b|\bpanic\b|Exception\b|\b([Ff]ailed|FAILED)\b|\b[Tt]imed out\b|"s":\s*"[EF]"|\[(\w+:)?(error|crit|alert|emerg)\]/;
const OWN_ERROR_LEVEL =
  /"(level|severity)":\s*"(error|fatal|critical)"|\b(level|severity)=(error|fatal|critical)\b/i;

/** A request line of an access log ("GET /cart 500"): the server's own answer, not a call it made. */
const ACCESS_LINE = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/|"http\.req\.method"/;

/**
 * The line is an error its workload logged (by level or wording, or inside the stack trace of one):
 * not an access-log line, which a server writes for the answers it gives.
 */
function isErrorLine(line: string, lines: readonly string[], eventStart: number): boolean {
  if (ACCESS_LINE.test(line)) return false;
  const error = (l: string) => {
    const t = l.replace(SETTING, ' ');
    return OWN_ERROR.test(t) || OWN_ERROR_LEVEL.test(t);
  };
  return error(line) || (eventStart < lines.length && error(lines[eventStart]!));
}

/** Error lines of a workload's own log within the window (a stack trace counts once). */
export function ownErrorLines(text: string, window?: { from: number; to: number }): number {
  let n = 0;
  let lastAt: number | undefined;
  let countedEvent = false;
  for (const line of text.split('\n')) {
    const at = lineTime(line);
    if (at !== undefined || lastAt === undefined) countedEvent = false;
    if (at !== undefined) lastAt = at;
    if (window && lastAt !== undefined && (lastAt < window.from || lastAt > window.to)) continue;
    const text = line.replace(SETTING, ' ');
    if (!countedEvent && (OWN_ERROR.test(text) || OWN_ERROR_LEVEL.test(text))) {
      n++;
      countedEvent = true;
    }
  }
  return n;
}

/**
 * Inbound connections the component's own Envoy sidecar matched to no listener filter chain (`NR
 * filter_chain_not_found` in its access log): callers speak plaintext to a port that requires mutual TLS, or
 * TLS to one that does not — a TLS-mode mismatch (an Istio DestinationRule or PeerAuthentication), not a
 * server that is down.
 */
const NO_FILTER_CHAIN = /\bNR filter_chain_not_found\b/;

export function noFilterChainLines(text: string, window?: { from: number; to: number }): number {
  return linesInWindow(NO_FILTER_CHAIN, text, window);
}

/**
 * A request the component's own Envoy sidecar (or a caller's, or the caller quoting its body) refused by
 * an authorization policy: Envoy's RBAC filter answers 403 `RBAC: access denied` and logs
 * `rbac_access_denied_matched_policy[…]` as the response details (an Istio AuthorizationPolicy that admits no
 * caller, e.g. a principal left in another namespace). The callers' credentials are not the matter.
 */
export const MESH_DENIED = /\brbac_access_denied\w*|\bRBAC: access denied\b/;

/** Lines of the component's own logs whose sidecar denied a request by authorization policy (`MESH_DENIED`). */
export function meshDeniedLines(text: string, window?: { from: number; to: number }): number {
  return linesInWindow(MESH_DENIED, text, window);
}

function linesInWindow(pattern: RegExp, text: string, window?: { from: number; to: number }): number {
  let n = 0;
  for (const line of text.split('\n')) {
    if (!pattern.test(line)) continue;
    const at = lineTime(line);
    if (window && at !== undefined && (at < window.from || at > window.to)) continue;
    n++;
  }
  return n;
}

/**
 * A request line of a server's own access log and the status it answered: uWSGI's "(HTTP/1.1 503)", the
 * combined format's `"POST /pay HTTP/1.1" 503`, morgan's `POST /pay 503 12 ms`, pino-http's `"statusCode":503`.
 */
const ANSWER =
  /\(HTTP\/\d(?:\.\d)? (\d{3})\)|"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^"]*" (\d{3}) |"statusCode":\s*(\d{3})|\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S* (\d{3}) \d/;

/** The answers a server's own access log records in the window, and how many of them were 5xx. */
export function ownAnswers(
  text: string,
  window?: { from: number; to: number },
): { answers: number; serverErrors: number } {
  let answers = 0;
  let serverErrors = 0;
  for (const line of text.split('\n')) {
    const m = ANSWER.exec(line);
    if (!m) continue;
    const at = lineTime(line);
    if (window && at !== undefined && (at < window.from || at > window.to)) continue;
    answers++;
    if ((m[1] ?? m[2] ?? m[3] ?? m[4])!.startsWith('5')) serverErrors++;
  }
  return { answers, serverErrors };
}

/**
 * Failures toward a dependency whose name the caller's pods pin in /etc/hosts (`spec.hostAliases`) to an IP none of
 * the dependency's Services or pods hold: every call goes to that stale address, whatever the log prints (a Mongo
 * driver's "connect timed out" names only the host). Counted as stale-address failures, like an IP in the line.
 */
export function withPinnedAddresses(
  failures: DependencyFailure[],
  aliases: readonly { ip: string; hostnames: readonly string[] }[],
  hostsOf: (target: string) => Set<string>,
  ips: ReadonlyMap<string, string>,
): DependencyFailure[] {
  if (aliases.length === 0) return failures;
  const known = new Set(ips.values());
  return failures.map((f) => {
    if (!known.has(f.target)) return f;
    const hosts = hostsOf(f.target);
    const stale = aliases
      .filter((a) => a.hostnames.some((h) => hosts.has(h.toLowerCase())) && ips.get(a.ip) !== f.target)
      .map((a) => a.ip);
    if (stale.length === 0) return f;
    return { ...f, staleIp: failureTotal(f), staleAddresses: unionCapped(f.staleAddresses, stale, 3) };
  });
}

export const failureTotal = (f: { counts: Record<FailureKind, number> }): number =>
  FAILURE_KINDS.reduce((n, k) => n + f.counts[k], 0);

export interface CallerReport {
  caller: string;
  failures: DependencyFailure[];
  /** The caller rolled out a relevant change in the window. */
  changed: boolean;
}

/** Times of a workload's own timestamped log lines, oldest first (untimed lines are skipped). */
export function lineTimes(text: string): number[] {
  const times: number[] = [];
  for (const line of text.split('\n')) {
    const at = lineTime(line);
    if (at !== undefined) times.push(at);
  }
  return times.sort((a, b) => a - b);
}

/** A line within this long after the callers' first failure may still be the last before it. */
const SILENCE_GRACE_MS = 60_000;
/** Lines the target must have written before the failures for its silence to mean anything. */
const SILENCE_MIN_LINES = 3;
/** …within this long before the failures began. */
const SILENCE_LOOKBACK_MS = 60 * 60_000;

/**
 * The target's own logs went silent when its callers began to fail: it wrote at least a few lines
 * in the hour before the first failure, none since, and the silence (to the end of the window) is several times
 * longer than its usual gap between lines (and, with no failure time, longer than any quiet spell that ended in the
 * hour before) — a process that stopped serving, not a path that delays or drops what it sends (a target behind a
 * slow or lossy path keeps logging its work), nor a log that only writes in bursts (a periodic save).
 * When no caller's failure line carries a time, the silence runs from the target's last line.
 */
export function fellSilent(
  times: readonly number[] | undefined,
  failedAt: number | undefined,
  until: number | undefined,
): boolean {
  if (!times || times.length === 0 || until === undefined) return false;
  // Callers whose lines carry no time: the silence is judged from the target's own log alone.
  const since = failedAt ?? times[times.length - 1]!;
  const before = times.filter((t) => t < since + SILENCE_GRACE_MS && t <= until);
  if (before.length < SILENCE_MIN_LINES || before.length < times.filter((t) => t <= until).length)
    return false;
  // Steady before: the lines are recent, not a start-up burst days ago from a process that logs nothing else.
  const anchor = failedAt ?? until;
  if (before.filter((t) => t >= anchor - SILENCE_LOOKBACK_MS).length < SILENCE_MIN_LINES) return false;
  const gaps = before
    .slice(1)
    .map((t, i) => t - before[i]!)
    .sort((a, b) => a - b);
  const usual = Math.max(gaps[gaps.length >> 1]!, SILENCE_GRACE_MS);
  const silence = until - before[before.length - 1]!;
  // Judged from its own log alone (no failure time to anchor it), a log that writes in bursts (a cache's periodic
  // save, a cron-like job) goes quiet between them: the silence must also outlast the longest quiet spell that ended
  // within the lookback.
  if (failedAt !== undefined) return silence >= 3 * usual;
  let longest = 0;
  for (let i = 1; i < before.length; i++)
    if (before[i]! >= anchor - SILENCE_LOOKBACK_MS) longest = Math.max(longest, before[i]! - before[i - 1]!);
  return silence >= 3 * usual && silence > longest;
}

export interface TargetState {
  /** Pods of the target read in this collection: all Ready, or undefined when not read. */
  ready?: boolean;
  /** The target has its own trouble (restarts, not-ready pods, crash loops). */
  unhealthy?: boolean;
  /** Whether the target's Service name resolves (a Service with that name exists). */
  serviceExists?: boolean;
  /** Error lines in the target's own logs in the window (undefined when not read). */
  ownErrors?: number;
  /** Lines of the target's own log in the window saying it ran out of a resource (`EXHAUSTED`). */
  ownExhausted?: number;
  /** A server's (it calls nothing) own slow-statement lines of 2 s or more in the window (`selfReportAttributes`). */
  ownSlow?: number;
  /** Lines of the target's own log in the window saying it stopped serving (`selfReportAttributes`). */
  ownStalled?: number;
  /** When the target's own log first recorded a change of its settings in the window (`selfReportAttributes`). */
  ownSettingAt?: number;
  /** Times of the target's own timestamped log lines (undefined when not read). */
  ownLineTimes?: number[];
  /** Components below it (up to three hops) whose own log says they stopped serving (`kubernetes.selfreport`). */
  stalledBelow?: number;
  /** Inbound connections its own sidecar matched to no filter chain (`noFilterChainLines`). */
  noFilterChain?: number;
  /** Requests its own sidecar denied by authorization policy (`meshDeniedLines`). */
  meshDenied?: number;
  /** The end of the incident window the logs were read for. */
  until?: number;
  /** When it rolled out a relevant change in the window (ms since the epoch), if it did. */
  changedAt?: number;
  /**
   * When it was restarted in the window with the same pod template (ms since the epoch), if error lines of its
   * own followed in the new pods (`rolloutChange`'s `errorsAfter` ≥ 3).
   */
  restartedAt?: number;
  /**
   * When its containers that terminated in the window started again, all of them running and ready since
   * (`restartHealedAt`), if that was at least RECOVERED_MS before the incident: its restart is over.
   */
  healedAt?: number;
}

const MIN_FAILURES = 2;

/**
 * Folds what every caller said into evidence about each dependency (`kubernetes.callers`) and, for
 * failures only one caller sees, evidence about that caller (`kubernetes.dependency-failures`).
 */
/**
 * A caller's pool waits on a dependency count as failures toward it when the caller reports the
 * dependency failing otherwise too (then as that kind of failure), or — as timeouts — when at least
 * two callers see it fail (by pool waits or failures) or its own log fell silent as they began
 * (`fellSilent`): several pools drained by the same database at once, or by a database that stopped
 * answering, is that database, not their sizes. When the dependency's own log says it turns connections
 * away at its limit (`exhausted`: PostgreSQL's "sorry, too many clients already"), the waits count as that
 * (`exhausted`): the pool cannot grow there. Otherwise one caller's pool waits alone stay its own (a leak,
 * a pool too small for its load).
 */
export function foldPoolWaits(
  reports: readonly CallerReport[],
  silent: (target: string, since: number | undefined) => boolean = () => false,
  exhausted: (target: string) => boolean = () => false,
): CallerReport[] {
  const seen = new Map<string, { callers: number; pooled: boolean }>();
  for (const r of reports)
    for (const f of r.failures) {
      const pool = (f.poolWaits ?? 0) >= MIN_FAILURES;
      if (!pool && failureTotal(f) < MIN_FAILURES) continue;
      const s = seen.get(f.target) ?? { callers: 0, pooled: false };
      seen.set(f.target, { callers: s.callers + 1, pooled: s.pooled || pool });
    }
  return reports.map((r) => ({
    ...r,
    failures: r.failures.map((f) => {
      if (!f.poolWaits) return f;
      // The caller says itself how the dependency fails ("FATAL: sorry, too many clients already"):
      // its pool waits are more of the same.
      const own = [...FAILURE_KINDS].sort((a, b) => f.counts[b] - f.counts[a])[0]!;
      const samples = [...f.samples, ...(f.poolSamples ?? [])].slice(0, 3);
      if (f.counts[own] > 0)
        return { ...f, counts: { ...f.counts, [own]: f.counts[own] + f.poolWaits }, samples };
      // The dependency's own log says it turns connections away at its limit: the pool cannot grow there.
      if (exhausted(f.target))
        return { ...f, counts: { ...f.counts, exhausted: f.counts.exhausted + f.poolWaits }, samples };
      const s = seen.get(f.target);
      return s && s.pooled && (s.callers >= 2 || silent(f.target, f.firstAt))
        ? { ...f, counts: { ...f.counts, timeout: f.counts.timeout + f.poolWaits }, samples }
        : f;
    }),
  }));
}

export function callerEvidence(
  reports: readonly CallerReport[],
  states: ReadonlyMap<string, TargetState>,
  graph: GraphView,
): { targets: Map<string, Record<string, JsonValue>>; callers: Map<string, Record<string, JsonValue>> } {
  reports = foldPoolWaits(
    reports,
    (target, since) => {
      const state = states.get(target);
      return !!state && !state.unhealthy && fellSilent(state.ownLineTimes, since, state.until);
    },
    (target) => (states.get(target)?.ownExhausted ?? 0) > 0,
  );
  const byTarget = new Map<string, { caller: string; f: DependencyFailure; changed: boolean }[]>();
  // Failures that ended while a target restarted (within RECOVERY_SHOWN_MS of its containers starting again),
  // when it has been running and ready since for RECOVERED_MS or more: that restart is over.
  const duringHealedRestart = (f: DependencyFailure) => {
    const healed = states.get(f.target)?.healedAt;
    return healed !== undefined && f.lastAt !== undefined && f.lastAt <= healed + RECOVERY_SHOWN_MS;
  };
  for (const r of reports)
    for (const f of r.failures)
      if (failureTotal(f) > 0 && !duringHealedRestart(f))
        byTarget.set(f.target, [
          ...(byTarget.get(f.target) ?? []),
          { caller: r.caller, f, changed: r.changed },
        ]);
  const targets = new Map<string, Record<string, JsonValue>>();
  const callers = new Map<string, Record<string, JsonValue>>();
  const callerSide = (caller: string, key: string, target: string) => {
    const entry = callers.get(caller) ?? {
      wrongPort: [],
      credentialsRefused: [],
      tlsRefused: [],
      dnsFailures: [],
      wrongHost: [],
      loopback: [],
      staleAddress: [],
      failingToward: [],
      poolWaitsOn: [],
      refusedBy: [],
      changed: false,
    };
    const list = entry[key] as string[];
    if (!list.includes(target)) list.push(target);
    callers.set(caller, entry);
    return entry;
  };
  // What each component says, as a caller, about its own dependencies: a target that itself fails
  // toward one of them relays that failure to its callers.
  const failingToward = new Map(
    reports.map((r) => [
      r.caller,
      r.failures.filter((f) => failureTotal(f) >= MIN_FAILURES).map((f) => f.target),
    ]),
  );
  const changedBefore = (deps: string[], first: number | undefined): number =>
    first === undefined
      ? 0
      : deps.filter((d) => {
          const at = states.get(d)?.changedAt;
          return at !== undefined && at <= first;
        }).length;
  for (const [target, witnesses] of [...byTarget].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sum = (k: FailureKind) => witnesses.reduce((n, w) => n + w.f.counts[k], 0);
    const counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, sum(k)])) as Record<FailureKind, number>;
    const total = FAILURE_KINDS.reduce((n, k) => n + counts[k], 0);
    const strong = witnesses.filter((w) => failureTotal(w.f) >= MIN_FAILURES);
    const state = states.get(target) ?? {};
    const external = graph.component(target)?.kind === 'external';
    const noRoute = witnesses.reduce((n, w) => n + (w.f.noRoute ?? 0), 0);
    const meshRefused = witnesses.reduce((n, w) => n + (w.f.meshRefused ?? 0), 0);
    const readTimeouts = witnesses.reduce((n, w) => n + (w.f.readTimeouts ?? 0), 0);
    const connectTimeouts = witnesses.reduce((n, w) => n + (w.f.connectTimeouts ?? 0), 0);
    // Refusals by the mesh's authorization policy, as the target's own sidecar logs them or the callers quote them.
    const meshDenied = (state.meshDenied ?? 0) + witnesses.reduce((n, w) => n + (w.f.meshDenied ?? 0), 0);
    const dominant = [...FAILURE_KINDS].sort((a, b) => counts[b] - counts[a])[0]!;
    // Failures one caller sees that say more about the caller than the dependency.
    for (const w of strong) {
      const n = failureTotal(w.f);
      const entry = (key: string) => {
        const e = callerSide(w.caller, key, target);
        e.changed = w.changed;
      };
      // Nor are refusals that began after the dependency rolled out a change while the caller did not change:
      // they are the dependency's new behaviour (a port it registers, credentials it now refuses).
      const sinceItsChange =
        state.changedAt !== undefined &&
        !w.changed &&
        w.f.firstAt !== undefined &&
        w.f.firstAt >= state.changedAt;
      if (w.f.wrongPort * 2 >= n && !sinceItsChange) entry('wrongPort');
      // An external service refusing on policy (403: geo-blocking, a bot manager, a suspended account)
      // is the provider's answer, not the caller's credentials.
      // Nor is a mesh authorization policy at the target that admits no caller.
      const credentials = w.f.counts.auth - (external ? (w.f.forbidden ?? 0) : 0) - (w.f.meshDenied ?? 0);
      if (strong.length === 1 && credentials * 2 >= n && !state.meshDenied && !sinceItsChange)
        entry('credentialsRefused');
      // An expired certificate is the server's to renew, not the caller's TLS settings. So is an outside provider's
      // certificate its caller has not changed toward (a renewal that left out an intermediate, a new CA): only a
      // caller that changed (a new image, a new trust store) is the one whose TLS settings are wrong.
      if (
        strong.length === 1 &&
        w.f.counts.tls * 2 >= n &&
        (w.f.certExpired ?? 0) * 2 < w.f.counts.tls &&
        !sinceItsChange &&
        (!external || w.changed)
      )
        entry('tlsRefused');
      // A name that is none of the dependency's addresses: the caller is configured with a wrong host.
      // An address that is no longer the dependency's: the caller holds a stale, cached answer.
      // Connections the dependency refuses or resets (most of this caller's failures toward it): its answer, not
      // the caller's slowness.
      if ((w.f.counts.refused + w.f.counts.reset) * 2 >= n) entry('refusedBy');
      if ((w.f.staleIp ?? 0) * 2 >= n) entry('staleAddress');
      if ((w.f.wrongHost ?? 0) * 2 >= n) entry('wrongHost');
      else if (w.f.counts.dns * 2 >= n && state.serviceExists !== false && !external) entry('dnsFailures');
    }
    // A loopback address on the dependency's port, where no container of the caller's pod listens (the
    // collector dropped the ones a sidecar serves): the caller is configured to look for it at home.
    // One such event is enough — a start-up connection that fails this way fails the same way again.
    for (const w of witnesses)
      if ((w.f.loopback ?? 0) > 0) callerSide(w.caller, 'loopback', target).changed = w.changed;
    const callerSideOnly = strong.every((w) => {
      const n = failureTotal(w.f);
      return (
        w.f.wrongPort * 2 >= n ||
        (w.f.wrongHost ?? 0) * 2 >= n ||
        (w.f.loopback ?? 0) * 2 >= n ||
        (w.f.staleIp ?? 0) * 2 >= n ||
        w.f.counts.dns * 2 >= n
      );
    });
    targets.set(target, {
      callers: witnesses.map((w) => w.caller).sort(),
      callerCount: witnesses.length,
      witnesses: strong.length,
      /** Callers that did not themselves change in the window: their failures are about the target. */
      unchangedWitnesses: strong.filter((w) => !w.changed).length,
      failures: total,
      ...counts,
      // A 503 the caller's own sidecar made up (no route, an injected abort, a full circuit breaker) never
      // reached the dependency.
      unanswered: counts.refused + counts.reset + counts.http5xx - noRoute - meshRefused,
      rejected: counts.auth + counts.tls,
      /** Of the TLS failures, those saying its certificate expired (or is not valid yet). */
      certExpired: witnesses.reduce((n, w) => n + (w.f.certExpired ?? 0), 0),
      /** Of the timeouts, those of a read on an established connection (Go's `read tcp a->b: i/o timeout`). */
      readTimeouts,
      /** Of the timeouts, those of a connect that never completed (`connect timed out`, `dial tcp …: i/o timeout`). */
      connectTimeouts,
      /** Every timeout (at least two) was such a read: connections were accepted and not answered. */
      readTimeoutsOnly: counts.timeout >= 2 && readTimeouts >= counts.timeout,
      /** Every timeout (at least two) was a connect that never completed: no handshake came back from its address. */
      connectTimeoutsOnly: counts.timeout >= 2 && connectTimeouts >= counts.timeout,
      /** Of the 5xx, those the callers' own sidecars answered for want of a mesh route or cluster to it (Envoy NC/NR). */
      noRoute,
      /** Of the 5xx, those the callers' own sidecars answered by mesh policy: an injected abort (FI), a full circuit breaker (UO). */
      meshRefused,
      /** Of the auth failures, those the mesh's authorization policy answered (its sidecar's RBAC filter). */
      meshDenied: Math.min(meshDenied, counts.auth),
      dominant,
      external,
      targetReady: state.ready ?? null,
      targetUnhealthy: state.unhealthy ?? false,
      /** The target's own logs show no errors: the trouble lies between it and its callers. */
      targetQuiet: state.ownErrors === 0,
      /** Its own log says it ran out of a resource (workers, a listen queue, threads, descriptors). */
      targetExhausted: state.ownExhausted ?? 0,
      /** Its own slow-statement log (a server that calls nothing): statements of 2 s or more in the window. */
      targetSlow: state.ownSlow ?? 0,
      /** Its own log says it stopped serving (a stall, repeated foreground saves): it, not the path, holds them. */
      targetStalled: state.ownStalled ?? 0,
      callerSideOnly: strong.length > 0 && callerSideOnly,
      /** Its own dependencies it reports failures toward (≥ 2 events), as a caller itself. */
      targetFailsToward: (failingToward.get(target) ?? []).length,
      /** Components below it whose own log says they stopped serving: its workers may be waiting on them. */
      targetStalledBelow: state.stalledBelow ?? 0,
      /**
       * Its direct dependencies that rolled out a relevant change in the window before the callers' first failure,
       * while it did not change: its 5xx may be what their new release answers it.
       */
      targetChangedBelow:
        state.changedAt !== undefined
          ? 0
          : changedBefore(
              graph.dependencies(target, { depth: 1 }),
              firstTime(witnesses.map((w) => w.f.firstAt)),
            ),
      /**
       * It was restarted with the same pod template before the callers' first failure and its new pods log errors
       * of their own: what it answers is what it read at start (a ConfigMap, a Secret), not it being down.
       */
      targetRestartedBefore:
        state.restartedAt !== undefined &&
        (firstTime(witnesses.map((w) => w.f.firstAt)) ?? -Infinity) >= state.restartedAt,
      /** Inbound connections its own sidecar matched to no filter chain: a TLS-mode mismatch with its callers. */
      targetNoFilterChain: state.noFilterChain ?? 0,
      /** Its own logs, steady before the callers' first failure, have been silent since: it stopped serving. */
      targetSilent: fellSilent(state.ownLineTimes, firstTime(witnesses.map((w) => w.f.firstAt)), state.until),
      /**
       * Its own log recorded a change of its settings (ALTER ROLE … SET, SET GLOBAL …) before the callers' first
       * failure: sessions opened since run with the new value.
       */
      targetSettingChanged: settingChangedBefore(
        state.ownSettingAt,
        firstTime(witnesses.map((w) => w.f.firstAt)),
      ),
      /** When its own log first recorded that change (ISO), or null. */
      targetSettingChangedAt:
        state.ownSettingAt === undefined ? null : new Date(state.ownSettingAt).toISOString(),
      firstFailureAt: firstOf(witnesses.map((w) => w.f.firstAt)),
      samples: witnesses.flatMap((w) => w.f.samples.map((s) => `${w.caller}: ${s}`)).slice(0, 3),
    });
  }
  // Every caller that fails toward a dependency says so at itself too: its own pool waits and timeouts
  // are that dependency's doing, not a resource it ran out of.
  for (const [caller, toward] of failingToward)
    if (toward.length > 0) {
      const entry = callerSide(caller, 'failingToward', toward[0]!);
      for (const t of toward) callerSide(caller, 'failingToward', t);
      entry.changed = reports.find((r) => r.caller === caller)?.changed ?? false;
    }
  // Waits for pooled connections to a dependency, not (yet) read as its failure: every connection is held by a
  // call to it — a leak or a pool too small, or the dependency answering slowly.
  for (const r of reports)
    for (const f of r.failures)
      if ((f.poolWaits ?? 0) >= MIN_FAILURES && failureTotal(f) < MIN_FAILURES)
        callerSide(r.caller, 'poolWaitsOn', f.target).changed = r.changed;
  for (const entry of callers.values())
    for (const key of [
      'wrongPort',
      'wrongHost',
      'loopback',
      'staleAddress',
      'credentialsRefused',
      'tlsRefused',
      'dnsFailures',
      'failingToward',
      'poolWaitsOn',
      'refusedBy',
    ])
      (entry[key] as string[]).sort();
  return { targets, callers };
}

function firstTime(times: (number | undefined)[]): number | undefined {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

/** A setting changed at `at`, no later than the first failure `first` (both known). */
function settingChangedBefore(at: number | undefined, first: number | undefined): boolean {
  return at !== undefined && first !== undefined && at <= first;
}

function firstOf(times: (number | undefined)[]): string | null {
  const first = firstTime(times);
  return first === undefined ? null : new Date(first).toISOString();
}

/**
 * The ports a pod serves itself: every container's declared ports, and the ports a second container
 * (a cloud-sql-proxy, pgbouncer or stunnel sidecar) is told to listen on in its command or args
 * (`--port=5432`, `127.0.0.1:5432`, `-p 6379`). A loopback call to one of them is the pod's own.
 */
export function podServedPorts(pods: readonly KubeObject[]): Set<string> {
  const ports = new Set<string>();
  for (const p of pods) {
    const containers = [
      ...((p.spec?.containers ?? []) as KubeObject[]),
      ...((p.spec?.initContainers ?? []) as KubeObject[]).filter((c) => c.restartPolicy === 'Always'),
    ];
    containers.forEach((c, i) => {
      for (const port of (c.ports ?? []) as Record<string, unknown>[])
        if (port.containerPort !== undefined) ports.add(String(port.containerPort));
      if (i === 0) return;
      const words = [...((c.command ?? []) as string[]), ...((c.args ?? []) as string[])].join(' ');
      for (const m of words.matchAll(/(?:[:=]|\bport\s+|-p\s+)(\d{2,5})\b/gi)) ports.add(m[1]!);
    });
  }
  return ports;
}

/** A caller's failures without the loopback calls its own pod serves (they are no configuration fault). */
export function withoutServedLoopback(
  failures: DependencyFailure[],
  served: ReadonlySet<string>,
): DependencyFailure[] {
  return failures.map((f) => {
    if (!f.loopbackAddresses) return f;
    const kept = f.loopbackAddresses.filter((a) => !served.has(a.slice(a.lastIndexOf(':') + 1)));
    if (kept.length === f.loopbackAddresses.length) return f;
    const { loopback: _l, loopbackAddresses: _a, ...rest } = f;
    return kept.length > 0 ? { ...rest, loopback: f.loopback, loopbackAddresses: kept } : rest;
  });
}
