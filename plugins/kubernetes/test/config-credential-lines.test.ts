// logsAttributes counts a process rejecting its own start-up options (configErrorLines) and a dependency
// refusing its credentials (credentialErrorLines), in the words of several runtimes; colour escapes are removed first.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadTestGraph } from 'culprit/testing';
import { describe, expect, it } from 'vitest';
import { logsAttributes, stripAnsi } from '../normalize.js';

const file = join(mkdtempSync(join(tmpdir(), 'culprit-config-lines-')), 'topology.json');
writeFileSync(
  file,
  JSON.stringify({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    metadata: { name: 'hotels' },
    components: [
      { id: 'user', kind: 'service', addresses: ['user:8086'], kubernetes: { namespace: 'hotels' } },
    ],
  }),
);
const graph = await loadTestGraph(file);

describe('logsAttributes — configErrorLines from option parsers', () => {
  it('counts mongod, getopt, Go flag, cobra, PostgreSQL, MySQL/MariaDB and JVM option rejections', () => {
    const text = [
      'Error parsing option "wiredTigerCacheSizeGB" as double in: 0.25GB',
      "unrecognised option '--wiredTigerCache'",
      'flag provided but not defined: -consuladdress',
      'invalid value "80x" for flag -port: parse error',
      'Error: unknown flag: --listen-addres',
      'FATAL:  invalid value for parameter "max_connections": "many"',
      "Unrecognized VM option 'UseConcMarkSweepGC'",
      '{"level": "ERROR", "msg": "Error reading product files: proto: syntax error (line 61:7): unexpected token \\"}\\""}',
      'failed to load config.yaml: yaml: line 3: mapping values are not allowed in this context',
      '{"message":"failed to parse the catalog JSON: invalid character \']\' looking for beginning of value","severity":"warning"}',
      'ERROR could not decode settings.toml: parse error at line 4',
      "2026-05-28T09:45:18.600427Z 0 [ERROR] [MY-000067] [Server] unknown variable 'default-authentication-plugin=mysql_native_password'.",
      "2026-05-28 09:45:18 0 [ERROR] unknown option '--query-cache-size=0'",
    ].join('\n');
    expect(logsAttributes(text, graph, 'user').configErrorLines).toBe(13);
  });

  it('does not count printed options or ordinary errors', () => {
    const text = [
      'options: { net: { bindIp: "*" }, storage: { wiredTiger: { engineConfig: { cacheSizeGB: 0.25 } } } }',
      'ERROR failed to fetch rates: connection refused',
      'Parsed flags: -port=8086 -consuladdr=consul:8500',
      "POST /orders 400: invalid character 'x' looking for beginning of value",
      'Reloading Product Catalog...',
      "failed to decode request JSON: invalid character 'x' looking for beginning of value",
    ].join('\n');
    expect(logsAttributes(text, graph, 'user').configErrorLines).toBe(0);
  });
});

describe('logsAttributes — credentialErrorLines', () => {
  it('counts authentication refusals of MongoDB, PostgreSQL, MySQL and Redis', () => {
    const text = [
      '2026-12-03T15:41:40Z FTL /workspace/cmd/user/db.go:52 > (Unauthorized) command insert requires authentication',
      'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256": (AuthenticationFailed) Authentication failed.',
      'FATAL:  password authentication failed for user "app"',
      "Error 1045: Access denied for user 'catalogue_user'@'10.0.2.61' (using password: YES)",
      'ReplyError: WRONGPASS invalid username-password pair or user is disabled.',
    ].join('\n');
    expect(logsAttributes(text, graph, 'user').credentialErrorLines).toBe(5);
  });

  it('does not count a password setting or a successful login', () => {
    const text = ['auth_method = scram-sha-256', 'Successfully connected to MongoDB', 'CheckUser true'].join(
      '\n',
    );
    expect(logsAttributes(text, graph, 'user').credentialErrorLines).toBe(0);
  });
});

describe('stripAnsi', () => {
  it('removes zerolog console colours so the level and message read as plain text', () => {
    const line =
      '\x1b[90m2026-12-03T15:41:40Z\x1b[0m \x1b[1m\x1b[31mFTL\x1b[0m\x1b[0m \x1b[1m/workspace/cmd/user/db.go:52\x1b[0m\x1b[36m >\x1b[0m (Unauthorized) command insert requires authentication';
    expect(stripAnsi(line)).toBe(
      '2026-12-03T15:41:40Z FTL /workspace/cmd/user/db.go:52 > (Unauthorized) command insert requires authentication',
    );
  });

  it('leaves text without escapes unchanged, and the counts of coloured text equal those of the plain text', () => {
    const colours = fc.constantFrom('\x1b[0m', '\x1b[1m', '\x1b[31m', '\x1b[1;32m', '\x1b[90m', '\x1b[36m');
    const words = fc.constantFrom(
      'ERR',
      'panic:',
      'Error parsing option "x" as int in: y',
      'requires authentication',
      'ok',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(colours, words), { maxLength: 12 }), (parts) => {
        const plain = parts.map(([, w]) => w).join('');
        const coloured = parts.map(([c, w]) => `${c}${w}\x1b[0m`).join('');
        expect(stripAnsi(plain)).toBe(plain);
        expect(stripAnsi(coloured)).toBe(plain);
        expect(logsAttributes(stripAnsi(coloured), graph, 'user')).toEqual(
          logsAttributes(plain, graph, 'user'),
        );
      }),
    );
  });
});

describe('logsAttributes — egressBlocked (the mesh sends the component\u2019s own calls nowhere)', () => {
  it('counts BlackHoleCluster and block_all lines of its sidecar, not its passthrough or routed calls', () => {
    const text = [
      '[2026-05-22T08:23:00.000Z] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" BlackHoleCluster - 142.250.180.80:443 192.168.40.165:46142 - -',
      '[2026-05-22T08:24:00.000Z] "GET /books/v1/volumes HTTP/1.1" 502 - direct_response - "-" 0 0 0 - "-" "Ruby" "9f1c" "www.googleapis.com" "-" - - 142.250.180.80:80 192.168.40.165:46150 block_all -',
      '[2026-05-22T08:25:00.000Z] "- - -" 0 - - - "-" 1180 5120 84 - "-" "-" "-" "-" "142.250.180.80:443" PassthroughCluster 192.168.40.165:46160 142.250.180.80:443 192.168.40.165:46158 - -',
      '[2026-05-22T08:26:00.000Z] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 4 3 "-" "python" "2879" "details:9080" "10.0.1.5:9080" outbound|9080||details.bookinfo.svc.cluster.local 10.0.1.9',
    ].join('\n');
    expect(logsAttributes(text, graph, 'user')).toMatchObject({ egressBlocked: 2 });
  });
});

describe('logsAttributes — unknownHosts (names looked up that exist nowhere)', () => {
  it('counts "no such host" lookups of a name no component carries or resembles', () => {
    const text = [
      '{"message":"failed to charge card: rpc error: code = Unavailable desc = dns: A record lookup error: lookup badAddress on 10.52.0.10:53: no such host","severity":"warn"}',
      'java.net.UnknownHostException: http',
      'Error: getaddrinfo ENOTFOUND badAddress',
    ].join('\n');
    expect(logsAttributes(text, graph, 'user')).toMatchObject({
      unknownHostLines: 3,
      unknownHosts: ['badaddress', 'http'],
    });
  });
  it('not a known name, a misspelt known name, an IP, nor a resolver that did not answer', () => {
    const text = [
      'lookup user on 10.52.0.10:53: no such host',
      'java.net.UnknownHostException: user-servce.hotels.svc.cluster.local',
      'lookup 10.0.0.7 on 10.52.0.10:53: no such host',
      'lookup badAddress on 10.52.0.10:53: server misbehaving',
      'psycopg2.OperationalError: could not translate host name "badaddress" to address: Temporary failure in name resolution',
    ].join('\n');
    expect(logsAttributes(text, graph, 'user')).toMatchObject({ unknownHostLines: 0, unknownHosts: [] });
  });
});
