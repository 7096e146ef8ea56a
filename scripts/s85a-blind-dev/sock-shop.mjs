// Blind dev batch s85a: Sock Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// The front-end's DNS lookups lose packets to the conntrack insertion race: 5-second stalls, nothing restarts.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };
const I = '2025-04-02T14:20:00Z';
const T = clock(I);
const paths = ['/catalogue?size=5', '/cart', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', '/customers/57a98d98e4b00679b4a830b2', '/tags'];
export const scenarios = [{
  folder: 's85a-frontend-dns-conntrack-race',
  incidentTime: I,
  description: 'sockshop frontend randomly hangs ~5s on page loads since this afternoon. catalogue and carts dashboards look fine, no restarts',
  expected: { component: 'front-end', cause: 'network-fault' },
  difficulty: 'hard',
  traits: ['pods-ready', 'network-latency', 'decoy', 'time-expression', 'partial-name'],
  workloads: {
    catalogue: { pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 0.1) } }) } }] },
  },
  events: [
    { on: 'pod:catalogue#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -60 * 26, type: 'Warning', fieldPath: 'spec.containers{catalogue}' },
  ],
  logs: {
    'front-end#0/front-end': Array.from({ length: 30 }, (_, i) => {
      const slow = i % 3 === 1;
      const p = paths[i % paths.length];
      return `${p.startsWith('/cart') ? 'GET' : 'GET'} ${p} 200 ${slow ? (5000 + 11 * (i % 7) + 0.418).toFixed(3) : (14 + (i % 9) + 0.227).toFixed(3)} ms - ${1200 + i * 13}`;
    }),
    'front-end#1/front-end': Array.from({ length: 24 }, (_, i) => {
      const slow = i % 4 === 2;
      const p = paths[(i + 2) % paths.length];
      return i === 11 ? 'Error with log in: Error: getaddrinfo EAI_AGAIN user\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:67:26)' : `GET ${p} ${slow ? 200 : 200} ${slow ? (5003 + (i % 5) + 0.91).toFixed(3) : (11 + (i % 6) + 0.5).toFixed(3)} ms - ${900 + i * 17}`;
    }),
    'catalogue#0/catalogue': Array.from({ length: 19 }, (_, i) =>
      `ts=${T.isoMs(-19 + i).replace(/\.\d+Z$/, (m) => m.slice(0, 4) + '00000Z')} caller=logging.go:${i % 2 ? 32 : 62} method=${i % 2 ? 'Count' : 'List'} tags= ${i % 2 ? '' : 'order= pageNum=1 pageSize=5 '}result=${i % 2 ? 9 : 5} err=null took=${(1.2 + (i % 4) * 0.31).toFixed(6)}ms`),
    'carts#0/carts': [
      `${T.java(-18)}  INFO [carts,,,] 6 --- [nio-80-exec-4] o.s.web.servlet.DispatcherServlet        : FrameworkServlet 'dispatcherServlet': initialization completed in 31 ms`,
    ],
  },
  grounding: `
    Follows the public "racy conntrack and DNS lookup timeouts" write-ups (Weave Works / XING engineering, kubernetes
    issue 56903): a client that sends the A and AAAA queries of one lookup in parallel from one UDP socket loses one
    to the netfilter conntrack insertion race and waits the resolver's 5 s timeout. The Sock Shop front-end
    (Node.js, morgan "dev" access lines, image on a musl base) resolves catalogue, carts and user per request; the
    deviation is that this happens from 13:50 after the node pool's kernel and kube-proxy upgrade, with pods Ready
    and no restarts. Only the front-end sees the 5 s stalls (about every third request, plus one EAI_AGAIN); the
    backends answer in milliseconds. Decoy: catalogue restarted once a day ago after a failed readiness probe.`,
}];
