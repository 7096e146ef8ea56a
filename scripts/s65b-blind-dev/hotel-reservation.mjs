// Blind dev batch s65b, hotel-reservation: the session-3 DeathStarBench system (scripts/s3-scenarios/hotel-reservation.mjs)
// and one scenario, the consul -dev agent recreated empty so every gRPC client's consul resolver ends with zero addresses.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-06-03T09:30:00Z';
const T = clock(INC);
// zerolog ConsoleWriter as the session-3 system prints it (colours kept by kubectl logs)
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const tune = (min) => [
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
];
// grpc-go's default grpclog logger (stderr, log.LstdFlags): only ERROR is printed when GRPC_GO_LOG_SEVERITY_LEVEL is unset
const glog = (min, msg) => `${T.go(min)} ERROR: ${msg}`;
// hclog, as consul prints it
const hcl = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${lvl.length === 4 ? '  ' : ' '}${msg}`;

const BOOT = -60 * 24 * 9;
const RESTART = -19.2; // consul pod deleted, the ReplicaSet creates a new one
const target = (svc) => `service='${svc}' healthy='false' tag=''`;

// What one gRPC client process logs from its consul resolvers across the consul restart.
function resolverErrors(services, oldIndex, consulSvcIp, jitter) {
  const out = [];
  for (const [i, svc] of services.entries()) {
    const t0 = RESTART + 0.01 + i * 0.0003;
    out.push([t0, glog(t0, `[Consul resolver] Couldn't fetch endpoints. target={${target(svc)}}; error={Get "http://consul:8500/v1/health/service/${svc}?index=${oldIndex[svc]}": EOF}`)]);
    for (const k of [0.02, 0.04, 0.06]) out.push([t0 + k, glog(t0 + k, `[Consul resolver] Couldn't fetch endpoints. target={${target(svc)}}; error={Get "http://consul:8500/v1/health/service/${svc}?index=${oldIndex[svc]}": dial tcp ${consulSvcIp}:8500: connect: connection refused}`)]);
    // the first answer of the new agent comes after the 5 min blocking wait (index went backwards) and is empty;
    // every later wait returns the same empty list again
    for (let m = RESTART + 0.3 + 5 + jitter + i * 0.004; m < -0.05; m += 5 + jitter / 2) {
      out.push([m, glog(m, "[Consul resolver] Couldn't update client connection. error={bad resolver state}")]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

const FRONT_SVCS = ['srv-search', 'srv-profile', 'srv-recommendation', 'srv-user', 'srv-reservation'];
const IDX = { 'srv-search': 31, 'srv-profile': 27, 'srv-recommendation': 29, 'srv-user': 33, 'srv-reservation': 35, 'srv-geo': 23, 'srv-rate': 25 };

function frontendLogs(jitter) {
  const s = BOOT + 0.3;
  const boot = [
    ...tune(s),
    zl(s, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
    zl(s, 'INF', 'cmd/frontend/main.go:44', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
    zl(s, 'INF', 'cmd/frontend/main.go:49', 'Jaeger agent initialized'),
    zl(s, 'INF', 'cmd/frontend/main.go:51', 'Initializing consul agent [host: consul:8500]...'),
    zl(s, 'INF', 'cmd/frontend/main.go:56', 'Consul agent initialized'),
    zl(s, 'INF', 'cmd/frontend/main.go:67', 'Starting server...'),
    zl(s, 'INF', 'services/frontend/server.go:57', 'Loading static content...'),
    zl(s, 'INF', 'services/frontend/server.go:63', 'Initializing gRPC clients...'),
  ];
  for (const svc of FRONT_SVCS) {
    boot.push(zl(s, 'INF', 'services/frontend/server.go:195', 'get Grpc conn is :'), zl(s, 'INF', 'services/frontend/server.go:196', ''), zl(s, 'INF', 'services/frontend/server.go:197', `${svc}.`));
  }
  boot.push(zl(s, 'INF', 'services/frontend/server.go:92', 'Successful'), zl(s, 'INF', 'services/frontend/server.go:118', 'Serving http'));
  return [...boot, ...resolverErrors(FRONT_SVCS, IDX, '%SVCIP:consul%', jitter)];
}

function registeredBoot(svc, port, cmd, extra = []) {
  const s = BOOT + 0.2;
  const id = { search: '1f0c7e2a-53b4-4d7e-9b1c-6a2e8f4d3c10', geo: '8d2b9a41-0e7c-4f3a-a5d6-2c9e1b7f4a83' }[svc];
  return [
    ...tune(s),
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 23 : 24}`, 'Reading config...'),
    ...extra,
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 49 : 47}`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 54 : 52}`, 'Jaeger agent initialized'),
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 56 : 54}`, 'Initializing consul agent [host: consul:8500]...'),
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 61 : 59}`, 'Consul agent initialized'),
    zl(s, 'INF', `cmd/${cmd}/main.go:${svc === 'geo' ? 71 : 70}`, 'Starting server...'),
    zl(s + 0.01, 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-${svc}, id: ${id}, address: %PODIP%:${port} ]`),
    zl(s + 0.01, 'INF', `services/${svc}/server.go:${svc === 'geo' ? 85 : 86}`, 'Successfully registered in consul'),
  ];
}

function consulLogs() {
  const s = RESTART + 0.085;
  const nodeId = '6f3d2a91-7c4e-b8a0-1d25-9e4f0c7b3a62';
  const out = [
    '==> Starting Consul agent...',
    "               Version: '1.19.2'",
    "            Build Date: '2024-08-27 16:06:44 +0000 UTC'",
    `               Node ID: '${nodeId}'`,
    "             Node name: '%POD%'",
    "            Datacenter: 'dc1' (Default Partition: 'default')",
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
    hcl(s, 'INFO', `agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:${nodeId} Address:127.0.0.1:8300}]"`),
    hcl(s, 'INFO', 'agent.server.raft: entering follower state: follower="Node at 127.0.0.1:8300 [Follower]" leader-address= leader-id='),
    hcl(s + 0.001, 'INFO', 'agent.server.serf.wan: serf: EventMemberJoin: %POD%.dc1 127.0.0.1'),
    hcl(s + 0.001, 'INFO', 'agent.server.serf.lan: serf: EventMemberJoin: %POD% 127.0.0.1'),
    hcl(s + 0.002, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=udp'),
    hcl(s + 0.002, 'INFO', 'agent: Starting server: address=[::]:8500 network=tcp protocol=http'),
    hcl(s + 0.002, 'INFO', 'agent: Consul agent running!'),
    hcl(s + 0.02, 'WARN', 'agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id='),
    hcl(s + 0.02, 'INFO', 'agent.server.raft: entering candidate state: node="Node at 127.0.0.1:8300 [Candidate]" term=2'),
    hcl(s + 0.02, 'INFO', 'agent.server.raft: election won: term=2 tally=1'),
    hcl(s + 0.02, 'INFO', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
    hcl(s + 0.021, 'INFO', 'agent.server: cluster leadership acquired'),
    hcl(s + 0.021, 'INFO', 'agent.server: New leader elected: payload=%POD%'),
    hcl(s + 0.022, 'INFO', 'agent.leader: started routine: routine="federation state anti-entropy"'),
    hcl(s + 0.022, 'INFO', 'agent.server: member joined, marking health alive: member=%POD% partition=default'),
    hcl(s + 0.03, 'INFO', 'agent: Synced node info'),
  ];
  const lines = [];
  // the clients' blocking queries: the first one still carries the old agent's index, so it waits out the full 5 min
  const clients = [
    ['%IPOF:frontend#0%', FRONT_SVCS, 0.35], ['%IPOF:frontend#1%', FRONT_SVCS, 0.52], ['%IPOF:search#0%', ['srv-geo', 'srv-rate'], 0.41],
  ];
  clients.forEach(([from, svcs, jitter], c) => {
    svcs.forEach((svc, i) => {
      let idx = IDX[svc];
      for (let m = RESTART + 0.3 + 5 + jitter + i * 0.004; m < -0.05; m += 5 + jitter / 2) {
        const lat = `5m${(jitter * 9 + i * 0.13 + 0.2).toFixed(6)}s`;
        lines.push([m, hcl(m, 'DEBUG', `agent.http: Request finished: method=GET url=/v1/health/service/${svc}?index=${idx} from=${from}:${41000 + c * 977 + i * 31} latency=${lat}`)]);
        idx = 14;
      }
    });
  });
  for (let m = s + 1.1; m < -0.05; m += 1.37) lines.push([m, hcl(m, 'DEBUG', 'agent: Node info in sync')]);
  return [...out, ...lines.sort((a, b) => a[0] - b[0]).map((x) => x[1])];
}

function jaegerLogs() {
  const s = -60 * 24 * 3 + 0.3;
  const j = (min, level, msg, extra = '') => `{"level":"${level}","ts":${(Date.parse(T.isoMs(min)) / 1000).toFixed(7)},"caller":"${extra}","msg":"${msg}"}`;
  return [
    j(s, 'info', 'Memory storage initialized', 'memory/factory.go:99'),
    j(s, 'info', 'Starting jaeger-collector gRPC server', 'server/grpc.go:104'),
    j(s, 'info', 'Query server started', 'app/server.go:349'),
    j(s, 'info', 'Health Check state change', 'healthcheck/handler.go:118'),
  ];
}

export const scenarios = [
  {
    folder: 's65b-consul-dev-agent-recreated-empty',
    description: 'hotel search + recommendations returning 500 for ~15 min, homepage loads fine. nobody deployed anything today',
    incidentTime: INC,
    expected: { component: 'consul', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      Manifest and code facts (DeathStarBench hotelReservation at 6ecb097): kubernetes/consul runs the image's default
      command, "agent -dev -client 0.0.0.0", so the catalog lives in memory; registry/registry.go registers each service
      once at start (AgentServiceRegistration, no check, no TTL, never re-registered); services/frontend and
      services/search dial "consul://consul:8500/srv-<name>" through mbobakov/grpc-consul-resolver v1.5.3 with the
      round_robin balancer of grpc-go 1.56.3.
      Fault: at 09:10 the platform on-call deleted the consul pod (to clear a DNS forwarding test), the ReplicaSet made a
      new one within seconds, Ready at once (no probe). The new -dev agent starts with an empty catalog, and no service
      registers again. Each client's resolver first loses its blocking query (EOF, then connection refused while the
      Service has no endpoint), then re-asks with its old index; consul blocks for the 5 min default wait because that
      index is ahead of the new agent's, then answers an empty list. grpc-go's base balancer removes every SubConn and
      rejects the state ("produced zero addresses" -> ErrBadResolverState), the resolver logs "Couldn't update client
      connection. error={bad resolver state}", and every RPC through that ClientConn fails with "Unavailable desc = last
      resolver error: produced zero addresses"; the frontend answers 500 without logging it (searchHandler returns
      err.Error() to the client). geo, rate, profile, user, reservation and recommendation themselves stay healthy and
      silent. The consul pod is Running, Ready and 19 minutes old with restartCount 0; its DEBUG log shows the clients'
      blocking queries finishing after ~5 min and no "PUT /v1/agent/service/register" since it started. Real-world
      shape: consul -dev docs ("all data is kept in memory ... never use in production") and the many reports of
      services vanishing from consul after an agent restart when they register only at boot.
      Decoy: jaeger (all-in-one, in-memory storage, limit 1Gi) was OOMKilled 3 days ago and has run since.
      Deviations: none in the manifests; the pod deletion and its reason are invented.`,
    workloads: {
      consul: {
        pods: [{ created: T.iso(RESTART), node: 'aks-nodepool1-27419563-vmss000001', readyTransition: T.iso(RESTART + 0.09), containers: { consul: cs.running(T.iso(RESTART + 0.08)) } }],
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:consul#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: RESTART, last: RESTART },
      { on: 'pod:consul#0', reason: 'Pulled', fieldPath: 'spec.containers{consul}', message: 'Container image "hashicorp/consul:1.19.2" already present on machine', first: RESTART + 0.05, last: RESTART + 0.05 },
      { on: 'pod:consul#0', reason: 'Created', fieldPath: 'spec.containers{consul}', message: 'Created container consul', first: RESTART + 0.06, last: RESTART + 0.06 },
      { on: 'pod:consul#0', reason: 'Started', fieldPath: 'spec.containers{consul}', message: 'Started container consul', first: RESTART + 0.07, last: RESTART + 0.07 },
    ],
    logs: {
      'consul#0/consul': consulLogs(),
      'frontend#0/hotel-reserv-frontend': frontendLogs(0.35),
      'frontend#1/hotel-reserv-frontend': frontendLogs(0.52),
      'search#0/hotel-reserv-search': [
        ...registeredBoot('search', 8082, 'search'),
        ...resolverErrors(['srv-geo', 'srv-rate'], IDX, '%SVCIP:consul%', 0.41),
      ],
      'geo#0/hotel-reserv-geo': registeredBoot('geo', 8083, 'geo', [zl(BOOT + 0.2, 'INF', 'cmd/geo/main.go:36', 'Initializing DB connection...')]),
      'jaeger#0/hotel-reserv-jaeger': jaegerLogs(),
    },
  },
];
