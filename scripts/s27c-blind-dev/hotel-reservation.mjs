// s27c blind dev scenario for DeathStarBench hotelReservation (session-3 system, scripts/s3-scenarios/hotel-reservation.mjs):
// a routine consul image bump restarts the dev-mode agent, whose in-memory catalog loses every service registered at start.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-05-19T14:19:00Z';
const T = clock(INC);
const R = -14; // consul rollout
// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339, Caller, colours on)
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
// grpc-go v1.56 default logger (errors only, "ERROR: " prefix before the date) printing grpc-consul-resolver's watch errors
const gerr = (min, svc, idx, err) =>
  `ERROR: ${T.go(min)} [Consul resolver] Couldn't fetch endpoints. target={service='${svc}' healthy='false' tag=''}; error={Get "http://consul:8500/v1/health/service/${svc}?index=${idx}": ${err}}`;
const hcl = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? ' ' : ''} ${msg}`;
const frontendBoot = (min) => [
  zl(min, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
  zl(min, 'INF', 'cmd/frontend/main.go:44', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
  zl(min, 'INF', 'cmd/frontend/main.go:49', 'Jaeger agent initialized'),
  zl(min, 'INF', 'cmd/frontend/main.go:51', 'Initializing consul agent [host: consul:8500]...'),
  zl(min, 'INF', 'cmd/frontend/main.go:56', 'Consul agent initialized'),
  zl(min, 'INF', 'cmd/frontend/main.go:67', 'Starting server...'),
  zl(min, 'INF', 'services/frontend/server.go:57', 'Loading static content...'),
  zl(min, 'INF', 'services/frontend/server.go:63', 'Initializing gRPC clients...'),
  zl(min, 'INF', 'services/frontend/server.go:92', 'Successful'),
  zl(min, 'INF', 'services/frontend/server.go:118', 'Serving http'),
];
const frontendErr = (k) =>
  ['srv-search', 'srv-profile', 'srv-recommendation', 'srv-user', 'srv-reservation'].map((svc, j) =>
    gerr(R + 0.05 + j * 0.002 + k * 0.001, svc, 1840 + j * 7 + k, 'EOF'));
const consulNode = '%POD%';
const consulLog = [
  '==> Starting Consul agent...',
  "               Version: '1.20.2'",
  "            Build Date: '2025-01-03 14:38:40 +0000 UTC'",
  "               Node ID: '6b1f0c2e-93d4-4b8e-a7d1-2f9c5e80a341'",
  `             Node name: '${consulNode}'`,
  "            Datacenter: 'dc1' (Segment: '<all>')",
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
  hcl(R + 0.01, 'INFO', 'agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:6b1f0c2e-93d4-4b8e-a7d1-2f9c5e80a341 Address:127.0.0.1:8300}]"'),
  hcl(R + 0.01, 'INFO', 'agent.server.raft: entering follower state: follower="Node at 127.0.0.1:8300 [Follower]" leader-address= leader-id='),
  hcl(R + 0.01, 'INFO', `agent.server.serf.wan: serf: EventMemberJoin: ${consulNode}.dc1 127.0.0.1`),
  hcl(R + 0.01, 'INFO', `agent.server.serf.lan: serf: EventMemberJoin: ${consulNode} 127.0.0.1`),
  hcl(R + 0.012, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=udp'),
  hcl(R + 0.012, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=tcp'),
  hcl(R + 0.012, 'INFO', 'agent: Starting server: address=[::]:8500 network=tcp protocol=http'),
  hcl(R + 0.013, 'INFO', 'agent: Consul agent running!'),
  hcl(R + 0.02, 'WARN', 'agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id='),
  hcl(R + 0.02, 'INFO', 'agent.server.raft: entering candidate state: node="Node at 127.0.0.1:8300 [Candidate]" term=2'),
  hcl(R + 0.02, 'INFO', 'agent.server.raft: election won: term=2 tally=1'),
  hcl(R + 0.02, 'INFO', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
  hcl(R + 0.021, 'INFO', 'agent.server: cluster leadership acquired'),
  hcl(R + 0.021, 'INFO', `agent.server: New leader elected: payload=${consulNode}`),
  hcl(R + 0.022, 'INFO', `agent.leader: started routine: routine="CA root pruning"`),
  hcl(R + 0.022, 'INFO', `agent.server: member joined, marking health alive: member=${consulNode} partition=default`),
  hcl(R + 0.03, 'INFO', 'agent: Synced node info'),
];

export const scenarios = [
  {
    folder: 's27c-consul-devmode-catalog-lost',
    description: 'hotel site broken for everyone - search and login return 500 "last resolver error: produced zero addresses", since ~14:05',
    incidentTime: INC,
    expected: { component: 'consul', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'consul', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['time-expression', 'pods-ready', 'callers-only', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation at 6ecb097: consul runs the hashicorp/consul image's default command (agent -dev
      -client 0.0.0.0), so its catalog lives in memory; each Go service registers itself once at start
      (registry.Register -> Agent().ServiceRegister, no health check, no re-registration), and the frontend and search dial
      consul://consul:8500/srv-<name> through the vendored mbobakov/grpc-consul-resolver (blocking health queries) with the
      round_robin policy (dialer.WithBalancer). At 14:05 a Renovate merge synced by the GitOps controller bumped consul from
      1.19.2 to 1.20.2: the new agent starts empty and healthy (Running, Ready, no probes upstream). The resolvers' long polls
      on the old agent end with EOF (grpc-go v1.56's default logger prints the resolver's "[Consul resolver] Couldn't fetch
      endpoints. target={service='srv-search' ...}; error={... EOF}" once per target), then the new agent answers with zero
      entries, and every RPC fails "rpc error: code = Unavailable desc = last resolver error: produced zero addresses"; the
      frontend returns that text with a 500 (http.Error, it logs nothing itself). Every backend is Running and Ready and
      idle. A careful engineer names consul: service discovery is gone because the restart wiped the registrations
      (dependency-down on consul); the image bump that restarted it is also accepted (bad-deploy-rollout). Decoy: jaeger's
      all-in-one was OOM-killed two days earlier (in-memory span storage at its 1Gi limit) and restarted cleanly.
    `,
    workloads: {
      consul: {
        containers: { consul: { image: 'hashicorp/consul:1.20.2' } },
        rollout: { at: R, revision: 3, oldContainers: { consul: { image: 'hashicorp/consul:1.19.2' } } },
        endpointsChanged: R + 0.1,
      },
      jaeger: {
        pods: [{ containers: { 'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 49 - 0.05) } }) } }],
      },
    },
    events: [
      { on: 'deploy:consul', reason: 'ScalingReplicaSet', message: 'Scaled up replica set consul-%NEW% to 1', first: R, last: R },
      { on: 'deploy:consul', reason: 'ScalingReplicaSet', message: 'Scaled down replica set consul-%OLD% to 0 from 1', first: R + 0.05, last: R + 0.05 },
      { on: 'pod:consul#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: R, last: R },
      { on: 'pod:consul#0', reason: 'Pulling', message: 'Pulling image "hashicorp/consul:1.20.2"', first: R + 0.005, last: R + 0.005, fieldPath: 'spec.containers{consul}' },
      { on: 'pod:consul#0', reason: 'Pulled', message: 'Successfully pulled image "hashicorp/consul:1.20.2" in 3.87s (3.87s including waiting). Image size: 64110552 bytes.', first: R + 0.01, last: R + 0.01, fieldPath: 'spec.containers{consul}' },
      { on: 'pod:consul#0', reason: 'Created', message: 'Created container consul', first: R + 0.01, last: R + 0.01, fieldPath: 'spec.containers{consul}' },
      { on: 'pod:consul#0', reason: 'Started', message: 'Started container consul', first: R + 0.01, last: R + 0.01, fieldPath: 'spec.containers{consul}' },
    ],
    logs: {
      'consul#0/consul': consulLog,
      'frontend#0/hotel-reserv-frontend': [...frontendBoot(-60 * 24 * 9 + 0.4), ...frontendErr(0)],
      'frontend#1/hotel-reserv-frontend': [...frontendBoot(-60 * 24 * 9 + 0.5), ...frontendErr(1)],
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 9 + 0.4, 'INF', 'cmd/search/main.go:23', 'Reading config...'),
        zl(-60 * 24 * 9 + 0.4, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-search, id: 3c9e5d0a-7f21-4b6e-9a58-d1e0b4f7c263, address: %PODIP%:8082 ]'),
        zl(-60 * 24 * 9 + 0.4, 'INF', 'services/search/server.go:86', 'Successfully registered in consul'),
        gerr(R + 0.05, 'srv-geo', 1833, 'EOF'),
        gerr(R + 0.051, 'srv-rate', 1836, 'EOF'),
      ],
    },
  },
];
