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
  const serverFirst = meshServerFirstPorts(services, pods);
  if (checked === 0 && serverFirst.length === 0) return undefined;
  return {
    checked,
    mismatches: mismatched.length,
    mismatched: mismatched.sort(),
    meshServerFirst: serverFirst.length,
    meshServerFirstPorts: serverFirst,
    containerPorts: [
      ...new Set(
        containerPorts.map((p) => (p.name ? `${p.name}/${p.containerPort}` : String(p.containerPort))),
      ),
    ].sort(),
  };
}

/** MySQL's ports: the server speaks first (its handshake greeting), the client waits. */
const SERVER_FIRST_PORTS = new Set([3306, 33060]);
/** Port-name prefixes (and appProtocol values) Istio takes as plain TCP or as the protocol itself. */
const TCP_NAMED = /^(tcp|mysql|mysqlx)(-|$)/i;

/**
 * Service ports of a server-first protocol (MySQL) whose pods run an Istio sidecar and whose name or appProtocol does
 * not declare the protocol (`tcp`, `mysql`): Istio then sniffs the first bytes to detect the protocol, waits for the
 * client to speak, and the server's greeting never comes — connections hang until a timeout (Istio's documented
 * "server first protocols" caveat). As `service:port/name`.
 */
export function meshServerFirstPorts(services: KubeObject[], pods: KubeObject[]): string[] {
  const meshed = pods.some(
    (p) =>
      ((p.spec?.containers ?? []) as KubeObject[]).some((c) => c.name === 'istio-proxy') ||
      ((p.spec?.initContainers ?? []) as KubeObject[]).some((c) => c.name === 'istio-proxy'),
  );
  if (!meshed) return [];
  const out: string[] = [];
  for (const s of services)
    for (const port of (s.spec?.ports ?? []) as KubeObject[]) {
      const target = Number(port.targetPort ?? port.port);
      if (!SERVER_FIRST_PORTS.has(Number(port.port)) && !SERVER_FIRST_PORTS.has(target)) continue;
      const name = String(port.name ?? '');
      const app = String(port.appProtocol ?? '');
      if (TCP_NAMED.test(app) || TCP_NAMED.test(name)) continue;
      out.push(`${s.metadata?.name}:${port.port}/${name || '(unnamed)'}`);
    }
  return out.sort();
}
