// Blind dev batch s117d (no-fault incidents): TeaStore scenario spec for scripts/s2-scenario-kit.mjs.
// VPN users cannot reach the shop (a VPN split-tunnel change outside the cluster); decoy: persistence OOM-restarted in the window, webui errors.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-05-18T09:50:00Z';
const T = clock(INC);
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/-(\d\d)-(\d\d) /, (_, mo, d) => `-${mo}-${d} `)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} ${msg}`;
const web = [cat(-50, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Service teastore-persistence available at 10.244.3.40:8080')];
for (let i = 0; i < 36; i++) web.push(cat(-26 + i * 0.05, 'WARNING', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Service teastore-persistence not reachable: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'));
web.push(cat(-23.5, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Service teastore-persistence available at 10.244.3.40:8080'));
export const scenarios = [
  {
    folder: 's117d-vpn-users-cant-open-shop',
    incidentTime: INC,
    description: 'ppl on the GlobalProtect VPN cant open the tea shop since ~9:15, works fine from the office LAN. is webui down? persistance restarted this morning',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
    workloads: {
      'teastore-persistence': {
        pods: [{
          containers: {
            'teastore-persistence': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-25.8), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-26.1) } }),
          },
          readyTransition: T.iso(-25.7),
        }],
      },
    },
    events: [
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -26 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 236712104 bytes.', first: -25.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container: teastore-persistence', first: -25.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -25.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': web,
      'teastore-persistence#0/teastore-persistence': [
        `${T.java(-25.6).replace(' ', ' ')} INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [812] milliseconds`,
        `${T.java(-23.8)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [106033] milliseconds`,
      ],
    },
    grounding: `No fault. The network team pushed a GlobalProtect split-tunnel change at 09:12 that stopped routing the on-prem 192.168.50.0/24
      node range (where the webui NodePort 30080 lives) through the tunnel; VPN users' browsers time out before reaching the cluster, office
      LAN users are served normally. Nothing in the cluster is wrong. Decoy inside the hour: teastore-persistence (Tomcat, no limits upstream;
      killed by the kernel at node memory pressure is not claimed, reason OOMKilled as containerd reports it) restarted once at 09:24 and has
      served since 09:26, with webui's registry client logging ~36 "not reachable ... Connection refused" warnings over two minutes.
      Deviation: persistence given a memory limit in this cluster is not modelled; log lines follow Tomcat/JUL format loosely.`,
  },
];
