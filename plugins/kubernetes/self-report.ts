// What a component whose pods look healthy says about itself in its own log: that it has stopped
// serving (a server blocked or its application stopped inside a running container), ran out of a resource,
// keeps rejecting its configuration (a reloaded file that does not parse), or takes seconds per statement.
import type { JsonValue } from 'culprit/sdk';
import { lineTime } from './dependency-failures.js';
import { CLIENT_QUOTE, CONFIG, EXHAUSTED, SERVER_EXHAUSTED, redactSecrets } from './normalize.js';

/**
 * A server announcing it no longer serves while its process runs on: InnoDB's long semaphore waits
 * (MySQL/MariaDB stalled on an internal latch), Redis/Valkey running a script past its time limit
 * (every other client is answered BUSY), RabbitMQ's application stopped inside the node
 * (`rabbitmqctl stop_app`), PostgreSQL shutting down or refusing connections while it recovers, MongoDB
 * locked by `db.fsyncLock()` (every write blocks until `fsyncUnlock`), MongoDB running `compact` (before 4.4 it
 * blocks every operation on its database until it logs `compact <ns> end`), PostgreSQL turning sessions away (a
 * database altered to `ALLOW_CONNECTIONS false`; refusing commands to avoid transaction-ID wraparound is the database
 * out of transaction IDs, an exhaustion: `SERVER_EXHAUSTED`), a RabbitMQ
 * virtual host down (its message store crashed: every connection to it is closed with "vhost / is down"), a Consul
 * agent put in maintenance mode (`consul maint -enable`: every service on the node turns critical and its
 * resolvers hand out no address), PostgreSQL sessions queued on a lock (`log_lock_waits`: "process 5188 still
 * waiting for AccessShareLock on relation …"; over when it logs the lock acquired), Tomcat told to stop through its
 * shutdown port (`catalina.sh stop`: it destroys its HTTP connector while a stray non-daemon thread keeps the JVM and
 * the container running), a Tomcat web application whose context failed to start (Tomcat runs on and answers 404
 * for it), a Kafka broker whose log directory failed (KIP-112: "Stopping serving replicas in dir …": its partitions
 * there have no leader), PostgreSQL turning a role away because its password passed `VALID UNTIL` (the server's own
 * `DETAIL:  User "…" has an expired password.`: every caller using that role is refused, whatever it sends,
 * until the role is altered), a MongoDB replica-set member whose stored configuration no longer names it ("Locally
 * stored replica set configuration does not have a valid entry for the current node", state `REMOVED`: a pod moved to
 * a new IP under a config that lists the old one; it accepts connections and serves no reads or writes until it is
 * reconfigured or returns to PRIMARY/SECONDARY). None of the Tomcat and Kafka ones is over within the same container: Tomcat neither
 * restarts nor redeploys a failed context by itself, and the broker serves the directory again only after a restart. A SIGTERM's
 * shutdown, as at a liveness kill, logs none of them.
 */
const STALLED =
  /InnoDB: (A )?long semaphore wait|InnoDB: Semaphore wait has lasted|(Lua )?slow script detected: still in execution|Stopped RabbitMQ application|Stopping RabbitMQ applications?\b|database system is shutting down|database system is in recovery mode|mongod is locked and no writes are allowed|instance is locked, blocking all writes|\bcompact \S+ begin\b|is not currently accepting connections|\bvhost '?[^\s']+'? is down\b|\b(Node|Service) entered maintenance mode\b|\bprocess \d+ still waiting for \w+Lock on\b|A valid shutdown command was received via the shutdown port|\bContext \[[^\]]*\] startup failed due to previous errors\b|\bStopping serving (replicas|logs) in dir\b|\bDETAIL:\s+User "[^"]*" has an expired password\b|does not have a valid entry for the current node\b|"newState":"REMOVED"/i;
/** The same server serving again after it: a stall before one of these is over. */
const SERVING =
  /Server startup complete|Starting RabbitMQ|Ready to accept connections|ready for connections|Script killed by user|database system is ready to accept connections|fsyncUnlock complete\b|\bcompact \S+ end\b|\b(Node|Service) left maintenance mode\b|\bprocess \d+ acquired \w+Lock on\b|"newState":"(?:PRIMARY|SECONDARY)"/i;

/**
 * Redis saving its dataset in its main process (`SAVE`, a backup job's `redis-cli save`): "DB saved on disk" logged by
 * the server itself (`1:M`), where a background save's is logged by the forked child (`1:C`, after "Background saving
 * started"). It answers no client until the save ends, so two or more in the window are a server that keeps freezing
 * (its callers time out while it stays Ready). A save the server announced itself (`ANNOUNCED_SAVE` before it: the
 * final save of a shutdown, a save point's "100 changes in 300 seconds. Saving...") is not one: SAVE announces nothing.
 */
const FOREGROUND_SAVE = /^\d+:M \d.*\bDB saved on disk\b/;
const ANNOUNCED_SAVE =
  /Saving the final RDB snapshot|User requested shutdown|Received SIG(?:TERM|INT)\b|\bchanges in \d+ seconds\. Saving\b/;

/**
 * A datastore's own slow-statement log with the time it took: MongoDB's "Slow query" (`durationMillis`) and,
 * before 4.4, its text line ending in the time (`I COMMAND  [conn4127] command shop.products command: find … 252114ms`),
 * PostgreSQL's `duration: 5123.456 ms  statement:` (log_min_duration_statement), MySQL's slow log
 * `# Query_time: 12.3`. Only a component that calls nothing (`server`) reports its own statements.
 */
const SLOW_STATEMENT =
  /"msg":"Slow query".*"durationMillis":(\d+)|\bduration: (\d+(?:\.\d+)?) ms\s+(?:statement|execute)|# Query_time: (\d+(?:\.\d+)?)|\s[IWE]\s+(?:COMMAND|QUERY|WRITE)\s+\[conn\d+\] .* (\d+)ms\s*$/;
/**
 * A server recording a change of its own settings while it runs: PostgreSQL's statement log
 * (`log_statement = ddl`: `statement: ALTER ROLE "app" SET statement_timeout = 1;`, also ALTER DATABASE,
 * USER and SYSTEM, SET or RESET, and who may connect: `ALTER DATABASE "app" CONNECTION LIMIT 0`, a role's
 * NOLOGIN or VALID UNTIL, a database's ALLOW_CONNECTIONS) and its reload (`parameter "work_mem" changed to "64kB"`), MySQL's general
 * log (`Query	SET GLOBAL max_connections = 10`, SET PERSIST). Sessions opened after it run with the new value,
 * so a bad one shows as failures that begin after it while the server itself stays up.
 */
const SETTING_CHANGE =
  /\bstatement: ALTER (?:ROLE|USER|DATABASE|SYSTEM)\b[^;]*\b(?:SET|RESET|CONNECTION LIMIT|NOLOGIN|VALID UNTIL|ALLOW_CONNECTIONS)\b|\bparameter "[^"]+" changed to "|\bQuery\s+SET\s+(?:GLOBAL|PERSIST)\s+\w+\s*=/i;

/** A statement this slow is no background noise: the server is saturated (a scan, a lock queue, CPU). */
export const SLOW_STATEMENT_MS = 2000;

/** The time (ms) a slow-statement line says its statement took, or undefined. */
export function slowStatementMs(line: string): number | undefined {
  const m = SLOW_STATEMENT.exec(line);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return Number(m[2]);
  if (m[4] !== undefined) return Number(m[4]);
  return Number(m[3]) * 1000;
}

export interface SelfReport extends Record<string, JsonValue> {
  /** Lines, within the window and after the last sign of serving again, saying it stopped serving. */
  stalledLines: number;
  /** Lines within the window saying it ran out of a resource it manages itself (heap, alarm, disk, fds). */
  exhaustionLines: number;
  /** Lines within the window saying it rejects its own configuration (the `configErrorLines` vocabulary). */
  configErrorLines: number;
  /** A server's (`server`) own slow-statement lines within the window that took at least SLOW_STATEMENT_MS. */
  slowLines: number;
  /** The longest of them (ms), 0 without any. */
  slowestMs: number;
  /** The first such line's time (ISO), when stamped. */
  firstAt: string | null;
  /** Lines within the window recording a change of its own settings (`SETTING_CHANGE`). */
  settingChanges: number;
  /** The first of them (ISO), when stamped. */
  settingChangedAt: string | null;
  samples: string[];
}

/** Lines of a workload's own worker exhaustion (pool waits excluded) before its workers are read as waiting below. */
export const MIN_WAITING_EXHAUSTION = 2;

/**
 * The one direct dependency a workload's used-up workers wait on: its own log says its workers ran out
 * (`processExhaustionLines`: a full listen queue, harakiri, a worker timeout) while exactly one of the servers it calls
 * holds its callers by its own account (`holdsCallers`: stalled, or out of a resource). Undefined otherwise.
 */
export function waitsOnStalled(
  processExhaustionLines: number,
  dependencies: readonly string[],
  stalled: ReadonlySet<string>,
): string[] | undefined {
  if (processExhaustionLines < MIN_WAITING_EXHAUSTION) return undefined;
  const below = dependencies.filter((d) => stalled.has(d));
  return below.length === 1 ? below : undefined;
}

/**
 * Whether a component's own account says its callers cannot get through it: it stopped serving, or — a server
 * that calls nothing — it ran out of a resource (it turns them away) or its own slow-statement log shows
 * statements of ten seconds and more (at least two: it keeps them waiting).
 */
export function holdsCallers(report: SelfReport, server: boolean): boolean {
  if (report.stalledLines > 0) return true;
  if (!server) return false;
  return report.exhaustionLines > 0 || (report.slowLines >= 2 && report.slowestMs >= 10_000);
}

/**
 * Reads each log on its own: a line without a stamp takes the time of the stamped line before it in
 * the same log, and a line with no stamp before it counts (the tail of a log is recent). `server`: the
 * component calls nothing (a database, a cache), so a connection-limit refusal in its log is its own
 * (`SERVER_EXHAUSTED`); a component with dependencies may be quoting one of them.
 */
export function selfReportAttributes(
  logs: readonly string[],
  window: { from: number; to: number },
  { server = false }: { server?: boolean } = {},
): SelfReport {
  let stalledLines = 0;
  let exhaustionLines = 0;
  let configErrorLines = 0;
  let slowLines = 0;
  let slowestMs = 0;
  let firstAt: number | undefined;
  let settingChanges = 0;
  let settingChangedAt: number | undefined;
  const samples: string[] = [];
  for (const text of logs) {
    let lastAt: number | undefined;
    let stalled: { at?: number; line: string }[] = [];
    let saves: { at?: number; line: string }[] = [];
    let announced = false;
    for (const line of text.split('\n')) {
      const at = lineTime(line);
      if (at !== undefined) lastAt = at;
      if (ANNOUNCED_SAVE.test(line)) announced = true;
      else if (FOREGROUND_SAVE.test(line)) {
        if (!announced && lastAt !== undefined && lastAt >= window.from && lastAt <= window.to)
          saves.push({ at: lastAt, line });
        announced = false;
      }
      if (lastAt !== undefined && (lastAt < window.from || lastAt > window.to)) continue;
      if (SERVING.test(line)) {
        stalled = [];
        saves = [];
      }
      // A client quoting the server's answer ("PSQLException: FATAL: the database system is in recovery mode") is
      // the caller's failure toward it, not the component's own stall.
      else if (STALLED.test(line) && !CLIENT_QUOTE.test(line)) stalled.push({ at: lastAt, line });
      if (SETTING_CHANGE.test(line)) {
        settingChanges++;
        if (lastAt !== undefined && (settingChangedAt === undefined || lastAt < settingChangedAt))
          settingChangedAt = lastAt;
      }
      const slow = server ? slowStatementMs(line) : undefined;
      if (slow !== undefined && slow >= SLOW_STATEMENT_MS) {
        slowLines++;
        slowestMs = Math.max(slowestMs, slow);
        if (lastAt !== undefined && (firstAt === undefined || lastAt < firstAt)) firstAt = lastAt;
        if (samples.length < 3)
          samples.push(`${Math.round(slow)} ms: ${redactSecrets(line.trim()).slice(0, 180)}`);
      }
      const exhausted =
        EXHAUSTED.test(line) || (server && SERVER_EXHAUSTED.test(line) && !CLIENT_QUOTE.test(line));
      const config = !exhausted && CONFIG.test(line);
      if (exhausted) exhaustionLines++;
      if (config) configErrorLines++;
      if (exhausted || config) {
        if (lastAt !== undefined && (firstAt === undefined || lastAt < firstAt)) firstAt = lastAt;
        if (samples.length < 3) samples.push(redactSecrets(line.trim()).slice(0, 200));
      }
    }
    if (saves.length >= 2) stalled.push(...saves);
    stalledLines += stalled.length;
    for (const s of stalled) {
      if (s.at !== undefined && (firstAt === undefined || s.at < firstAt)) firstAt = s.at;
      if (samples.length < 3) samples.push(redactSecrets(s.line.trim()).slice(0, 200));
    }
  }
  return {
    stalledLines,
    exhaustionLines,
    configErrorLines,
    slowLines,
    slowestMs,
    firstAt: firstAt === undefined ? null : new Date(firstAt).toISOString(),
    settingChanges,
    settingChangedAt: settingChangedAt === undefined ? null : new Date(settingChangedAt).toISOString(),
    samples,
  };
}
