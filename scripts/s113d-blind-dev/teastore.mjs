// Blind dev batch s113d (no-fault incidents), TeaStore: customers could not resolve the shop's hostname for a while
// (an external DNS provider outage, now over); every pod is healthy, with only old restarts and routine Tomcat noise.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-06-03T09:41:00Z');
const cat = (min, level, cls, msg) => {
  const d = T.java(min).replace(' ', '-');
  return `${d.slice(8, 10)}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11)} ${level} [${cls.thread}] ${cls.name} ${msg}`;
};

export const scenarios = [
  {
    folder: 's113d-external-dns-blip-over',
    incidentTime: '2026-06-03T09:41:00Z',
    description: 'teastore site unreachable for customers from ~09:05 to 09:20, support says browsers showed DNS_PROBE_FINISHED_NXDOMAIN. loads fine now, anything in the cluster?',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'decoy'],
    workloads: {
      'teastore-image': { pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 0.1) } }) } }] },
      'teastore-recommender': { pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 4 - 3), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-52.3, 'WARNING', { thread: 'http-nio-8080-exec-7', name: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\torg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
        '\t\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:351)',
        '\t\tat org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:776)',
        '\tCaused by: java.io.IOException: Broken pipe',
        cat(-14.8, 'WARNING', { thread: 'http-nio-8080-exec-2', name: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\torg.apache.catalina.connector.ClientAbortException: java.io.IOException: Connection reset by peer',
        '\tCaused by: java.io.IOException: Connection reset by peer',
      ],
      'teastore-image#0/teastore-image': [
        cat(-60 * 26 + 0.2, 'INFO', { thread: 'main', name: 'org.apache.catalina.startup.Catalina.start' }, 'Server startup in [38412] milliseconds'),
        cat(-60 * 26 + 0.9, 'INFO', { thread: 'pool-2-thread-1', name: 'tools.descartes.teastore.image.setup.SetupController.startup' }, 'Image provider setup finished: 2014 product images created.'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-30.0, 'INFO', { thread: 'pool-1-thread-1', name: 'tools.descartes.teastore.registry.rest.Registry.heartbeat' }, 'Heartbeat check: 6 services registered, 0 removed.'),
      ],
    },
    grounding: `
      teastore-clusterip.yaml at 5ab1188 (webui exposed through a NodePort behind the company's load balancer and public
      DNS). The complaint matches a public DNS provider outage (NXDOMAIN for the shop's domain at the resolver), which
      is outside the cluster and over: every pod is Ready, no Events in the window, the webui only logs routine
      ClientAbortException (browsers closing connections). Decoys: an OOMKilled teastore-image restart 26 hours ago,
      recommender restarts four days ago (exit 143 during a node patch). Deviation: restart history only; Tomcat log
      lines follow java.util.logging's OneLineFormatter as the TeaStore images print them.`,
  },
];
