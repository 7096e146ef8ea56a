// Held-out batch s118a (split test): one TeaStore scenario on the kit system definition.
// Spec for scripts/s2-scenario-kit.mjs; built by scripts/s118a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const IT = '2026-05-15T09:31:00Z';
const T = clock(IT);
const tc = (min, lvl, cls, msg) => `${T.java(min).replace(/(\d{4})-(\d{2})-(\d{2})/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${lvl} [main] ${cls} ${msg}`;

export const scenarios = [{
  folder: 's118a-login-complaint-nothing-wrong',
  incidentTime: IT,
  description: 'customer says teastore login keeps failing for her this morning, can someone check the auth service?',
  difficulty: 'hard',
  traits: ['no-fault', 'decoy'],
  workloads: {
    'teastore-auth': { pods: [{ containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }] },
  },
  events: [],
  logs: {
    'teastore-auth#0/teastore-auth': [
      tc(-60 * 24 * 3 + 0.1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
      tc(-60 * 24 * 3 + 0.2, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered service teastore-auth at teastore-auth:8080'),
    ],
    'teastore-webui#0/teastore-webui': [
      tc(-60 * 24 * 9 + 0.1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21107] milliseconds'),
    ],
    'teastore-registry#0/teastore-registry': [
      tc(-60 * 24 * 3 + 0.2, 'INFO', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-auth:8080'),
    ],
  },
  grounding: `TeaStore teastore-clusterip.yaml (5ab1188): webui calls auth for login; every service registers with the registry.
  A no-fault complaint: one customer's login fails (wrong password shows "login failed" in the web UI, not a server error); every
  pod is Running and Ready, every Service has endpoints, no recent Events. Decoy: teastore-auth restarted once three days ago
  (exit 137 during a node maintenance) and re-registered normally. Deviation from upstream: none beyond the invented restart.`,
}];
