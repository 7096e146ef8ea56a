// Blind held-out batch s90a: one TeaStore scenario (split test), on scripts/kit-systems/teastore.mjs.
// Built by scripts/s90a-build.mjs with the kit of scripts/s2-scenario-kit.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const IT = '2026-05-21T09:36:00Z';
const T = clock(IT);
const cat = (min, level, src, msg) => `${T.java(min).replace(/(\d{4})-(\d\d)-(\d\d)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [main] ${src} ${msg}`;
const EVICT = 'Pod ephemeral local storage usage exceeds the total limit of containers 1Gi. ';
const webuiRes = { requests: { cpu: '250m', memory: '512Mi', 'ephemeral-storage': '256Mi' }, limits: { memory: '1Gi', 'ephemeral-storage': '1Gi' } };
const startup = (min) => [
  cat(min, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  cat(min, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties'),
  cat(min + 0.05, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.1, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  cat(min + 0.3, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [11,402] ms'),
  cat(min + 0.31, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.31, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 11873 ms'),
];

export const scenarios = [
  {
    folder: 's90a-webui-gone-twice',
    incidentTime: IT,
    description: 'tea store web ui down twice in the last hour (~08:50 and again 09:30), came back on its own both times',
    expected: { component: 'webui', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['time-expression', 'partial-name'],
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { resources: webuiRes } },
        pods: [
          { evicted: EVICT, created: T.iso(-60 * 24 * 6) },
          { evicted: EVICT, created: T.iso(-46.2) },
          { created: T.iso(-5.6), readyTransition: T.iso(-5.2) },
        ],
        endpointsChanged: -5.2,
        rsReplicas: 1,
      },
      'teastore-recommender': { since: -60 * 24 * 2 },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Evicted', type: 'Warning', message: EVICT, first: -47 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Stopping container teastore-webui', first: -47 },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -46.2 },
      { on: 'pod:teastore-webui#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -46.2 },
      { on: 'pod:teastore-webui#1', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: -46.1 },
      { on: 'pod:teastore-webui#1', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.208s (1.208s including waiting). Image size: 229316583 bytes.', first: -46.1 },
      { on: 'pod:teastore-webui#1', reason: 'Evicted', type: 'Warning', message: EVICT, first: -6.4 },
      { on: 'pod:teastore-webui#1', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Stopping container teastore-webui', first: -6.4 },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -5.6 },
      { on: 'pod:teastore-webui#2', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -5.6 },
      { on: 'pod:teastore-webui#2', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: -5.55 },
      { on: 'pod:teastore-webui#2', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.114s (1.114s including waiting). Image size: 229316583 bytes.', first: -5.5 },
      { on: 'pod:teastore-webui#2', reason: 'Created', fieldPath: 'spec.containers{teastore-webui}', message: 'Created container teastore-webui', first: -5.5 },
      { on: 'pod:teastore-webui#2', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: -5.45 },
    ],
    logs: {
      'teastore-webui#2/teastore-webui': [
        ...startup(-5.4),
        cat(-4.9, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry: teastore-webui:8080'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-47.1, 'WARNING', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat from unregistered service instance: teastore-webui:8080'),
        cat(-5.0, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.register', 'Registered teastore-webui:8080'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-30, 'INFO', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'login request for user2'),
      ],
    },
    grounding: `
      TeaStore teastore-clusterip.yaml (kit system teastore.mjs): one teastore-webui replica (Tomcat), NodePort 30080; the
      webui is the only entry of the shop. Upstream sets no resources; here the platform team's defaults give every
      container an ephemeral-storage request of 256Mi and limit of 1Gi (deviation, stated).
      Fault: Tomcat writes its access and catalina logs into /usr/local/tomcat/logs inside the container's writable layer;
      under shop traffic they pass the 1Gi container limit and the kubelet evicts the pod with its real message "Pod ephemeral
      local storage usage exceeds the total limit of containers 1Gi." — twice in the hour (pod Failed/Evicted, replacement
      created by the ReplicaSet). A third evicted pod six days old is part of the same pattern. Follows public Kubernetes
      issues about ephemeral-storage evictions caused by in-container log files.
      Deviations from upstream: resources as above; Tomcat log lines abridged; registry/auth log lines are written for the incident.
    `,
  },
];
