// FailedMount / FailedAttachVolume messages told apart: a missing ConfigMap or Secret (config-missing)
// versus a volume that cannot attach or mount (storage-unavailable). Pure; names only, never contents.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import type { Window } from './normalize.js';

/** kubelet: `configmap "x" not found`, `secret "x" not found`, `couldn't find key k in ConfigMap ns/x`. */
const MISSING_OBJECT = /\b(configmaps?|secrets?) "([^"]+)" not found/i;
const MISSING_KEY = /couldn't find key (\S+) in (ConfigMap|Secret) ([^\s,]+)/i;

export type MountFailureKind = 'config-missing' | 'volume';

/** Which family a FailedMount/FailedAttachVolume message belongs to. */
export function classifyMountFailure(message: string): MountFailureKind {
  return MISSING_OBJECT.test(message) || MISSING_KEY.test(message) ? 'config-missing' : 'volume';
}

const eventTime = (e: KubeObject): unknown =>
  e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;

/** Mount failures of the component's pods inside the window, by family; undefined when none. */
export function mountAttributes(events: KubeObject[], w: Window): Record<string, JsonValue> | undefined {
  let missingConfig = 0;
  let volumeFailures = 0;
  const missing = new Set<string>();
  let missingMessage = '';
  let volumeMessage = '';
  for (const e of events) {
    if (e.type !== 'Warning' || !/^(FailedMount|FailedAttachVolume)$/.test(String(e.reason))) continue;
    const t = eventTime(e);
    const at = t instanceof Date ? t.getTime() : typeof t === 'string' ? Date.parse(t) : NaN;
    if (!(at >= w.from && at <= w.to)) continue;
    const text = String(e.message ?? '');
    const count = Number(e.count ?? 1);
    if (classifyMountFailure(text) === 'config-missing') {
      missingConfig += count;
      const object = MISSING_OBJECT.exec(text);
      const key = MISSING_KEY.exec(text);
      if (object) missing.add(`${object[1]!.toLowerCase().replace(/s$/, '')}/${object[2]}`);
      else if (key) missing.add(`${key[2]!.toLowerCase()}/${key[3]}`);
      missingMessage ||= text.slice(0, 300);
    } else {
      volumeFailures += count;
      volumeMessage ||= text.slice(0, 300);
    }
  }
  if (missingConfig + volumeFailures === 0) return undefined;
  return { missingConfig, missing: [...missing].sort(), missingMessage, volumeFailures, volumeMessage };
}
