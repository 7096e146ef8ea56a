// FailedMount / FailedAttachVolume messages told apart: a missing ConfigMap or Secret (config-missing)
// versus a volume that cannot attach or mount (storage-unavailable). Pure; names only, never contents.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import type { Window } from './normalize.js';

/**
 * kubelet: `configmap "x" not found`, `secret "x" not found`, `couldn't find key k in ConfigMap ns/x`, and a
 * volume's `items` naming a key the object lacks: `references non-existent secret key: k` (`… config key: k`).
 */
const MISSING_OBJECT = /\b(configmaps?|secrets?) "([^"]+)" not found/i;
const MISSING_KEY = /couldn't find key (\S+) in (ConfigMap|Secret) ([^\s,]+)/i;
const MISSING_ITEM = /references non-existent (secret|config) key: (\S+)/i;

export type MountFailureKind = 'config-missing' | 'volume';

/** Which family a FailedMount/FailedAttachVolume message belongs to. */
export function classifyMountFailure(message: string): MountFailureKind {
  return MISSING_OBJECT.test(message) || MISSING_KEY.test(message) || MISSING_ITEM.test(message)
    ? 'config-missing'
    : 'volume';
}

const SETUP_VOLUME = /for volume "([^"]+)"/;
const UNMOUNTED = /unmounted volumes=\[([^\]]*)\]/;

/**
 * The volumes whose SetUp failed for a missing ConfigMap, Secret or key. The kubelet follows every such
 * failure with a generic "Unable to attach or mount volumes: unmounted volumes=[keys] …: timed out waiting for
 * the condition": when every unmounted volume is one of these, that line is the same missing config.
 */
export function configVolumes(events: readonly KubeObject[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    const text = String(e.message ?? '');
    if (classifyMountFailure(text) !== 'config-missing') continue;
    const volume = SETUP_VOLUME.exec(text)?.[1];
    if (volume) out.add(volume);
  }
  return out;
}

/** Whether a mount failure message is about missing configuration, given the volumes known to lack it. */
export function isConfigMountFailure(message: string, config: ReadonlySet<string>): boolean {
  if (classifyMountFailure(message) === 'config-missing') return true;
  const unmounted =
    UNMOUNTED.exec(message)?.[1]
      ?.split(/[\s,]+/)
      .filter(Boolean) ?? [];
  return unmounted.length > 0 && unmounted.every((v) => config.has(v));
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
  const config = configVolumes(events);
  for (const e of events) {
    if (e.type !== 'Warning' || !/^(FailedMount|FailedAttachVolume)$/.test(String(e.reason))) continue;
    const t = eventTime(e);
    const at = t instanceof Date ? t.getTime() : typeof t === 'string' ? Date.parse(t) : NaN;
    if (!(at >= w.from && at <= w.to)) continue;
    const text = String(e.message ?? '');
    const count = Number(e.count ?? 1);
    if (isConfigMountFailure(text, config)) {
      // The generic follow-up line counts once more for the same missing object, and names nothing new.
      missingConfig += count;
      const object = MISSING_OBJECT.exec(text);
      const key = MISSING_KEY.exec(text);
      const item = MISSING_ITEM.exec(text);
      if (object) missing.add(`${object[1]!.toLowerCase().replace(/s$/, '')}/${object[2]}`);
      else if (key) missing.add(`${key[2]!.toLowerCase()}/${key[3]}`);
      else if (item)
        missing.add(`${item[1]!.toLowerCase() === 'config' ? 'configmap' : 'secret'} key ${item[2]}`);
      missingMessage ||= text.slice(0, 300);
    } else {
      volumeFailures += count;
      volumeMessage ||= text.slice(0, 300);
    }
  }
  if (missingConfig + volumeFailures === 0) return undefined;
  return { missingConfig, missing: [...missing].sort(), missingMessage, volumeFailures, volumeMessage };
}
