// Blind held-out batch s110a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/teastore.mjs; built by scripts/s110a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

// The cluster's TeaStore database keeps its data on a Longhorn volume (deviation from upstream, which has none).
export const system = base;

const T = clock('2026-03-19T09:31:00Z');
const PV = 'pvc-3e7b1d94-5a2c-4f08-b6d1-9c40e2a7f513';
const cat = (min, level, logger, msg) => `${new Date(Date.parse(T.iso(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1-$2-$3 $4')}.${String(Math.abs(Math.round(min * 977)) % 1000).padStart(3, '0')} ${level} [${logger[0]}] ${logger[1]} ${msg}`;
const linkFail = [
  'Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
  '',
  'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
  'Error Code: 0',
];
const persist = [];
for (const m of [-13.9, -11.2, -8.4, -5.7, -3.1, -0.7]) {
  persist.push(
    `[EL Warning]: ${T.java(m).replace(' ', ' ').replace(/-/g, '-')}--ServerSession(1583741065)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
    ...linkFail,
    `${cat(m + 0.01, 'SEVERE', ['http-nio-8080-exec-' + (3 + Math.round(-m) % 7), 'org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse'], 'An I/O error has occurred while writing a response message entity to the container output stream.')}`,
  );
}
const webui = [];
for (const m of [-13.8, -11.1, -8.3, -5.6, -3.0, -0.6]) {
  webui.push(
    `${cat(m, 'SEVERE', ['http-nio-8080-exec-' + (1 + Math.round(-m) % 9), 'org.apache.catalina.core.StandardWrapperValve.invoke'], 'Servlet.service() for servlet [IndexServlet] in context with path [] threw exception')}`,
    'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:894)',
    '\tat tools.descartes.teastore.registryclient.util.RESTClient.getEntities(RESTClient.java:167)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:130)',
    '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.getCategories(AbstractUIServlet.java:112)',
  );
}

export const scenarios = [
  {
    folder: 's110a-teastore-all-pages-500',
    incidentTime: '2026-03-19T09:31:00Z',
    description: 'tea store every page 500 since ~9:15, started right after Marco bounced the db pod',
    expected: { component: 'teastore-db', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      'teastore-db': {
        patch: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'teastore-db-data' } }] },
        containers: { 'teastore-db': { volumeMounts: [{ name: 'data', mountPath: '/var/lib/mysql' }] } },
        pods: [{ node: 'tea-worker-3', creating: true, created: T.iso(-15.8), ready: false }],
        unavailableSince: -16,
        endpointsChanged: -16,
      },
    },
    pvcs: [{ name: 'teastore-db-data', size: '5Gi', storageClass: 'longhorn', provisioner: 'driver.longhorn.io', volume: PV }],
    events: [
      { on: 'rs:teastore-db', reason: 'SuccessfulCreate', message: 'Created pod: teastore-db-%RS%', first: -15.8 },
      { on: 'pod:teastore-db#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -15.8, source: 'default-scheduler' },
      { on: 'pod:teastore-db#0', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${PV}" `, first: -15.1, source: 'attachdetach-controller' },
      { on: 'pod:teastore-db#0', reason: 'FailedMount', type: 'Warning', message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name driver.longhorn.io not found in the list of registered CSI drivers`, first: -15.0, last: -1.2, count: 15 },
      { on: 'pod:teastore-db#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -13.6, last: -2.9, count: 6 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persist,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-registry#0/teastore-registry': [
        cat(-30, 'INFO', ['main', 'org.apache.catalina.startup.Catalina.start'], 'Server startup in [8123] milliseconds').replace('[8123] milliseconds', '8123 ms'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-9.2, 'WARNING', ['http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperties'], 'Persistence answered HTTP 500 for /tools.descartes.teastore.persistence/rest/users/name/user2'),
      ],
    },
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188). Deviation from upstream: the cluster keeps the
      database's /var/lib/mysql on a Longhorn PersistentVolumeClaim (teastore-db-data). After the database pod was deleted
      by hand, its replacement landed on tea-worker-3, where Longhorn's CSI node plugin is not registered with the
      kubelet (as after a Longhorn upgrade whose longhorn-csi-plugin pod on that node has not come back): attach
      succeeds, then every MountDevice fails with "driver name driver.longhorn.io not found in the list of registered
      CSI drivers" (kubelet text, longhorn/longhorn issues), the pod stays ContainerCreating with no IP, and the
      teastore-db Service has no endpoints. Persistence (EclipseLink over Connector/J) fails every query with a
      Communications link failure and answers 500; the webui and auth are the loud callers.
    `,
  },
];
