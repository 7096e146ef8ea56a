// Pods that run something other than their ReplicaSet's template says: an image replaced on the running pod (a
// chaos experiment's pause image, `kubectl set image pod/…`) or env vars injected at admission (a mutating policy).
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';

/** Injected sidecars whose containers and env are the mesh's, not the workload's. */
const SIDECARS = new Set(['istio-proxy', 'istio-init', 'linkerd-proxy', 'linkerd-init']);

export interface PodDrift extends Record<string, JsonValue> {
  /** Pods (running or not) whose containers differ from their ReplicaSet's template. */
  pods: number;
  /** Containers whose image differs from the template's. */
  imageDrift: number;
  /** `container: template image -> running image` (at most three). */
  images: string[];
  /** Env var names a pod's container has and the template's does not (at most five). */
  envAdded: string[];
}

/**
 * Compares each pod's containers with its owning ReplicaSet's pod template (same container name): images that
 * differ, env names the pod has and the template lacks. Undefined when no pod drifted.
 */
export function podDrift(
  pods: readonly KubeObject[],
  replicaSets: readonly KubeObject[],
): PodDrift | undefined {
  let drifted = 0;
  let imageDrift = 0;
  const images: string[] = [];
  const envAdded = new Set<string>();
  for (const pod of pods) {
    const owner = ((pod.metadata?.ownerReferences ?? []) as KubeObject[]).find(
      (o) => o.kind === 'ReplicaSet',
    );
    const rs = owner && replicaSets.find((r) => r.metadata?.name === owner.name);
    if (!rs) continue;
    const template = (rs.spec?.template?.spec?.containers ?? []) as KubeObject[];
    let differs = false;
    for (const c of (pod.spec?.containers ?? []) as KubeObject[]) {
      if (SIDECARS.has(String(c.name))) continue;
      const t = template.find((x) => x.name === c.name);
      if (!t) continue;
      if (c.image !== t.image) {
        differs = true;
        imageDrift++;
        if (images.length < 3) images.push(`${c.name}: ${t.image} -> ${c.image}`);
      }
      const names = new Set(((t.env ?? []) as KubeObject[]).map((e) => e.name));
      for (const e of (c.env ?? []) as KubeObject[])
        if (!names.has(e.name)) {
          differs = true;
          envAdded.add(String(e.name));
        }
    }
    if (differs) drifted++;
  }
  if (drifted === 0) return undefined;
  return { pods: drifted, imageDrift, images, envAdded: [...envAdded].sort().slice(0, 5) };
}
