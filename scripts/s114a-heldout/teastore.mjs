// Blind held-out batch s114a: one TeaStore scenario on the kit's system (scripts/kit-systems/teastore.mjs).
// Grounding notes in the scenario's `grounding`; written before any engine run.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const IT = '2026-05-15T13:05:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, cls, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};
const abort = (min, exec) => [
  cat(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  'org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
  '\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)',
  '\tat org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:776)',
  '\tat org.apache.catalina.connector.OutputBuffer.append(OutputBuffer.java:681)',
  '\tat org.apache.catalina.connector.CoyoteWriter.write(CoyoteWriter.java:123)',
  '\tat org.apache.jasper.runtime.JspWriterImpl.flushBuffer(JspWriterImpl.java:120)',
  '\tat org.apache.jsp.WEB_002dINF.pages.category_jsp._jspService(category_jsp.java:412)',
  '\tat org.apache.jasper.runtime.HttpJspBase.service(HttpJspBase.java:71)',
  'Caused by: java.io.IOException: Broken pipe',
  '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
  '\tat java.base/sun.nio.ch.SocketChannelImpl.write(SocketChannelImpl.java:491)',
  '\tat org.apache.tomcat.util.net.NioChannel.write(NioChannel.java:136)',
  '\t... 38 more',
];

export const scenarios = [
  {
    folder: 's114a-webui-client-abort-noise',
    incidentTime: IT,
    description: 'tea store web ui logs are full of SEVERE broken pipe stack traces since lunch - is the store broken? no customer complaints so far',
    difficulty: 'medium',
    traits: ['no-fault', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-webui
      is a Tomcat webapp (context /tools.descartes.teastore.webui) calling registry, auth, persistence, image and
      recommender; no probes are set upstream.
      No fault: the SEVERE traces are org.apache.catalina.connector.ClientAbortException "Broken pipe", which Tomcat logs
      when a browser or load-test client closes the connection before the page was written (a documented, benign Tomcat
      message). Every pod is Running and Ready with no restarts, no Warning events, and the other services log normal
      traffic. Deviation from upstream: none.
    `,
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-200, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18432] milliseconds'),
        ...abort(-64, 12),
        ...abort(-41, 3),
        ...abort(-17, 27),
        ...abort(-4, 8),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-300, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [26214] milliseconds'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-300, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [4123] milliseconds'),
      ],
    },
  },
];
