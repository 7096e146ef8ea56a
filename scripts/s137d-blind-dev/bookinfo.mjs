// Batch s137d (blind dev): Bookinfo. System from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };
const T = clock('2026-05-15T11:42:00Z');
const gun = (min, msg, lvl = 'INFO') => `[${T.java(min).replace('.', ',')}] ${lvl} in productpage: ${msg}`;
const acc = (min, path, status) => `::ffff:127.0.0.6 - - [${T.java(min).slice(8, 10)}/May/2026:${T.java(min).slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${status} - "-" "Mozilla/5.0"`;
export const scenarios = [
  bookinfoScenario({
    folder: 's137d-only-one-book-after-details-restart',
    incidentTime: '2026-05-15T11:42:00Z',
    description: 'bookinfo productpage only ever shows one book (The Comedy of Errors) — where did the rest of the catalogue go? details pod was restarted ~11:15',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `No fault. Upstream samples/bookinfo/src/productpage/productpage.py getProducts() returns one hard-coded product
      (id 0, "The Comedy of Errors"); /productpage always renders product 0. Bookinfo has no catalogue: designed behaviour.
      Decoy: the details container of details-v2 was stopped once 27 minutes before the report (an operator's crictl stop while
      debugging the node; exit 137, lastState terminated reason Error, restartCount 1) and restarted by the kubelet; a short burst of
      productpage "Error fetching product details" at that minute stopped; Ready since. Deviation: the manual stop is invented.`,
    workloads: {
      'details-v2': {
        pods: [{ containers: { details: { state: { running: { startedAt: T.iso(-26.8) } }, lastState: { terminated: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-27), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'pod:details-v2#0', reason: 'Killing', message: 'Stopping container details', first: -27.1, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-details-v2:1.16.0" already present on machine', first: -26.9, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v2#0', reason: 'Created', message: 'Created container details', first: -26.85, fieldPath: 'spec.containers{details}' },
      { on: 'pod:details-v2#0', reason: 'Started', message: 'Started container details', first: -26.8, fieldPath: 'spec.containers{details}' },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        acc(-40, '/productpage', 200),
        gun(-27.0, "Error fetching product details: HTTPConnectionPool(host='details', port=9080): Max retries exceeded with url: /details/0 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1e5d90>: Failed to establish a new connection: [Errno 111] Connection refused'))", 'ERROR'),
        acc(-27.0, '/productpage', 200),
        gun(-26.9, "Error fetching product details: HTTPConnectionPool(host='details', port=9080): Max retries exceeded with url: /details/0 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1e6a10>: Failed to establish a new connection: [Errno 111] Connection refused'))", 'ERROR'),
        acc(-26.9, '/productpage', 200),
        acc(-15.2, '/productpage', 200),
        acc(-4.4, '/productpage', 200),
        acc(-1.1, '/productpage?u=normal', 200),
      ],
      'details-v2#0/details': [
        `[${T.java(-26.7).slice(0, 19)}] INFO  WEBrick 1.7.0`,
        `[${T.java(-26.7).slice(0, 19)}] INFO  ruby 3.1.2 (2022-04-12) [x86_64-linux]`,
        `[${T.java(-26.7).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        `127.0.0.6 - - [${T.java(-15.2).slice(8, 10)}/May/2026:${T.java(-15.2).slice(11, 19)} UTC] "GET /details/0 HTTP/1.1" 200 178`,
        `127.0.0.6 - - [${T.java(-4.4).slice(8, 10)}/May/2026:${T.java(-4.4).slice(11, 19)} UTC] "GET /details/0 HTTP/1.1" 200 178`,
      ],
    },
  }),
];
