// Blind held-out batch s64a (split test): one TeaStore scenario, built by scripts/s64a-build.mjs with the kit and the
// kit system definition scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-06-03T13:40:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const abort = (min, exec, servlet) => [
  tc(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception [java.io.IOException: Broken pipe] with root cause`),
  '\tjava.io.IOException: Broken pipe',
  '\t\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
  '\t\tat java.base/sun.nio.ch.SocketDispatcher.write(SocketDispatcher.java:47)',
  '\t\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:113)',
  '\t\tat java.base/sun.nio.ch.SocketChannelImpl.write(SocketChannelImpl.java:502)',
  '\t\tat org.apache.tomcat.util.net.NioChannel.write(NioChannel.java:122)',
  '\t\tat org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper.doWrite(NioEndpoint.java:1378)',
  '\t\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:340)',
  '\t\tat org.apache.jasper.runtime.JspWriterImpl.flushBuffer(JspWriterImpl.java:120)',
  '\t\tat org.apache.jasper.servlet.JspServlet.service(JspServlet.java:385)',
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:777)',
];

export const scenarios = [
  {
    folder: 's64a-webui-broken-pipe-noise',
    incidentTime: '2026-06-03T13:40:00Z',
    description: 'teastore web ui log is full of SEVERE "Broken pipe" exceptions since about 13:00, is the shop broken?? pages load fine for me',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): every TeaStore service is a Tomcat
      (10.0.27, JDK 11) Deployment without probes; the web UI renders JSPs under the context
      /tools.descartes.teastore.webui and is exposed on NodePort 30080; Services select \`run: <name>\`.
      No fault: Tomcat logs "Broken pipe" (SEVERE, StandardWrapperValve) whenever a client closes its connection before
      the response is written, which a load test with short client timeouts, or impatient browsers, produce in bulk. Every
      pod is Running and Ready with no restarts, every Service has its endpoints, and no Warning events; the complaint is real but nothing in the cluster is wrong.
      Deviations from upstream: node names and IPs are invented.
    `,
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...abort(-39.2, 14, 'jsp'),
        ...abort(-31.7, 3, 'jsp'),
        ...abort(-24.5, 22, 'jsp'),
        ...abort(-17.9, 9, 'jsp'),
        ...abort(-11.3, 17, 'jsp'),
        ...abort(-6.6, 5, 'jsp'),
        ...abort(-1.8, 11, 'jsp'),
      ],
    },
  },
];

/** Fix-up after the kit: the upstream Services select `run: <name>` only. */
export function post(dir, read, write) {
  const svcs = read('services.json');
  for (const s of svcs.items) s.spec.selector = { run: s.metadata.name };
  write('services.json', svcs);
}
