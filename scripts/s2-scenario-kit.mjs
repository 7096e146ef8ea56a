// Builds Kubernetes API snapshots (docs/scenarios.md layout) for the session-2 dev scenarios of issue 13
// (Online Boutique, Sock Shop) from compact specs in scripts/s2-scenarios/*.mjs; deterministic output.
// Run through scripts/s2-build-scenarios.mjs (rewrites test/scenarios/{online-boutique,sock-shop}/<scenario>/).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', 'test', 'scenarios');

const h = (s) => createHash('sha256').update(s).digest('hex');
export const uid = (s) => {
  const x = h(s);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-5${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const ALPHA = 'bcdfghjklmnpqrstvwxz2456789';
const kname = (s, n) => {
  const x = h(s);
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHA[parseInt(x.slice(i * 2, i * 2 + 2), 16) % ALPHA.length];
  return out;
};

/** Time helpers relative to the incident: t(-12) is 12 minutes before it. */
export function clock(incidentTime) {
  const base = Date.parse(incidentTime);
  const at = (min) => new Date(base + Math.round(min * 60000));
  const iso = (min) => at(min).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const parts = (min) => {
    const d = at(min);
    return {
      Y: d.getUTCFullYear(), M: pad(d.getUTCMonth() + 1), D: pad(d.getUTCDate()),
      h: pad(d.getUTCHours()), m: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()), ms: pad(d.getUTCMilliseconds(), 3),
    };
  };
  return {
    iso,
    isoMs: (min) => at(min).toISOString(),
    go: (min) => { const p = parts(min); return `${p.Y}/${p.M}/${p.D} ${p.h}:${p.m}:${p.s}`; },
    java: (min) => { const p = parts(min); return `${p.Y}-${p.M}-${p.D} ${p.h}:${p.m}:${p.s}.${p.ms}`; },
    klog: (min) => { const p = parts(min); return `${p.M}${p.D} ${p.h}:${p.m}:${p.s}.${p.ms}000`; },
    hm: (min) => { const p = parts(min); return `${p.h}:${p.m}`; },
  };
}

const list = (kind, apiVersion, items) => ({ kind, apiVersion, metadata: { resourceVersion: '9184223' }, items });
const TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

function containerSpec(c) {
  const out = { name: c.name, image: c.image };
  if (c.args) out.args = c.args;
  if (c.command) out.command = c.command;
  out.ports = (c.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' }));
  if (c.env) out.env = c.env;
  if (c.envFrom) out.envFrom = c.envFrom;
  out.resources = c.resources ?? {};
  if (c.volumeMounts) out.volumeMounts = c.volumeMounts;
  if (c.livenessProbe) out.livenessProbe = c.livenessProbe;
  if (c.readinessProbe) out.readinessProbe = c.readinessProbe;
  out.terminationMessagePath = '/dev/termination-log';
  out.terminationMessagePolicy = 'File';
  out.imagePullPolicy = c.imagePullPolicy ?? (/:latest$|^[^:]+$/.test(c.image) ? 'Always' : 'IfNotPresent');
  if (c.securityContext) out.securityContext = c.securityContext;
  return out;
}

function podSpecOf(w) {
  return {
    ...(w.initContainers ? { initContainers: w.initContainers.map(containerSpec) } : {}),
    containers: w.containers.map(containerSpec),
    ...(w.volumes ? { volumes: w.volumes } : {}),
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: w.terminationGracePeriodSeconds ?? 30,
    dnsPolicy: 'ClusterFirst',
    ...(w.nodeSelector ? { nodeSelector: w.nodeSelector } : {}),
    serviceAccountName: w.serviceAccountName ?? 'default',
    serviceAccount: w.serviceAccountName ?? 'default',
    securityContext: w.podSecurityContext ?? {},
    schedulerName: 'default-scheduler',
    tolerations: TOLERATIONS,
  };
}

function qos(w) {
  const cs = w.containers;
  if (cs.every((c) => !c.resources?.requests && !c.resources?.limits)) return 'BestEffort';
  const guaranteed = cs.every(
    (c) => c.resources?.limits?.cpu && c.resources?.limits?.memory &&
      (!c.resources.requests || (c.resources.requests.cpu === c.resources.limits.cpu && c.resources.requests.memory === c.resources.limits.memory)),
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** Container status helpers (what the kubelet reports). */
export const cs = {
  running: (startedAt, extra = {}) => ({ state: { running: { startedAt } }, ready: true, started: true, restartCount: 0, lastState: {}, ...extra }),
  crashLoop: ({ restarts, exitCode = 1, reason = 'Error', startedAt, finishedAt, backoff = '5m0s', container }) => ({
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backoff} restarting failed container=${container} pod=%POD%(%PODUID%)` } },
    lastState: { terminated: { exitCode, reason, startedAt, finishedAt, containerID: '%CID%' } },
    ready: false, started: false, restartCount: restarts,
  }),
  restartedRunning: ({ restarts, startedAt, last, ready = true }) => ({
    state: { running: { startedAt } }, lastState: { terminated: { ...last, containerID: '%CID%' } }, ready, started: true, restartCount: restarts,
  }),
  waiting: (reason, message, extra = {}) => ({ state: { waiting: { reason, message } }, ready: false, started: false, restartCount: 0, lastState: {}, ...extra }),
  creating: () => ({ state: { waiting: { reason: 'ContainerCreating' } }, ready: false, started: false, restartCount: 0, lastState: {} }),
};

function ip(prefix, seed, used) {
  const x = parseInt(h(seed).slice(0, 4), 16);
  // Pod IPs of one snapshot are unique: a taken address moves to the next free one (the first choice is kept
  // whenever it is free, so snapshots built before this check are unchanged where they had no collision).
  for (let k = 0; k < 200; k++) {
    const addr = `${prefix}.${((x + k) % 200) + 10}`;
    if (!used || !used.has(addr)) {
      used?.add(addr);
      return addr;
    }
  }
  throw new Error(`no free pod IP left in ${prefix}.0/24`);
}

export function build(system, spec) {
  const T = clock(spec.incidentTime);
  const ns = system.namespace;
  const dir = join(ROOT, system.id, spec.folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'cluster'), { recursive: true });
  const seed = `${system.id}/${spec.folder}`;
  const nodes = system.nodes.map((n, i) => ({ ...n, ...(spec.nodes?.[n.name] ?? {}), idx: i }));
  const nodeByName = Object.fromEntries(nodes.map((n) => [n.name, n]));
  const ov = spec.workloads ?? {};
  const pods = [], deployments = [], replicasets = [], services = [], endpoints = [], events = [], statefulsets = [];
  const podIndex = {}; // `${wl}#${i}` -> pod
  const usedPodIps = new Set();
  const created = T.iso(-60 * 24 * 40);

  for (const base of system.workloads) {
    const o = ov[base.name] ?? {};
    const w = { ...base, ...(o.patch ?? {}) };
    if (o.containers) w.containers = base.containers.map((c) => ({ ...c, ...(o.containers[c.name] ?? {}) }));
    const labels = { ...system.labels(w.name) };
    const replicas = o.replicas ?? w.replicas ?? 1;
    const deplUid = uid(`${seed}/deploy/${w.name}`);
    const revision = o.rollout ? (o.rollout.revision ?? 4) : (w.revision ?? 3);
    const rsCreated = o.rollout ? T.iso(o.rollout.at) : T.iso(o.since ?? -60 * 24 * 9);
    const hash = kname(`${seed}/${w.name}/rs/${revision}/${JSON.stringify(w.containers)}`, 10);
    const rsName = `${w.name}-${hash}`;
    const rsUid = uid(`${seed}/rs/${rsName}`);
    const template = { metadata: { creationTimestamp: null, labels, ...(w.podAnnotations ? { annotations: w.podAnnotations } : {}) }, spec: podSpecOf(w) };
    const podSpecs = o.pods ?? Array.from({ length: replicas }, () => ({}));
    // pods
    let ready = 0, available = 0;
    podSpecs.forEach((ps, i) => {
      const podName = ps.name ?? `${rsName}-${kname(`${seed}/${rsName}/${i}`, 5)}`;
      const podUid = uid(`${seed}/pod/${podName}`);
      const owner = ps.ownerRs ?? { name: rsName, uid: rsUid };
      const node = ps.unscheduled ? null : nodeByName[ps.node ?? nodes[(system.workloads.indexOf(base) + i) % nodes.length].name];
      const start = ps.created ?? (o.rollout ? T.iso(o.rollout.at + 0.5 + i * 0.5) : T.iso(o.since ?? -60 * 24 * 9));
      const statuses = w.containers.map((c) => {
        const st = ps.containers?.[c.name] ?? (ps.unscheduled || ps.creating ? cs.creating() : cs.running(T.iso(Math.min(-1, (Date.parse(start) - Date.parse(spec.incidentTime)) / 60000 + 0.3))));
        const cid = h(`${podName}/${c.name}/${st.restartCount}`).slice(0, 64);
        const s = JSON.parse(JSON.stringify(st).replaceAll('%POD%', podName).replaceAll('%PODUID%', podUid).replaceAll('%CID%', `containerd://${h(cid).slice(0, 64)}`));
        const img = c.image.includes('/') || c.image.includes('.') ? c.image : `docker.io/library/${c.image}`;
        const fullImage = img.startsWith('docker.io') || img.split('/')[0].includes('.') ? img : `docker.io/${img}`;
        const withTag = /:[^/]+$/.test(fullImage) ? fullImage : `${fullImage}:latest`;
        const out = { name: c.name, image: withTag, imageID: s.state.waiting && !s.lastState?.terminated ? '' : `${withTag.replace(/:[^/]+$/, '')}@sha256:${h(withTag).slice(0, 64)}`, ...s };
        if (!s.state.waiting || s.lastState?.terminated) out.containerID = `containerd://${cid}`;
        if (s.state.waiting && !s.lastState?.terminated) delete out.containerID;
        return out;
      });
      const allReady = !ps.unscheduled && !ps.evicted && statuses.every((s) => s.ready) && ps.ready !== false;
      if (allReady) { ready++; available++; }
      const phase = ps.phase ?? (ps.unscheduled || ps.creating ? 'Pending' : ps.evicted ? 'Failed' : 'Running');
      const cond = (type, status, t, extra = {}) => ({ type, status, lastProbeTime: null, lastTransitionTime: t, ...extra });
      const readyT = ps.readyTransition ?? T.iso((Date.parse(start) - Date.parse(spec.incidentTime)) / 60000 + 0.5);
      const conditions = ps.unscheduled
        ? [cond('PodScheduled', 'False', start, { reason: 'Unschedulable', message: ps.unscheduled })]
        : [
            cond('PodReadyToStartContainers', ps.creating ? 'False' : 'True', start),
            cond('Initialized', 'True', start),
            cond('Ready', allReady ? 'True' : 'False', readyT, allReady ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${statuses.filter((s) => !s.ready).map((s) => s.name).join(' ')}]` }),
            cond('ContainersReady', allReady ? 'True' : 'False', readyT, allReady ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${statuses.filter((s) => !s.ready).map((s) => s.name).join(' ')}]` }),
            cond('PodScheduled', 'True', start),
          ];
      const podIp = node ? ip(node.podCidr, `${seed}/${podName}`, usedPodIps) : undefined;
      const pod = {
        metadata: {
          name: podName, generateName: `${owner.name}-`, namespace: ns, uid: podUid, resourceVersion: String(9100000 + pods.length * 37),
          creationTimestamp: start, labels: { ...labels, 'pod-template-hash': owner.name.slice(w.name.length + 1) },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true }],
        },
        spec: { ...podSpecOf(ps.specOverride ? { ...w, ...ps.specOverride } : w), ...(node ? { nodeName: node.name } : {}), enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0 },
        status: ps.evicted
          ? { phase: 'Failed', message: ps.evicted, reason: 'Evicted', startTime: start, ...(node ? { hostIP: node.ip } : {}), qosClass: qos(w) }
          : {
              phase, conditions,
              ...(node ? { hostIP: node.ip, hostIPs: [{ ip: node.ip }] } : {}),
              ...(podIp && !ps.creating ? { podIP: podIp, podIPs: [{ ip: podIp }] } : {}),
              ...(ps.unscheduled ? {} : { startTime: start, containerStatuses: statuses }),
              qosClass: qos(w),
            },
      };
      pods.push(pod);
      podIndex[`${w.name}#${i}`] = pod;
    });
    const extraPods = o.oldPods ?? [];
    // old ReplicaSet for a rollout
    let oldRs = null;
    if (o.rollout) {
      const oldW = { ...w, ...(o.rollout.oldPatch ?? {}) };
      if (o.rollout.oldContainers) oldW.containers = w.containers.map((c) => ({ ...c, ...(o.rollout.oldContainers[c.name] ?? {}) }));
      const oldHash = kname(`${seed}/${w.name}/rs/${revision - 1}/${JSON.stringify(oldW.containers)}`, 10);
      oldRs = { name: `${w.name}-${oldHash}`, uid: uid(`${seed}/rs/${w.name}-${oldHash}`), w: oldW, replicas: o.rollout.oldReplicas ?? 0 };
      for (let i = 0; i < oldRs.replicas; i++) {
        const podName = `${oldRs.name}-${kname(`${seed}/${oldRs.name}/${i}`, 5)}`;
        const node = nodes[(i + 1) % nodes.length];
        const start = T.iso(-60 * 24 * 6);
        const podIp = ip(node.podCidr, `${seed}/${podName}`, usedPodIps);
        pods.push({
          metadata: { name: podName, generateName: `${oldRs.name}-`, namespace: ns, uid: uid(`${seed}/pod/${podName}`), resourceVersion: String(9000000 + i), creationTimestamp: start, labels: { ...labels, 'pod-template-hash': oldHash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: oldRs.name, uid: oldRs.uid, controller: true, blockOwnerDeletion: true }] },
          spec: { ...podSpecOf(oldW), nodeName: node.name, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0 },
          status: {
            phase: 'Running',
            conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((t) => ({ type: t, status: 'True', lastProbeTime: null, lastTransitionTime: start })),
            hostIP: node.ip, hostIPs: [{ ip: node.ip }], podIP: podIp, podIPs: [{ ip: podIp }], startTime: start,
            containerStatuses: oldW.containers.map((c) => ({ name: c.name, image: c.image, imageID: `${c.image.replace(/:[^/]+$/, '')}@sha256:${h(c.image).slice(0, 64)}`, containerID: `containerd://${h(podName + c.name).slice(0, 64)}`, ...cs.running(T.iso(-60 * 24 * 6 + 0.4)) })),
            qosClass: qos(oldW),
          },
        });
        podIndex[`${w.name}#old${i}`] = pods[pods.length - 1];
        ready++; available++;
      }
    }
    void extraPods;
    const desired = replicas;
    const deployStatus = {
      observedGeneration: o.rollout ? 7 : 5, replicas: podSpecs.filter((p) => !p.evicted).length + (oldRs?.replicas ?? 0), updatedReplicas: podSpecs.filter((p) => !p.evicted).length,
      readyReplicas: ready, availableReplicas: available, ...(desired - available > 0 ? { unavailableReplicas: desired - available } : {}),
      conditions: [
        available >= Math.max(1, desired - Math.floor(desired * 0.25))
          ? { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
          : { type: 'Available', status: 'False', lastUpdateTime: T.iso(o.unavailableSince ?? -10), lastTransitionTime: T.iso(o.unavailableSince ?? -10), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
        (typeof o.progressing === 'function' ? o.progressing(rsName) : o.progressing) ?? { type: 'Progressing', status: 'True', lastUpdateTime: o.rollout ? T.iso(o.rollout.at + 2) : T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName}" has successfully progressed.` },
      ],
    };
    if (w.kind === 'StatefulSet') {
      statefulsets.push({
        metadata: { name: w.name, namespace: ns, uid: deplUid, resourceVersion: '9012001', generation: 3, creationTimestamp: created, labels },
        spec: { replicas, selector: { matchLabels: labels }, template, serviceName: w.name, podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, revisionHistoryLimit: 10, ...(w.volumeClaimTemplates ? { volumeClaimTemplates: w.volumeClaimTemplates } : {}) },
        status: { observedGeneration: 3, replicas, readyReplicas: ready, currentReplicas: replicas, updatedReplicas: replicas, availableReplicas: available, currentRevision: `${w.name}-${hash.slice(0, 10)}`, updateRevision: `${w.name}-${hash.slice(0, 10)}`, collisionCount: 0 },
      });
      for (const p of pods.filter((p) => p.metadata.ownerReferences[0].uid === rsUid)) {
        p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: w.name, uid: deplUid, controller: true, blockOwnerDeletion: true }];
        p.metadata.labels = { ...labels, 'controller-revision-hash': `${w.name}-${hash.slice(0, 10)}`, 'statefulset.kubernetes.io/pod-name': p.metadata.name };
      }
    } else {
      deployments.push({
        metadata: { name: w.name, namespace: ns, uid: deplUid, resourceVersion: '9012000', generation: o.rollout ? 7 : 5, creationTimestamp: created, labels, annotations: { 'deployment.kubernetes.io/revision': String(revision), ...(o.deployAnnotations ?? {}) } },
        spec: { replicas, selector: { matchLabels: labels }, template, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 },
        status: o.deployStatus ?? deployStatus,
      });
      const rsOf = (name, ruid, ww, rev, reps, createdAt, readyN) => ({
        metadata: {
          name, namespace: ns, uid: ruid, resourceVersion: String(9013000 + replicasets.length), generation: 1, creationTimestamp: createdAt,
          labels: { ...labels, 'pod-template-hash': name.slice(w.name.length + 1) },
          annotations: { 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas * 0.25)), 'deployment.kubernetes.io/revision': String(rev) },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: w.name, uid: deplUid, controller: true, blockOwnerDeletion: true }],
        },
        spec: { replicas: reps, selector: { matchLabels: { ...labels, 'pod-template-hash': name.slice(w.name.length + 1) } }, template: { metadata: { creationTimestamp: null, labels: { ...labels, 'pod-template-hash': name.slice(w.name.length + 1) } }, spec: podSpecOf(ww) } },
        status: { replicas: reps, fullyLabeledReplicas: reps, readyReplicas: readyN, availableReplicas: readyN, observedGeneration: 1 },
      });
      const newReady = pods.filter((p) => p.metadata.ownerReferences[0].uid === rsUid && p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True').length;
      replicasets.push(rsOf(rsName, rsUid, w, revision, o.rsReplicas ?? podSpecs.filter((p) => !p.evicted).length, rsCreated, newReady));
      if (oldRs) replicasets.push(rsOf(oldRs.name, oldRs.uid, oldRs.w, revision - 1, oldRs.replicas, T.iso(-60 * 24 * 20), oldRs.replicas));
    }
    // service + endpoints
    if (w.service) {
      const svcPorts = (o.servicePorts ?? w.service.ports).map((p) => ({ ...(p.name ? { name: p.name } : {}), protocol: 'TCP', port: p.port, targetPort: p.targetPort ?? p.port }));
      const svcSelector = o.serviceSelector ?? labels;
      services.push({
        metadata: { name: w.service.name ?? w.name, namespace: ns, uid: uid(`${seed}/svc/${w.name}`), resourceVersion: '9011000', creationTimestamp: created, labels },
        spec: { ports: svcPorts, selector: svcSelector, clusterIP: ip('10.100.' + (parseInt(h(w.name).slice(0, 2), 16) % 250), `${w.name}-svc`), clusterIPs: [ip('10.100.' + (parseInt(h(w.name).slice(0, 2), 16) % 250), `${w.name}-svc`)], type: w.service.type ?? 'ClusterIP', sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' },
        status: { loadBalancer: {} },
      });
      const selected = pods.filter((p) => p.metadata.namespace === ns && Object.entries(svcSelector).every(([k, v]) => p.metadata.labels[k] === v) && p.status.podIP && p.status.phase === 'Running');
      const addr = (p) => ({ ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid } });
      const isReady = (p) => p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      const readyAddrs = selected.filter(isReady).map(addr);
      const notReady = selected.filter((p) => !isReady(p)).map(addr);
      const epPorts = svcPorts.map((p) => {
        let port = p.targetPort;
        if (typeof port === 'string') {
          const found = w.containers.flatMap((c) => c.ports ?? []).find((cp) => cp.name === port);
          port = found?.containerPort;
        }
        return { ...(p.name ? { name: p.name } : {}), port, protocol: 'TCP' };
      }).filter((p) => p.port !== undefined);
      endpoints.push({
        metadata: { name: w.service.name ?? w.name, namespace: ns, uid: uid(`${seed}/ep/${w.name}`), resourceVersion: '9011500', creationTimestamp: created, labels, annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': T.iso(o.endpointsChanged ?? -60 * 24 * 2) } },
        ...(readyAddrs.length || notReady.length ? { subsets: [{ ...(readyAddrs.length ? { addresses: readyAddrs } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports: epPorts }] } : {}),
      });
    }
  }

  // nodes
  const nodeItems = nodes.map((n) => {
    const cond = (type, status, reason, message, since = -60 * 24 * 30) => ({ type, status, lastHeartbeatTime: T.iso(n.heartbeat ?? -0.5), lastTransitionTime: T.iso(since), reason, message });
    const c = n.conditions ?? {};
    return {
      metadata: { name: n.name, uid: uid(`${seed}/node/${n.name}`), resourceVersion: '9010000', creationTimestamp: T.iso(-60 * 24 * 60), labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': n.name, ...system.nodeLabels(n) }, annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' } },
      spec: { podCIDR: `${n.podCidr}.0/24`, podCIDRs: [`${n.podCidr}.0/24`], ...(n.providerID ? { providerID: n.providerID } : {}), ...(n.taints ? { taints: n.taints } : {}), ...(n.unschedulable ? { unschedulable: true } : {}) },
      status: {
        capacity: { cpu: n.cpu ?? '4', 'ephemeral-storage': '101430960Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: n.memory ?? '16393356Ki', pods: '110' },
        allocatable: { cpu: n.allocCpu ?? '3920m', 'ephemeral-storage': '47093746742', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: n.allocMemory ?? '13903500Ki', pods: '110' },
        conditions: [
          c.MemoryPressure ?? cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          c.DiskPressure ?? cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          c.PIDPressure ?? cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          c.Ready ?? cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
        ],
        addresses: [{ type: 'InternalIP', address: n.ip }, { type: 'Hostname', address: n.name }],
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: { machineID: h(n.name).slice(0, 32), systemUUID: uid(n.name), bootID: uid(`${seed}/boot/${n.name}`), kernelVersion: system.kernel, osImage: system.osImage, containerRuntimeVersion: 'containerd://1.7.22', kubeletVersion: system.kubelet, kubeProxyVersion: system.kubelet, operatingSystem: 'linux', architecture: 'amd64' },
      },
    };
  });

  // events
  const objRef = (ref) => {
    const [kind, name] = ref.split(':');
    if (kind === 'pod') {
      const p = podIndex[name];
      if (!p) throw new Error(`${seed}: no pod ${name}`);
      return { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid, apiVersion: 'v1', resourceVersion: p.metadata.resourceVersion };
    }
    if (kind === 'deploy') return { kind: 'Deployment', namespace: ns, name, uid: uid(`${seed}/deploy/${name}`), apiVersion: 'apps/v1', resourceVersion: '9012000' };
    if (kind === 'rs') {
      const r = replicasets.find((x) => x.metadata.name.startsWith(`${name}-`) && x.spec.replicas > 0) ?? replicasets.find((x) => x.metadata.name.startsWith(`${name}-`));
      return { kind: 'ReplicaSet', namespace: ns, name: r.metadata.name, uid: r.metadata.uid, apiVersion: 'apps/v1', resourceVersion: r.metadata.resourceVersion };
    }
    if (kind === 'node') return { kind: 'Node', name, uid: name, apiVersion: 'v1' };
    if (kind === 'pvc') return { kind: 'PersistentVolumeClaim', namespace: ns, name, uid: uid(`${seed}/pvc/${name}`), apiVersion: 'v1', resourceVersion: '9011800' };
    if (kind === 'hpa') return { kind: 'HorizontalPodAutoscaler', namespace: ns, name, uid: uid(`${seed}/hpa/${name}`), apiVersion: 'autoscaling/v2', resourceVersion: '9011900' };
    if (kind === 'sts') return { kind: 'StatefulSet', namespace: ns, name, uid: uid(`${seed}/deploy/${name}`), apiVersion: 'apps/v1', resourceVersion: '9012001' };
    throw new Error(`bad ref ${ref}`);
  };
  const COMPONENT = { Pod: 'kubelet', Node: 'kubelet', Deployment: 'deployment-controller', ReplicaSet: 'replicaset-controller', PersistentVolumeClaim: 'persistentvolume-controller', HorizontalPodAutoscaler: 'horizontal-pod-autoscaler', StatefulSet: 'statefulset-controller' };
  (spec.events ?? []).forEach((e, i) => {
    const io = objRef(e.on);
    const evPod = io.kind === 'Pod' ? podIndex[e.on.split(':')[1]] : null;
    // %SVCIP:<service>% in an event names the Service's address as the snapshot has it.
    e.message = e.message.replace(/%SVCIP:([a-z0-9-]+)%/g, (_, n) => services.find((x) => x.metadata.name === n).spec.clusterIP);
    if (evPod) e.message = e.message.replaceAll('%POD%', evPod.metadata.name).replaceAll('%PODUID%', evPod.metadata.uid).replaceAll('%PODIP%', evPod.status.podIP ?? '').replaceAll('%NODE%', evPod.spec.nodeName ?? '');
    if (e.fieldPath) io.fieldPath = e.fieldPath;
    if (io.kind === 'ReplicaSet') e.message = e.message.replaceAll(`${e.on.split(':')[1]}-%RS%`, `${io.name}-${kname(`${seed}/ev/${i}`, 5)}`);
    if (io.kind === 'Deployment') {
      const own = replicasets.filter((r) => r.metadata.ownerReferences[0].name === io.name).sort((a, b) => Number(b.metadata.annotations['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations['deployment.kubernetes.io/revision']));
      if (own[0]) e.message = e.message.replaceAll(`${io.name}-%NEW%`, own[0].metadata.name);
      if (own[1]) e.message = e.message.replaceAll(`${io.name}-%OLD%`, own[1].metadata.name);
    }
    const component = e.source ?? COMPONENT[io.kind];
    const p = io.kind === 'Pod' ? podIndex[e.on.split(':')[1]] : null;
    const host = component === 'kubelet' ? (p?.spec.nodeName ?? (io.kind === 'Node' ? io.name : undefined)) : undefined;
    const first = T.iso(e.first ?? e.last ?? -5);
    const last = T.iso(e.last ?? e.first ?? -5);
    events.push({
      metadata: { name: `${io.name}.${h(`${seed}/ev/${i}`).slice(0, 16)}`, namespace: io.namespace ?? 'default', uid: uid(`${seed}/ev/${i}`), resourceVersion: String(9150000 + i), creationTimestamp: first },
      involvedObject: io, reason: e.reason, message: e.message, source: { component, ...(host ? { host } : {}) },
      firstTimestamp: first, lastTimestamp: last, count: e.count ?? 1, type: e.type ?? 'Normal', eventTime: null, reportingComponent: component, reportingInstance: host ?? '',
    });
  });

  const w = (f, body) => writeFileSync(join(dir, 'cluster', f), JSON.stringify(body, null, 2) + '\n');
  w('pods.json', list('PodList', 'v1', pods));
  w('deployments.json', list('DeploymentList', 'apps/v1', deployments));
  w('replicasets.json', list('ReplicaSetList', 'apps/v1', replicasets));
  if (statefulsets.length) w('statefulsets.json', list('StatefulSetList', 'apps/v1', statefulsets));
  w('services.json', list('ServiceList', 'v1', services));
  w('endpoints.json', list('EndpointsList', 'v1', endpoints));
  w('nodes.json', list('NodeList', 'v1', nodeItems));
  w('events.json', list('EventList', 'v1', events));
  const meta = (kind, name, extra = {}) => ({ name, namespace: ns, uid: uid(`${seed}/${kind}/${name}`), resourceVersion: '9011800', creationTimestamp: extra.created ?? created, ...(extra.labels ? { labels: extra.labels } : {}), ...(extra.annotations ? { annotations: extra.annotations } : {}) });
  if (spec.networkPolicies) w('networkpolicies.json', list('NetworkPolicyList', 'networking.k8s.io/v1', spec.networkPolicies.map((p) => ({ metadata: meta('np', p.name, { created: T.iso(p.created ?? -60 * 24 * 30) }), spec: p.spec }))));
  if (spec.resourceQuotas) w('resourcequotas.json', list('ResourceQuotaList', 'v1', spec.resourceQuotas.map((q) => ({ metadata: meta('rq', q.name), spec: { hard: q.hard }, status: { hard: q.hard, used: q.used } }))));
  if (spec.pvcs) w('persistentvolumeclaims.json', list('PersistentVolumeClaimList', 'v1', spec.pvcs.map((c) => ({ metadata: { ...meta('pvc', c.name), annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'volume.kubernetes.io/storage-provisioner': c.provisioner ?? 'ebs.csi.aws.com' }, finalizers: ['kubernetes.io/pvc-protection'] }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: c.size ?? '10Gi' } }, storageClassName: c.storageClass ?? 'gp3', volumeMode: 'Filesystem', volumeName: c.volume }, status: { phase: c.phase ?? 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: c.size ?? '10Gi' } } }))));
  if (spec.configMaps) w('configmaps.json', list('ConfigMapList', 'v1', spec.configMaps.map((c) => ({ metadata: meta('cm', c.name), data: Object.fromEntries(c.keys.map((k) => [k, ''])) }))));
  if (spec.hpas) w('horizontalpodautoscalers.json', list('HorizontalPodAutoscalerList', 'autoscaling/v2', spec.hpas.map((x) => ({ metadata: meta('hpa', x.name), spec: x.spec, status: x.status }))));

  // logs
  for (const [key, l] of Object.entries(spec.logs ?? {})) {
    const [wl, container, prev] = key.split('/');
    const p = podIndex[wl];
    if (!p) throw new Error(`${seed}: logs for unknown pod ${wl}`);
    const d = join(dir, 'logs', ns, p.metadata.name);
    mkdirSync(d, { recursive: true });
    // %SVCIP:<service>% and %IPOF:<workload>#<i>% name another object's address as the snapshot has it.
    const text = (Array.isArray(l) ? l.join('\n') : l).replace(/\n*$/, '\n').replaceAll('%POD%', p.metadata.name).replaceAll('%PODIP%', p.status.podIP ?? '')
      .replace(/%SVCIP:([a-z0-9-]+)%/g, (_, name) => { const svc = services.find((x) => x.metadata.name === name); if (!svc) throw new Error(`${seed}: no service ${name}`); return svc.spec.clusterIP; })
      .replace(/%IPOF:([a-z0-9-]+#\d+)%/g, (_, key) => { const q = podIndex[key]; if (!q?.status?.podIP) throw new Error(`${seed}: no pod IP for ${key}`); return q.status.podIP; });
    writeFileSync(join(d, `${container}${prev === 'previous' ? '.previous' : ''}.log`), text);
  }

  // scenario.yaml
  const y = [];
  y.push(`id: ${system.id}/${spec.folder}`, `system: ${system.id}`, `split: ${spec.split ?? 'dev'}`, `description: ${JSON.stringify(spec.description)}`, `incidentTime: "${spec.incidentTime}"`, 'topology: ../topology.yaml');
  if (spec.expected) y.push(`expected: { component: ${spec.expected.component}, cause: ${spec.expected.cause}${spec.expected.node ? `, node: ${spec.expected.node}` : ''} }`);
  if (spec.alsoAcceptable) { y.push('alsoAcceptable:'); for (const a of spec.alsoAcceptable) y.push(`  - { component: ${a.component}, cause: ${a.cause}${a.node ? `, node: ${a.node}` : ''} }`); }
  y.push(`noFault: ${!spec.expected}`, `difficulty: ${spec.difficulty}`, `traits: [${spec.traits.join(', ')}]`, 'grounding: |');
  for (const line of spec.grounding.trim().split('\n')) y.push(`  ${line.trim()}`);
  writeFileSync(join(dir, 'scenario.yaml'), y.join('\n') + '\n');
  return dir;
}


/**
 * Builds every scenario of the spec modules in scripts/<dirName>/*.mjs (each exporting `system`, `scenarios`
 * and optionally `defaultPvcs`), in file order; `split` is the batch's split unless a scenario sets its own.
 * Prints each folder written. Every build-*.mjs script of a batch is one call of this.
 */
export async function buildBatch(dirName, { split } = {}) {
  const specDir = join(HERE, dirName);
  for (const f of readdirSync(specDir).filter((n) => n.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(specDir, f)).href);
    for (const s of mod.scenarios)
      console.log(build(mod.system, { ...(split ? { split } : {}), ...s, pvcs: s.pvcs ?? mod.defaultPvcs }));
  }
}
