// Pure functions from Kubernetes API objects to the stable evidence attributes rules read
// (docs/kubernetes-evidence.md): counts inside the incident window, ages, reasons. No I/O.
import type { GraphView, JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import { classifyFailure, clientExhausted, connectionPoolWait, lookedUp } from './dependency-failures.js';
import { configVolumes, isConfigMountFailure } from './mounts.js';

export interface Window {
  from: number;
  to: number;
}

export const toMs = (v: unknown): number =>
  v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN;
const inWindow = (v: unknown, w: Window) => {
  const t = toMs(v);
  return Number.isFinite(t) && t >= w.from && t <= w.to;
};

/** When an event last happened (core/v1 and events.k8s.io fields, then its creation). */
const eventTime = (e: KubeObject): unknown =>
  e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;

const CLAIM_WAIT = /persistentvolumeclaim|unbound immediate/i;

export function isPodHealthy(pod: KubeObject): boolean {
  const statuses = (pod.status?.containerStatuses ?? []) as KubeObject[];
  // The Ready condition, when present, has the last word (the node controller sets it False on a lost Node).
  const ready = ((pod.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'Ready');
  return (
    pod.status?.phase === 'Running' &&
    statuses.length > 0 &&
    statuses.every((c) => c.ready) &&
    ready?.status !== 'False'
  );
}

/**
 * When every container that terminated in the window runs and is ready again: when the last of them started
 * (ms since the epoch). Undefined when none terminated in the window, or one is not back.
 */
export function restartHealedAt(pods: KubeObject[], w: Window): number | undefined {
  let latest: number | undefined;
  for (const pod of pods)
    for (const c of (pod.status?.containerStatuses ?? []) as KubeObject[]) {
      if (!inWindow(c.lastState?.terminated?.finishedAt, w)) continue;
      const started = toMs(c.state?.running?.startedAt);
      if (c.ready !== true || !Number.isFinite(started)) return undefined;
      latest = Math.max(latest ?? started, started);
    }
  return latest;
}

const healedMinutes = (pods: KubeObject[], w: Window): number => {
  const at = restartHealedAt(pods, w);
  return at === undefined ? 0 : Math.max(0, Math.floor((w.to - at) / 60_000));
};

export function podsAttributes(pods: KubeObject[], w: Window): Record<string, JsonValue> {
  let ready = 0;
  let pending = 0;
  let running = 0;
  let restartsRecent = 0;
  let restartsTotal = 0;
  let crashLoopBackOff = 0;
  let oomKilledRecent = 0;
  let imagePullErrors = 0;
  let configErrors = 0;
  let unschedulable = 0;
  let evicted = 0;
  let debuggers = 0;
  let debuggerAt: number | undefined;
  let imagePullMessage = '';
  let configErrorMessage = '';
  let unschedulableMessage = '';
  let last: { at: number; reason: string; exitCode: number } | undefined;
  const nodes = new Set<string>();
  for (const pod of pods) {
    if (pod.spec?.nodeName) nodes.add(pod.spec.nodeName as string);
    if (pod.status?.phase === 'Pending') pending++;
    if (pod.status?.phase === 'Running') running++;
    if (isPodHealthy(pod)) ready++;
    const scheduled = ((pod.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'PodScheduled');
    // A pod waiting for its volume claim is a storage problem, not a capacity one (kubernetes.storage).
    if (
      scheduled?.status === 'False' &&
      scheduled.reason === 'Unschedulable' &&
      !CLAIM_WAIT.test(String(scheduled.message ?? ''))
    ) {
      unschedulable++;
      unschedulableMessage ||= String(scheduled.message ?? '');
    }
    if (pod.status?.phase === 'Failed' && pod.status?.reason === 'Evicted') {
      // Evicted pods linger; count only those that stopped inside the window.
      const readyCondition = ((pod.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'Ready');
      if (inWindow(readyCondition?.lastTransitionTime, w)) evicted++;
    }
    // `kubectl debug --target`: an ephemeral container sharing a container's process namespace, still running —
    // a debugger or tracer attached (gdb, strace) can hold the process stopped while its pod stays Ready.
    const targeting = new Set(
      ((pod.spec?.ephemeralContainers ?? []) as KubeObject[])
        .filter((e) => typeof e.targetContainerName === 'string')
        .map((e) => String(e.name)),
    );
    for (const e of (pod.status?.ephemeralContainerStatuses ?? []) as KubeObject[]) {
      const started = toMs(e.state?.running?.startedAt);
      if (!targeting.has(String(e.name)) || !Number.isFinite(started) || started > w.to) continue;
      debuggers++;
      if (debuggerAt === undefined || started < debuggerAt) debuggerAt = started;
    }
    for (const c of (pod.status?.containerStatuses ?? []) as KubeObject[]) {
      restartsTotal += Number(c.restartCount ?? 0);
      const waiting = c.state?.waiting;
      const terminated = c.lastState?.terminated;
      if (terminated && inWindow(terminated.finishedAt, w)) {
        restartsRecent += 1;
        if (terminated.reason === 'OOMKilled') oomKilledRecent++;
        const at = toMs(terminated.finishedAt);
        if (!last || at > last.at)
          last = { at, reason: String(terminated.reason ?? ''), exitCode: Number(terminated.exitCode ?? 0) };
      }
      if (waiting?.reason === 'CrashLoopBackOff') crashLoopBackOff++;
      if (
        waiting?.reason === 'ImagePullBackOff' ||
        waiting?.reason === 'ErrImagePull' ||
        waiting?.reason === 'InvalidImageName'
      ) {
        imagePullErrors++;
        imagePullMessage ||= String(waiting.message ?? waiting.reason).slice(0, 300);
      }
      if (waiting?.reason === 'CreateContainerConfigError') {
        configErrors++;
        configErrorMessage ||= String(waiting.message ?? '').slice(0, 300);
      }
    }
  }
  return {
    total: pods.length,
    ready,
    notReady: pods.length - ready,
    pending,
    running,
    restartsRecent,
    restartsTotal,
    crashLoopBackOff,
    oomKilledRecent,
    /**
     * When every container that terminated in the window runs and is ready again: the minutes since the last of
     * them started (0 when none terminated, or one is not back). A kill long healed is a past event.
     */
    healedMinutes: healedMinutes(pods, w),
    lastTerminationReason: last?.reason ?? null,
    lastExitCode: last?.exitCode ?? null,
    imagePullErrors,
    imagePullMessage,
    configErrors,
    configErrorMessage,
    unschedulable,
    unschedulableMessage,
    evicted,
    debuggerAttached: debuggers,
    debuggerAttachedAt: debuggerAt === undefined ? null : new Date(debuggerAt).toISOString(),
    nodes: [...nodes].sort(),
  };
}

export function eventsAttributes(events: KubeObject[], w: Window): Record<string, JsonValue> {
  const recent: Record<string, number> = {};
  const older: Record<string, number> = {};
  let latest: { at: number; message: string } | undefined;
  for (const e of events) {
    if (e.type !== 'Warning') continue;
    const at = toMs(eventTime(e));
    const bucket = at >= w.from && at <= w.to ? recent : older;
    const reason = String(e.reason ?? 'Unknown');
    bucket[reason] = (bucket[reason] ?? 0) + Number(e.count ?? 1);
    if (bucket === recent && (!latest || at > latest.at))
      latest = { at, message: String(e.message ?? '').slice(0, 300) };
  }
  return {
    recent,
    older,
    warningsRecent: Object.values(recent).reduce((a, b) => a + b, 0),
    latestWarning: latest?.message ?? '',
  };
}

const ERROR = /\b(error|err|fatal|exception|panic)\b/i;
/**
 * A structured log's empty error field — go-kit's `err=null`, logfmt `error=nil`, `err=<nil>`, JSON `"error":null` —
 * says there was no error: it is removed before a line is searched for error words.
 */
const EMPTY_ERROR_FIELD =
  /\b(err|error)=("?)(null|nil|<nil>|none|)\2(?=[\s,}]|$)|"(err|error)"\s*:\s*(null|""|"nil"|"<nil>")/gi;
export const withoutEmptyErrors = (line: string): string =>
  /\berr/i.test(line) ? line.replace(EMPTY_ERROR_FIELD, ' ') : line;
const REFUSED = /connection refused|ECONNREFUSED|no route to host|connection reset/i;
export const TIMEOUT = /timed? ?out|deadline exceeded|ETIMEDOUT/i;
const HTTP5XX = /\b(status[=: ]*5\d\d|HTTP\/\d(\.\d)? 5\d\d|\(HTTP 5\d\d\)|\b50[0-4]\b)/i;
const PANIC = /\bpanic\b|segmentation fault|fatal error/i;
/**
 * A process rejecting its own configuration: config files, and the option parsers of common runtimes
 * (mongod/boost "Error parsing option", getopt "unrecognized option", Go's flag package "flag provided
 * but not defined" / `invalid value "…" for flag`, cobra "unknown flag", PostgreSQL "invalid value for
 * parameter", the JVM's "Unrecognized VM option"), and a file it loads that does not parse ("Error reading
 * product files: proto: syntax error", a strict decoder's `unknown field "x"`, "failed to load config.yaml: yaml: line 3: …"),
 * and Redis refused the directory it is configured to persist to ("Failed opening the RDB file dump.rdb (in server root
 * dir /mnt/redis) for saving: Permission denied").
 */
export const CONFIG =
  /(Failed opening the (temp )?RDB file|Can't open the append-only file|Opening the temp file needed for REDIS <-> MASTER synchronization failed)[^\n]{0,160}Permission denied|invalid config|configuration error|missing required (env|config)|failed to (load|parse) config|Error parsing (option|command line|config)|unrecogni[sz]ed (option|argument|configuration parameter)|flag provided but not defined|invalid (value|argument) "[^"]*" for (flag|option)|unknown (shorthand )?flag:|invalid value for parameter|Unrecognized VM option|\[MY-000067\]|\[ERROR\] (\[Server\] )?unknown (variable|option) '|\b(read|reading|load|loading|parse|parsing) [\w./-]*\s?(file|files|config|configuration)\b[^\n]{0,60}(syntax error|unexpected token|invalid character|cannot unmarshal|parse error|malformed|unknown field|yaml: line \d)|\b(failed to|cannot|could not|unable to) (read|load|parse|decode|unmarshal) (?![^\n]{0,40}\b(request|body|payload|response|message)\b)[^\n]{0,40}?\b(json|ya?ml|toml|xml|ini|properties)\b[^\n]{0,80}(syntax error|unexpected (token|end)|invalid character|cannot unmarshal|parse error|malformed|unknown field|yaml: line \d)/i;
/**
 * A process out of a resource it manages itself, while the kernel has not killed it: a JVM heap or
 * GC limit, threads (the JVM's native threads, pthread_create, Go's OS threads, Python's `can't start
 * new thread`, fork's EAGAIN), a broker's memory/disk alarm, file descriptors, a Redis maxmemory refusal, a full disk
 * (ENOSPC), the local ports for outgoing connections (a connect's "Cannot assign requested address", EADDRNOTAVAIL; a
 * bind's is a configured address, not this), a server out of workers (Apache's MaxRequestWorkers, php-fpm's pm.max_children, nginx's
 * worker_connections, a full uWSGI listen queue, a worker killed for overrunning its request timeout: gunicorn's WORKER TIMEOUT, uWSGI's HARAKIRI), an OpenTelemetry Collector's memory_limiter above its limit, and its own connection or thread pools (`clientExhausted`).
 */
export const EXHAUSTED =
  /OutOfMemoryError: (Java heap space|GC overhead limit exceeded|Metaspace|unable to create (new )?native thread)|pthread_create failed|failed to create new OS thread|can't start new thread|fork: (retry: )?Resource temporarily unavailable|(memory|disk) resource limit alarm set|Too many open files|\bEMFILE\b|OOM command not allowed when used memory|No space left on device|\bENOSPC\b|server reached (MaxRequestWorkers|MaxClients|pm\.max_children) setting|worker_connections are not enough|listen queue of socket .{0,60} full|Memory usage is above (soft|hard) limit|\bWORKER TIMEOUT \(pid:\d+\)|HARAKIRI ON WORKER \d+|Cannot assign requested address \(connect failed\)|connect: cannot assign requested address|connect EADDRNOTAVAIL/i;
/**
 * A database server's own log saying it turns connections away at its limit: PostgreSQL's `FATAL:  sorry, too
 * many clients already` and reserved-slots refusal, MongoDB's "Connection refused because there are too many open
 * connections", PostgreSQL refusing new transaction IDs before a wraparound ("database is not accepting commands that
 * assign new XIDs to avoid wraparound data loss") or out of lock-table memory ("out of shared memory"), MySQL's
 * "The table 't' is full" (error 1114). Only a server's own log says so as its own (`selfReportAttributes` with `server`); a client
 * quoting the same text (`PSQLException: FATAL: sorry, …`) speaks of its dependency (`CLIENT_QUOTE`).
 */
export const SERVER_EXHAUSTED =
  /FATAL: +sorry, too many clients already|FATAL: +remaining connection slots are reserved|connection refused because (there are )?too many open connections|database is not accepting commands (that assign new XIDs )?to avoid wraparound data loss|ERROR: +out of shared memory|The table '[^']+' is full/i;
/** A line in which a client library reports a server's answer (it names the client or the exception). */
export const CLIENT_QUOTE =
  /Exception|psycopg|\bpq: |npgsql|org\.postgresql|connection to server|HikariPool|sqlalchemy|MongoServerError|MongoError|pymongo|mongo-go-driver/i;
const HOSTPORT = /\b([a-z0-9][a-z0-9.-]*):(\d{2,5})\b/gi;
const SECRETISH = /(bearer\s+\S+|(password|passwd|secret|token|api[_-]?key)\s*[=:]\s*\S+)/gi;
/** A log line as it may be quoted in evidence: credentials it prints replaced. */
export const redactSecrets = (line: string): string => line.replace(SECRETISH, '[redacted]');

/**
 * The component's own Envoy sidecar dropping a call it made because the mesh lets it go nowhere: Istio's
 * `REGISTRY_ONLY` outbound policy sends a host it was not given (no ServiceEntry) to `BlackHoleCluster` (TLS and
 * TCP: `"- - -" 0 UH … BlackHoleCluster - 142.250.180.80:443`) or answers it `502 - direct_response` on its
 * `block_all` route (plain HTTP).
 */
const EGRESS_BLOCKED = /\bBlackHoleCluster\b|" 502 - direct_response\b.*\bblock_all\b/;

/**
 * A name lookup answered "this name does not exist" (NXDOMAIN), not a resolver that failed to answer: Go's "no such
 * host", Node's ENOTFOUND, Java's UnknownHostException, glibc's "Name or service not known", .NET's "No such host is
 * known".
 */
const NO_SUCH_NAME =
  /no such host|\bENOTFOUND\b|UnknownHostException|Name or service not known|No such host is known/i;

/**
 * A host the component looked up that does not exist and that the topology does not know either (by id, alias,
 * address or workload name, or by the first label of a `name.ns.svc…` form), nor resembles: no word of its first
 * label (four letters or more) is a word of a component's names. `teastore-persistance` is a misspelt name of a
 * known component (who misspelt it is another question: the caller, or a registry it asked); `badAddress` is an
 * address that names nothing.
 */
function unknownHost(line: string, graph: GraphView, words: () => ReadonlySet<string>): string | undefined {
  if (!NO_SUCH_NAME.test(line) || classifyFailure(line) !== 'dns') return undefined;
  const host = lookedUp(line);
  if (!host || /^[\d.]+$/.test(host)) return undefined;
  const first = host.split('.')[0]!;
  if (graph.resolve(host) ?? graph.resolve(first) ?? graph.findByAddress(host)) return undefined;
  const known = words();
  if (nameWords(first).some((w) => known.has(w))) return undefined;
  return host;
}

/** The words (four letters or more) of a name: `teastore-persistence` → teastore, persistence. */
const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);

/** Every word of every component's id, aliases, address hosts and workload name. */
function topologyWords(graph: GraphView): Set<string> {
  const words = new Set<string>();
  for (const c of graph.components()) {
    const names = [c.id, ...c.aliases, ...(c.addresses ?? []).map((a) => a.split(':')[0]!.split('.')[0]!)];
    if (c.kubernetes?.workload?.name) names.push(c.kubernetes.workload.name);
    for (const n of names) for (const w of nameWords(n)) words.add(w);
  }
  return words;
}

/** Terminal colour escapes (zerolog's and logrus's console writers, Spring Boot's ANSI output) split words. */
// eslint-disable-next-line no-control-regex -- the escape character is what it matches
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
export const stripAnsi = (text: string): string => (text.includes('\x1b') ? text.replace(ANSI, '') : text);

/**
 * `ipOwner` maps a Service's cluster IP to its component: clients print the address they dialled
 * ("connect timeout to 10.100.228.145:11211"), not the name they were given.
 */
export function logsAttributes(
  text: string,
  graph: GraphView,
  self: string,
  ipOwner: ReadonlyMap<string, string> = new Map(),
): Record<string, JsonValue> {
  const lines = text.split('\n').filter(Boolean);
  const unreachable = new Set<string>();
  const samples: string[] = [];
  let errorLines = 0;
  let connectionRefused = 0;
  let timeouts = 0;
  let http5xx = 0;
  let panics = 0;
  let configErrorLines = 0;
  let credentialErrorLines = 0;
  let exhaustionLines = 0;
  let ownExhaustionLines = 0;
  let poolWaitLines = 0;
  let egressBlocked = 0;
  let unknownHostLines = 0;
  const unknownHosts = new Set<string>();
  // The topology's words are gathered only when a line needs them (a lookup that found no such name).
  let gathered: Set<string> | undefined;
  const words = () => (gathered ??= topologyWords(graph));
  for (const line of lines) {
    const unknown = unknownHost(line, graph, words);
    if (unknown !== undefined) {
      unknownHostLines++;
      if (unknownHosts.size < 5) unknownHosts.add(unknown);
    }
    if (EGRESS_BLOCKED.test(line)) egressBlocked++;
    const isError = ERROR.test(withoutEmptyErrors(line));
    if (isError) errorLines++;
    const refused = REFUSED.test(line);
    const timeout = TIMEOUT.test(line);
    if (refused) connectionRefused++;
    if (timeout) timeouts++;
    if (HTTP5XX.test(line)) http5xx++;
    if (PANIC.test(line)) panics++;
    if (CONFIG.test(line)) configErrorLines++;
    if (classifyFailure(line) === 'auth') credentialErrorLines++;
    const own = EXHAUSTED.test(line);
    if (own || clientExhausted(line)) exhaustionLines++;
    if (own) ownExhaustionLines++;
    if (!own && connectionPoolWait(line)) poolWaitLines++;
    if (refused || timeout) {
      for (const m of line.matchAll(HOSTPORT)) {
        const id =
          (graph.findByAddress(`${m[1]}:${m[2]}`) ?? graph.findByAddress(m[1]!))?.id ?? ipOwner.get(m[1]!);
        if (id !== undefined && id !== self) unreachable.add(id);
      }
    }
    if ((isError || refused) && samples.length < 3)
      samples.push(line.replace(SECRETISH, '[redacted]').slice(0, 200));
  }
  return {
    errorLines,
    connectionRefused,
    timeouts,
    http5xx,
    panics,
    configErrorLines,
    credentialErrorLines,
    exhaustionLines,
    ownExhaustionLines,
    poolWaitLines,
    processExhaustionLines: exhaustionLines - poolWaitLines,
    egressBlocked,
    unknownHostLines,
    unknownHosts: [...unknownHosts].sort(),
    unreachable: [...unreachable].sort(),
    samples,
  };
}

export function rolloutAttributes(
  workload: KubeObject | undefined,
  replicaSets: KubeObject[],
  pods: KubeObject[],
  w: Window,
): Record<string, JsonValue> {
  const daemon = workload?.kind === 'DaemonSet';
  const status = (workload?.status ?? {}) as KubeObject;
  const sorted = [...replicaSets].sort((a, b) => revision(b) - revision(a));
  const [newest, previous] = sorted;
  const changedInWindow = !!newest && inWindow(newest.metadata?.creationTimestamp, w);
  const conditions = (workload?.status?.conditions ?? []) as KubeObject[];
  const progressing = conditions.find((c) => c.type === 'Progressing');
  const hash = newest?.metadata?.labels?.['pod-template-hash'];
  const newPods = hash ? pods.filter((p) => p.metadata?.labels?.['pod-template-hash'] === hash) : [];
  const changes: string[] = [];
  if (newest && previous) {
    const image = (rs: KubeObject) =>
      ((rs.spec?.template?.spec?.containers ?? []) as KubeObject[]).map((c) => c.image).join(',');
    const env = (rs: KubeObject) =>
      JSON.stringify(
        ((rs.spec?.template?.spec?.containers ?? []) as KubeObject[]).map((c) =>
          (c.env ?? []).map((e: KubeObject) => e.name),
        ),
      );
    const cmd = (rs: KubeObject) =>
      JSON.stringify(
        ((rs.spec?.template?.spec?.containers ?? []) as KubeObject[]).map((c) => [c.command, c.args]),
      );
    if (image(newest) !== image(previous)) changes.push('image');
    if (env(newest) !== env(previous)) changes.push('env');
    if (cmd(newest) !== cmd(previous)) changes.push('command');
  }
  return {
    kind: String(workload?.kind ?? 'Deployment'),
    // A DaemonSet counts scheduled pods, not replicas.
    desired: Number(daemon ? status.desiredNumberScheduled : workload?.spec?.replicas) || 0,
    updated: Number(daemon ? status.updatedNumberScheduled : status.updatedReplicas) || 0,
    ready: Number(daemon ? status.numberReady : status.readyReplicas) || 0,
    available: Number(daemon ? status.numberAvailable : status.availableReplicas) || 0,
    revision: newest ? revision(newest) : 0,
    changedInWindow,
    changes,
    /** An older ReplicaSet to compare the newest with: without one, a new ReplicaSet is no visible release. */
    hasPrevious: !!previous,
    progressDeadlineExceeded: progressing?.reason === 'ProgressDeadlineExceeded',
    newPodsUnhealthy: changedInWindow ? newPods.filter((p) => !isPodHealthy(p)).length : 0,
  };
}

function revision(rs: KubeObject): number {
  return Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}

export function serviceAttributes(
  services: KubeObject[],
  endpoints: (KubeObject | undefined)[],
  pods: KubeObject[],
  desiredReplicas?: number,
): Record<string, JsonValue> {
  let readyEndpoints = 0;
  let notReadyEndpoints = 0;
  for (const ep of endpoints) {
    for (const subset of (ep?.subsets ?? []) as KubeObject[]) {
      readyEndpoints += (subset.addresses ?? []).length;
      notReadyEndpoints += (subset.notReadyAddresses ?? []).length;
    }
  }
  const matches = (selector: Record<string, string> | undefined, pod: KubeObject) =>
    !!selector && Object.entries(selector).every(([k, v]) => pod.metadata?.labels?.[k] === v);
  // With no pods at all there is nothing for a selector to miss: that is scaledToZero's (or the
  // pods' own) story, not a selector typo.
  const selectorMatchesPods =
    pods.length === 0 || services.every((s) => pods.some((p) => matches(s.spec?.selector, p)));
  const ports = new Set(
    pods.flatMap((p) =>
      ((p.spec?.containers ?? []) as KubeObject[]).flatMap((c) =>
        ((c.ports ?? []) as KubeObject[]).map((x) => Number(x.containerPort)),
      ),
    ),
  );
  const targetPortMatches = services.every((s) =>
    ((s.spec?.ports ?? []) as KubeObject[]).every(
      (p) =>
        typeof p.targetPort === 'string' || ports.size === 0 || ports.has(Number(p.targetPort ?? p.port)),
    ),
  );
  return {
    services: services.length,
    readyEndpoints,
    notReadyEndpoints,
    selectorMatchesPods,
    targetPortMatches,
    scaledToZero: desiredReplicas !== undefined ? desiredReplicas === 0 : pods.length === 0,
    // `internalTrafficPolicy: Local`: kube-proxy routes a caller only to endpoints on the caller's own node, and
    // drops the traffic of callers on every other node.
    internalTrafficLocal: services.some((s) => s.spec?.internalTrafficPolicy === 'Local'),
    /** The distinct nodes the ready pods run on (where a node-local Service has endpoints). */
    endpointNodes: new Set(pods.filter(isPodHealthy).map((p) => String(p.spec?.nodeName ?? ''))).size,
  };
}

export function nodeAttributes(node: KubeObject, w: Window): Record<string, JsonValue> {
  const conditions = (node.status?.conditions ?? []) as KubeObject[];
  const ready = conditions.find((c) => c.type === 'Ready');
  const isReady = ready?.status === 'True';
  const since = toMs(ready?.lastTransitionTime);
  return {
    ready: isReady,
    notReadyMinutes:
      isReady || !Number.isFinite(since) ? 0 : Math.max(0, Math.round((w.to - since) / 60_000)),
    pressure: conditions
      .filter((c) => /Pressure$/.test(String(c.type)) && c.status === 'True')
      .map((c) => String(c.type)),
    networkUnavailable: conditions.some((c) => c.type === 'NetworkUnavailable' && c.status === 'True'),
    cordoned: node.spec?.unschedulable === true,
    taints: ((node.spec?.taints ?? []) as KubeObject[]).map((t) => `${t.key}:${t.effect}`),
  };
}

/** PVCs the pods mount (pending, lost) and volume mount failures in the window. */
export function storageAttributes(
  pods: KubeObject[],
  claims: KubeObject[],
  events: KubeObject[],
  w: Window,
): Record<string, JsonValue> | undefined {
  const used = new Set(
    pods.flatMap((p) =>
      ((p.spec?.volumes ?? []) as KubeObject[])
        .map((v) => v.persistentVolumeClaim?.claimName as string | undefined)
        .filter((n): n is string => !!n),
    ),
  );
  const mine = claims.filter((c) => used.has(c.metadata?.name));
  let mountFailures = 0;
  const config = configVolumes(events);
  for (const e of events) {
    if (e.type !== 'Warning' || !/^(FailedMount|FailedAttachVolume)$/.test(String(e.reason))) continue;
    // A missing ConfigMap or Secret is config-missing (kubernetes.mounts), not a storage failure — and so is the
    // kubelet's generic "unmounted volumes=[…]" line when every volume it lists lacks its config.
    if (isConfigMountFailure(String(e.message ?? ''), config)) continue;
    if (inWindow(eventTime(e), w)) mountFailures += Number(e.count ?? 1);
  }
  if (mine.length === 0 && mountFailures === 0) return undefined;
  const phase = (p: string) => mine.filter((c) => c.status?.phase === p).map((c) => String(c.metadata?.name));
  return {
    claims: mine.length,
    pending: phase('Pending').length,
    lost: phase('Lost').length,
    mountFailures,
    pendingClaims: phase('Pending'),
    storageClasses: [...new Set(mine.map((c) => String(c.spec?.storageClassName ?? '')))].filter(Boolean),
  };
}

/**
 * Pod creations a ResourceQuota refused in the window: FailedCreate "exceeded quota" events, and "failed quota:
 * … must specify limits.cpu for: …" (a quota on a resource the pod template sets no request or limit for).
 */
export function quotaAttributes(events: KubeObject[], w: Window): Record<string, JsonValue> | undefined {
  let exceededEvents = 0;
  const resources = new Set<string>();
  let message = '';
  for (const e of events) {
    const text = String(e.message ?? '');
    if (e.reason !== 'FailedCreate' || !/exceeded quota|failed quota/i.test(text)) continue;
    if (!inWindow(eventTime(e), w)) continue;
    exceededEvents += Number(e.count ?? 1);
    message ||= text.slice(0, 300);
    const requested = /requested: ([^ ]+)/.exec(text)?.[1] ?? '';
    for (const part of requested.split(',')) if (part.includes('=')) resources.add(part.split('=')[0]!);
    for (const m of text.matchAll(
      /(?:must specify |; )((?:limits|requests)\.[a-z-]+(?:,(?:limits|requests)\.[a-z-]+)*) for:/g,
    ))
      for (const r of m[1]!.split(',')) resources.add(r);
  }
  if (exceededEvents === 0) return undefined;
  return { exceededEvents, resources: [...resources].sort(), message };
}

/** `used/hard` per resource of the namespace's ResourceQuotas, for the resources named. */
export function quotaUsage(quotas: KubeObject[], resources: JsonValue | undefined): string[] {
  const wanted = new Set(Array.isArray(resources) ? resources.map(String) : []);
  const out: string[] = [];
  for (const q of quotas) {
    const hard = (q.status?.hard ?? q.spec?.hard ?? {}) as Record<string, string>;
    const used = (q.status?.used ?? {}) as Record<string, string>;
    for (const r of Object.keys(hard).sort())
      if (wanted.has(r)) out.push(`${q.metadata?.name}: ${r} ${used[r] ?? '?'}/${hard[r]}`);
  }
  return out;
}

/** The HorizontalPodAutoscaler that scales this workload: at its maximum, and wanting more. */
export function hpaAttributes(hpa: KubeObject): Record<string, JsonValue> {
  const current = Number(hpa.status?.currentReplicas ?? 0);
  const max = Number(hpa.spec?.maxReplicas ?? 0);
  const limited = ((hpa.status?.conditions ?? []) as KubeObject[]).find((c) => c.type === 'ScalingLimited');
  return {
    name: String(hpa.metadata?.name ?? ''),
    current,
    desired: Number(hpa.status?.desiredReplicas ?? current),
    min: Number(hpa.spec?.minReplicas ?? 1),
    max,
    atMax: max > 0 && current >= max,
    desiredAboveMax: limited?.status === 'True' && limited.reason === 'TooManyReplicas',
  };
}
