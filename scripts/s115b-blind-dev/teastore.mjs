// Blind dev batch s115b: one TeaStore scenario (a webui release writing an unencoded session cookie), built with the
// s2 kit by scripts/s115b-build.mjs; the system is scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';
export const system = base;

const T = clock('2026-05-13T09:25:00Z');
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${lvl} [http-nio-8080-exec-${(Math.abs(min * 7) | 0) % 20 + 1}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's115b-webui-cookie-unencoded',
    incidentTime: '2026-05-13T09:25:00Z',
    description: 'tea store: after logging in every page is an error 500, anonymous browsing fine. started this morning',
    expected: { component: 'webui', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `TeaStore's webui keeps the SessionBlob (user id, order items) as a URL-encoded JSON cookie (CookieUtil in
      the WebUI, DescartesResearch/TeaStore). Tomcat 8.5+'s Rfc6265CookieProcessor rejects a cookie value with a double
      quote, comma or space: "java.lang.IllegalArgumentException: An invalid character [34] was present in the Cookie
      value" (real Tomcat message, many public reports). The fault: an in-house webui build (tag 1.4.3-hotfix2, rolled out
      at 08:32) that stopped URL-encoding the blob, so the login response itself fails when the cookie is added and every
      logged-in page 500s; the pod is Ready (upstream sets no probes). Deviation from upstream: the webui image is pinned
      to that in-house tag; old ReplicaSet differs only in the image. Auth and persistence stay quiet.`,
    workloads: {
      'teastore-webui': { rollout: { at: -53, revision: 5, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui' } } }, containers: { 'teastore-webui': { image: 'registry.tea.internal/teastore/teastore-webui:1.4.3-hotfix2' } } },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -53 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -52 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-52.5, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [8431] milliseconds'),
        cat(-40, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [] threw exception\njava.lang.IllegalArgumentException: An invalid character [34] was present in the Cookie value\n\tat org.apache.tomcat.util.http.Rfc6265CookieProcessor.validateCookieValue(Rfc6265CookieProcessor.java:212)\n\tat org.apache.tomcat.util.http.Rfc6265CookieProcessor.generateHeader(Rfc6265CookieProcessor.java:145)\n\tat org.apache.catalina.connector.Response.generateCookieString(Response.java:1002)\n\tat org.apache.catalina.connector.Response.addCookie(Response.java:954)\n\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.saveSessionBlob(AbstractUIServlet.java:158)\n\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:67)'),
        cat(-18, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CartActionServlet] in context with path [] threw exception\njava.lang.IllegalArgumentException: An invalid character [34] was present in the Cookie value\n\tat org.apache.tomcat.util.http.Rfc6265CookieProcessor.validateCookieValue(Rfc6265CookieProcessor.java:212)\n\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.saveSessionBlob(AbstractUIServlet.java:158)'),
        cat(-4, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [] threw exception\njava.lang.IllegalArgumentException: An invalid character [34] was present in the Cookie value\n\tat org.apache.tomcat.util.http.Rfc6265CookieProcessor.validateCookieValue(Rfc6265CookieProcessor.java:212)'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-60 * 20, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [9120] milliseconds'),
      ],
    },
  },
];
