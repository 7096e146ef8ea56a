// Init containers' states: waiting with an error (CrashLoopBackOff, image pull, config), or terminated
// with a non-zero exit inside the window; pods stuck in Init show nothing in containerStatuses. Pure.
import type { JsonValue } from 'culprit/sdk';
import type { KubeObject } from './kube-client.js';
import { toMs, type Window } from './normalize.js';

const IMAGE = /^(ErrImagePull|ImagePullBackOff|InvalidImageName)$/;
const CONFIG = /^(CreateContainerConfigError|CreateContainerError)$/;

/** Failing init containers of the component's pods; undefined when every init container is fine. */
export function initContainerAttributes(
  pods: KubeObject[],
  w: Window,
): Record<string, JsonValue> | undefined {
  let crashLoopBackOff = 0;
  let imagePullErrors = 0;
  let configErrors = 0;
  let failedRecent = 0;
  let container = '';
  let reason = '';
  let exitCode: number | null = null;
  let message = '';
  for (const p of pods) {
    for (const s of (p.status?.initContainerStatuses ?? []) as KubeObject[]) {
      const waiting = s.state?.waiting;
      const terminated = s.state?.terminated ?? s.lastState?.terminated;
      const failed =
        terminated &&
        Number(terminated.exitCode ?? 0) !== 0 &&
        Number.isFinite(toMs(terminated.finishedAt)) &&
        toMs(terminated.finishedAt) >= w.from &&
        toMs(terminated.finishedAt) <= w.to;
      const w8 = String(waiting?.reason ?? '');
      if (w8 === 'CrashLoopBackOff') crashLoopBackOff++;
      if (IMAGE.test(w8)) imagePullErrors++;
      if (CONFIG.test(w8)) configErrors++;
      if (failed) failedRecent++;
      if ((failed || w8 === 'CrashLoopBackOff' || IMAGE.test(w8) || CONFIG.test(w8)) && !container) {
        container = String(s.name ?? '');
        reason = w8 || String(terminated?.reason ?? '');
        exitCode = terminated ? Number(terminated.exitCode ?? 0) : null;
        message = String(waiting?.message ?? terminated?.message ?? '').slice(0, 300);
      }
    }
  }
  if (crashLoopBackOff + imagePullErrors + configErrors + failedRecent === 0) return undefined;
  return {
    crashLoopBackOff,
    imagePullErrors,
    configErrors,
    failedRecent,
    container,
    reason,
    exitCode,
    message,
  };
}
