// Blind dev batch s61c, hotel-reservation: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A routine consul image bump restarts the -dev agent, whose catalog lives in memory; no service registers again.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INC = '2026-03-10T14:31:00Z';
const T = clock(INC);
// grpc-go's default logger (log.LstdFlags, then the severity) as the consul resolver's grpclog.Errorf prints it, on stderr.
const glog = (min, msg) => `${T.go(min)} ERROR: [Consul resolver] ${msg}`;
const badState = (min) => glog(min, "Couldn't update client connection. error={bad resolver state}");
const fetchEof = (min, svc, idx) =>
  glog(min, `Couldn't fetch endpoints. target={service='${svc}' healthy='false' tag=''}; error={Get "http://consul:8500/v1/health/service/${svc}?index=${idx}": EOF}`);
// hashicorp/consul 1.20 hclog lines.
const hc = (min, lvl, msg) => `${T.isoMs(min)} [${lvl}]${' '.repeat(Math.max(1, 6 - lvl.length))}${msg}`;

// frontend dials srv-search/-profile/-recommendation/-user/-reservation and (image 6ecb097) srv-review/-attractions, which this
// install does not run: those two have resolved to zero addresses since the frontend started (a line each per blocking query).
const frontendLog = (shift) => {
  const out = [];
  for (let m = -58; m < -19; m += 5.02) out.push(badState(m + shift), badState(m + shift + 0.01));
  out.push(
    ...['srv-search', 'srv-profile', 'srv-recommendation', 'srv-user', 'srv-reservation', 'srv-review', 'srv-attractions'].map((s, i) =>
      fetchEof(-19.38 + shift * 0.01, s, [2163, 2151, 2157, 2160, 2162, 14, 14][i]),
    ),
  );
  for (let k = 0; k < 5; k++) out.push(badState(-19.35 + k * 0.002 + shift * 0.01));
  for (let m = -14.3; m < 0; m += 5.02) for (let k = 0; k < 7; k++) out.push(badState(m + shift + k * 0.003));
  return out.sort();
};

const consulLog = [
  '==> Starting Consul agent...',
  "               Version: '1.20.1'",
  "            Build Date: '2024-10-29 19:04:05 +0000 UTC'",
  "               Node ID: '5f0c2e8b-7a41-d3c6-19e2-b84d06a7f351'",
  "             Node name: '%POD%'",
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
  hc(-19.42, 'WARN', 'agent: BootstrapExpect is set to 1; this is the same as Bootstrap mode.'),
  hc(-19.42, 'WARN', 'agent: bootstrap = true: do not enable unless necessary'),
  hc(-19.42, 'INFO', 'agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:5f0c2e8b-7a41-d3c6-19e2-b84d06a7f351 Address:127.0.0.1:8300}]"'),
  hc(-19.42, 'INFO', 'agent.server.raft: entering follower state: follower="Node at 127.0.0.1:8300 [Follower]" leader-address= leader-id='),
  hc(-19.42, 'INFO', 'agent.server.serf.wan: serf: EventMemberJoin: %POD%.dc1 127.0.0.1'),
  hc(-19.42, 'INFO', 'agent.server.serf.lan: serf: EventMemberJoin: %POD% 127.0.0.1'),
  hc(-19.42, 'INFO', 'agent.router: Initializing LAN area manager'),
  hc(-19.42, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=udp'),
  hc(-19.42, 'INFO', 'agent: Started DNS server: address=0.0.0.0:8600 network=tcp'),
  hc(-19.42, 'INFO', 'agent: Starting server: address=[::]:8500 network=tcp protocol=http'),
  hc(-19.42, 'INFO', 'agent: started state syncer'),
  hc(-19.42, 'INFO', 'agent: Consul agent running!'),
  hc(-19.41, 'WARN', 'agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id='),
  hc(-19.41, 'INFO', 'agent.server.raft: entering candidate state: node="Node at 127.0.0.1:8300 [Candidate]" term=2'),
  hc(-19.41, 'INFO', 'agent.server.raft: election won: term=2 tally=1'),
  hc(-19.41, 'INFO', 'agent.server.raft: entering leader state: leader="Node at 127.0.0.1:8300 [Leader]"'),
  hc(-19.41, 'INFO', 'agent.server: cluster leadership acquired'),
  hc(-19.41, 'INFO', 'agent.server: New leader elected: payload=%POD%'),
  hc(-19.41, 'INFO', 'agent.leader: started routine: routine="federation state anti-entropy"'),
  hc(-19.41, 'INFO', 'agent.leader: started routine: routine="federation state pruning"'),
  hc(-19.41, 'INFO', 'agent.leader: started routine: routine="streaming peering resources"'),
  hc(-19.41, 'INFO', 'agent.leader: started routine: routine="metrics for streaming peering resources"'),
  hc(-19.41, 'INFO', 'agent.leader: started routine: routine="peering deferred deletion"'),
  hc(-19.41, 'INFO', 'agent.server: member joined, marking health alive: member=%POD% partition=default'),
  hc(-19.4, 'INFO', 'agent.leader: started routine: routine="CA root pruning"'),
  hc(-19.4, 'INFO', 'agent.leader: started routine: routine="CA root expiration metric"'),
  hc(-19.4, 'INFO', 'agent.leader: started routine: routine="CA signing expiration metric"'),
  hc(-19.4, 'INFO', 'agent.server.autopilot: reconciliation now enabled'),
  hc(-19.39, 'INFO', 'agent: Synced node info'),
];

export const scenarios = [
  {
    folder: 's61c-consul-bump-wipes-dev-catalog',
    incidentTime: INC,
    description:
      'hotelres search + recommendations return 500 "rpc error: code = Unavailable desc = last resolver error: produced zero addresses" since ~14:12. every pod is running and ready, nothing restarted',
    expected: { component: 'consul', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'consul', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      The manifests run consul as hashicorp/consul with no args, i.e. the image's default "agent -dev -client 0.0.0.0": a dev-mode
      server whose catalog is in memory only. Every Go service registers itself exactly once, at start (registry/registry.go
      Register, "Successfully registered in consul" in services/*/server.go at 6ecb097), with no check and no re-registration, and
      every gRPC client resolves its peers through mbobakov/grpc-consul-resolver v1.5.3 (consul://consul:8500/srv-*), which watches
      /v1/health/service/<name> with blocking queries and hands the balancer whatever list comes back. This scenario's platform
      release (revision 4) bumps only the consul image, 1.19.2 -> 1.20.1 (the two ReplicaSet templates differ only by the image): the
      new agent starts with an empty catalog ("Synced node info" and nothing else), the long polls to the old pod end with EOF, and
      the next answers carry zero entries; grpc-go 1.56's round_robin then drops every SubConn ("produced zero addresses", the
      resolver logs "Couldn't update client connection. error={bad resolver state}") and every RPC of the frontend and search fails
      with Unavailable "last resolver error: produced zero addresses". No pod restarts, every pod stays Ready, geo/rate/profile/...
      are healthy and idle; only the callers' stderr shows the resolver errors, and the frontend does not log its 500s. The fault is
      the consul rollout (alsoAcceptable: consul as a dependency that is effectively down). Background noise: the 6ecb097 frontend
      also dials srv-review and srv-attractions, which this install does not run, so two "bad resolver state" lines per blocking-query
      timeout predate the incident. Decoy: jaeger (all-in-one, in-memory storage) was OOMKilled two days ago.
      Deviations from upstream: the consul image tags (the manifests use latest), the jaeger restart.
    `,
    workloads: {
      consul: {
        rollout: { at: -19.5, revision: 4, oldReplicas: 0, oldContainers: { consul: { image: 'hashicorp/consul:1.19.2' } } },
        containers: { consul: { image: 'hashicorp/consul:1.20.1' } },
        endpointsChanged: -19.41,
        pods: [{ created: T.iso(-19.5), readyTransition: T.iso(-19.42), containers: { consul: cs.running(T.iso(-19.42)) } }],
      },
      jaeger: {
        pods: [
          {
            containers: {
              'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 134), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 134.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:consul', reason: 'ScalingReplicaSet', message: 'Scaled up replica set consul-%NEW% to 1 from 0', first: -19.5 },
      { on: 'deploy:consul', reason: 'ScalingReplicaSet', message: 'Scaled down replica set consul-%OLD% to 0 from 1', first: -19.41 },
      { on: 'rs:consul', reason: 'SuccessfulCreate', message: 'Created pod: consul-%RS%', first: -19.5 },
      { on: 'pod:consul#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -19.5 },
      { on: 'pod:consul#0', fieldPath: 'spec.containers{consul}', reason: 'Pulling', message: 'Pulling image "hashicorp/consul:1.20.1"', first: -19.49 },
      { on: 'pod:consul#0', fieldPath: 'spec.containers{consul}', reason: 'Pulled', message: 'Successfully pulled image "hashicorp/consul:1.20.1" in 3.412s (3.412s including waiting). Image size: 68352146 bytes.', first: -19.43 },
      { on: 'pod:consul#0', fieldPath: 'spec.containers{consul}', reason: 'Created', message: 'Created container consul', first: -19.43 },
      { on: 'pod:consul#0', fieldPath: 'spec.containers{consul}', reason: 'Started', message: 'Started container consul', first: -19.42 },
    ],
    logs: {
      'consul#0/consul': consulLog,
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(0.7),
      'search#0/hotel-reserv-search': (() => {
        const out = [fetchEof(-19.37, 'srv-geo', 2158), fetchEof(-19.37, 'srv-rate', 2161), badState(-19.34), badState(-19.34)];
        for (let m = -14.25; m < 0; m += 5.02) out.push(badState(m), badState(m + 0.004));
        return out;
      })(),
      'jaeger#0/hotel-reserv-jaeger': [
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 2 - 133.9)) / 1000).toFixed(6)},"caller":"flags/service.go:110","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 2 - 133.9)) / 1000).toFixed(6)},"caller":"memory/factory.go:85","msg":"Memory storage initialized","configuration":{"MaxTraces":0}}`,
        `{"level":"info","ts":${(Date.parse(T.isoMs(-60 * 24 * 2 - 133.8)) / 1000).toFixed(6)},"caller":"app/server.go:287","msg":"Query server started","http_addr":"[::]:16686","grpc_addr":"[::]:16685"}`,
      ],
    },
  },
];
