// Service ports against the selected containers' ports: a named targetPort no container declares, or a
// numeric one no container listens on while the containers declare their ports. Pure; no I/O.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';

/**
 * Each Service port whose targetPort matches no port of the selected pods' containers, as
 * `service:port→targetPort`. A numeric targetPort is only judged when the containers declare ports
 * (declaring is optional, and an undeclared port still receives traffic).
 */
export function servicePortAttributes(
  services: KubeObject[],
  pods: KubeObject[],
): Record<string, JsonValue> | undefined {
  const containerPorts = pods.flatMap((p) =>
    ((p.spec?.containers ?? []) as KubeObject[]).flatMap((c) => (c.ports ?? []) as KubeObject[]),
  );
  if (pods.length === 0) return undefined;
  const names = new Set(containerPorts.map((p) => String(p.name ?? '')).filter(Boolean));
  const numbers = new Set(containerPorts.map((p) => Number(p.containerPort)));
  const mismatched: string[] = [];
  let checked = 0;
  for (const s of services) {
    const numeric: string[] = [];
    let numericMatched = false;
    for (const port of (s.spec?.ports ?? []) as KubeObject[]) {
      const target = port.targetPort ?? port.port;
      const label = `${s.metadata?.name}:${port.port}→${target}`;
      if (typeof target === 'string' && !/^\d+$/.test(target)) {
        // A named targetPort no container declares leaves the pods out of that port's endpoints.
        checked++;
        if (!names.has(target)) mismatched.push(label);
      } else if (numbers.size > 0) {
        checked++;
        if (numbers.has(Number(target))) numericMatched = true;
        else numeric.push(label);
      }
    }
    // Declaring ports is optional and often partial (a side port goes unlisted): a numeric targetPort
    // counts only when none of the Service's numeric targetPorts is declared by the containers.
    if (!numericMatched) mismatched.push(...numeric);
  }
  if (checked === 0) return undefined;
  return {
    checked,
    mismatches: mismatched.length,
    mismatched: mismatched.sort(),
    containerPorts: [
      ...new Set(
        containerPorts.map((p) => (p.name ? `${p.name}/${p.containerPort}` : String(p.containerPort))),
      ),
    ].sort(),
  };
}
