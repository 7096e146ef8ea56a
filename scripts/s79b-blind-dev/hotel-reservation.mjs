// Blind dev batch s79b, DeathStarBench hotelReservation: one scenario spec for the kit (scripts/s2-scenario-kit.mjs).
// The consul agent is put into node maintenance mode; every service turns critical and the gRPC resolvers drop all addresses.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const IT = '2026-11-19T09:41:00Z';
const T = clock(IT);
// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, Caller(), colours kept by kubectl logs)
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// consul hclog
const hc = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? '  ' : ' '}${msg}`;
const NOADDR = 'rpc error: code = Unavailable desc = there is no address available';
const boot = (min, svc, port) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  zl(min, 'INF', `cmd/${svc}/main.go:36`, `Read target port: ${port}`),
  zl(min, 'INF', `cmd/${svc}/main.go:37`, 'Read consul address: consul:8500'),
  zl(min, 'INF', `cmd/${svc}/main.go:38`, 'Read jaeger address: jaeger:6831'),
  zl(min, 'INF', `cmd/${svc}/main.go:48`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min, 'INF', `cmd/${svc}/main.go:53`, 'Jaeger agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:55`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min, 'INF', `cmd/${svc}/main.go:60`, 'Consul agent initialized'),
  zl(min, 'INF', `cmd/${svc}/main.go:71`, 'Starting server...'),
];
const consulBoot = (min) => [
  '==> Starting Consul agent...',
  '               Version: \'1.19.2\'',
  '            Build Date: \'2024-08-27 16:06:44 +0000 UTC\'',
  '               Node ID: \'3f6b2d1a-8c47-e905-4b1d-72a9c0e5f381\'',
  '             Node name: \'%POD%\'',
  '            Datacenter: \'dc1\' (Segment: \'<all>\')',
  '                Server: true (Bootstrap: false)',
  '           Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: -1, gRPC: 8502, gRPC-TLS: 8503, DNS: 8600)',
  '          Cluster Addr: 127.0.0.1 (LAN: 8301, WAN: 8302)',
  '     Gossip Encryption: false',
  '      Auto-Encrypt-TLS: false',
  '           ACL Enabled: false',
  '     Reporting Enabled: false',
  '    ACL Default Policy: allow',
  '             HTTPS TLS: Verify Incoming: false, Verify Outgoing: false, Min Version: TLSv1_2',
  '              gRPC TLS: Verify Incoming: false, Min Version: TLSv1_2',
  '      Internal RPC TLS: Verify Incoming: false, Verify Outgoing: false (Verify Hostname: false), Min Version: TLSv1_2',
  '',
  '==> Log data will now stream in as it occurs:',
  '',
  hc(min, 'INFO', 'agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:3f6b2d1a-8c47-e905-4b1d-72a9c0e5f381 Address:127.0.0.1:8300}]"'),
  hc(min, 'INFO', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
  hc(min, 'INFO', 'agent.server: cluster leadership acquired'),
  hc(min, 'INFO', 'agent.server: New leader elected: payload=%POD%'),
  hc(min, 'INFO', 'agent: Synced node info'),
  hc(min, 'INFO', 'agent: Consul agent running!'),
];

export const scenarios = [
  {
    folder: 's79b-consul-node-maintenance',
    incidentTime: IT,
    description: 'hotel site: search and login both erroring since ~9:15, frontend returns 500 "there is no address available". nothing deployed this morning, all pods green. platform was prepping the consul migration',
    expected: { component: 'consul', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest/code facts (SOURCES.md): consul runs hashicorp/consul:1.19.2 as a single -dev agent (client 0.0.0.0, HTTP 8500); every Go
      service registers itself in consul at start with no health check of its own (registry/registry.go) and dials srv-<name> through
      the consul resolver of dialer/dialer.go (olivere/grpc lb/consul: Health().Service(name, tag, passingOnly=true) feeding
      grpc.RoundRobin), so an instance is only dialled while consul reports it passing.
      Fault: 27 minutes before the incident a platform engineer following a "migrate consul to a 3-server StatefulSet" runbook ran
      \`consul maint -enable -reason "migrating to consul-server statefulset"\` inside the live consul pod. Node maintenance adds the
      critical check _node_maintenance to the agent's node, and because all services are registered on that node every service
      instance turns critical: the passing-only health queries return nothing, the resolvers delete every address, and each RPC fails
      fast with "rpc error: code = Unavailable desc = there is no address available" (grpc's round-robin balancer with an empty address
      list). Consul itself stays Ready with 0 restarts and logs only "Node entered maintenance mode"; the catalog is intact (unlike a
      restarted -dev agent). Callers (frontend, search, reservation) are the loud ones; mongodb/memcached paths are unaffected.
      Public source: HashiCorp docs for \`consul maint\` (node maintenance marks all services on the node unavailable, used before
      planned node work) and the Consul health API's passing filter.
      Decoy: jaeger (all-in-one, in-memory storage, 1Gi limit) was OOMKilled three days ago; recommendation had a benign rollout two
      days ago (LOG_LEVEL DEBUG back to INFO). Deviations from upstream: none in the manifests; log line texts of the Go services are
      reconstructed in the zerolog format of the image.
    `,
    workloads: {
      consul: { since: -60 * 24 * 6 },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
      recommendation: {
        rollout: {
          at: -60 * 24 * 2,
          oldContainers: { 'hotel-reserv-recommendation': { env: [{ name: 'TLS', value: '0' }, { name: 'LOG_LEVEL', value: 'DEBUG' }, { name: 'JAEGER_SAMPLE_RATIO', value: '0.01' }, { name: 'MEMC_TIMEOUT', value: '2' }, { name: 'GC', value: '100' }] } },
        },
      },
    },
    events: [],
    logs: {
      'consul#0/consul': [
        ...consulBoot(-60 * 24 * 6),
        hc(-60 * 24 * 6 + 1, 'INFO', 'agent: Synced service: service=srv-geo-7c1e'),
        hc(-60 * 24 * 6 + 1, 'INFO', 'agent: Synced service: service=srv-rate-2f9a'),
        hc(-60 * 24 * 6 + 1, 'INFO', 'agent: Synced service: service=srv-search-b03d'),
        hc(-60 * 24 * 2 + 1, 'INFO', 'agent: Deregistered service: service=srv-recommendation-5e21'),
        hc(-60 * 24 * 2 + 1, 'INFO', 'agent: Synced service: service=srv-recommendation-a94c'),
        hc(-27.2, 'INFO', 'agent: Node entered maintenance mode'),
        hc(-27.2, 'INFO', 'agent: Synced check: check=_node_maintenance'),
      ],
      'search#0/hotel-reserv-search': [
        ...boot(-60 * 24 * 6, 'search', 8082),
        zl(-26.8, 'ERR', 'services/search/server.go:94', `SearchHandler geo.Nearby failed: ${NOADDR}`),
        zl(-12, 'ERR', 'services/search/server.go:94', `SearchHandler geo.Nearby failed: ${NOADDR}`),
        zl(-0.6, 'ERR', 'services/search/server.go:94', `SearchHandler geo.Nearby failed: ${NOADDR}`),
      ],
      'frontend#0/hotel-reserv-frontend': [
        ...boot(-60 * 24 * 6, 'frontend', 5000),
        zl(-26.9, 'ERR', 'services/frontend/server.go:149', `searchHandler Nearby: ${NOADDR}`),
        zl(-26.5, 'ERR', 'services/frontend/server.go:318', `userHandler CheckUser: ${NOADDR}`),
        zl(-15, 'ERR', 'services/frontend/server.go:149', `searchHandler Nearby: ${NOADDR}`),
        zl(-9, 'ERR', 'services/frontend/server.go:262', `reservationHandler CheckUser: ${NOADDR}`),
        zl(-1.1, 'ERR', 'services/frontend/server.go:149', `searchHandler Nearby: ${NOADDR}`),
      ],
      'frontend#1/hotel-reserv-frontend': [
        ...boot(-60 * 24 * 6, 'frontend', 5000),
        zl(-26.7, 'ERR', 'services/frontend/server.go:149', `searchHandler Nearby: ${NOADDR}`),
        zl(-20, 'ERR', 'services/frontend/server.go:204', `recommendHandler GetRecommendations: ${NOADDR}`),
        zl(-4, 'ERR', 'services/frontend/server.go:318', `userHandler CheckUser: ${NOADDR}`),
      ],
      'geo#0/hotel-reserv-geo': [
        ...boot(-60 * 24 * 6, 'geo', 8083),
      ],
      'jaeger#0/hotel-reserv-jaeger': [
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-60 * 24 * 3 + 0.3)) / 1000, caller: 'flags/service.go:110', msg: 'Mounting metrics handler on admin server', route: '/metrics' }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-60 * 24 * 3 + 0.3)) / 1000, caller: 'memory/factory.go:85', msg: 'Memory storage initialized', configuration: { MaxTraces: 0 } }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-60 * 24 * 3 + 0.35)) / 1000, caller: 'app/server.go:283', msg: 'Query server started', 'http_addr': '[::]:16686', 'grpc_addr': '[::]:16685' }),
      ],
    },
  },
];
