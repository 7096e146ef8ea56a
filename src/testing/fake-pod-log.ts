// GET pods/{name}/log as kube-apiserver and kubelet answer it: the container chosen as the real server
// chooses it, kubelet's container-state rules (previous, waiting, terminated), then tailLines,
// sinceSeconds/sinceTime, timestamps and limitBytes in kubelet's order. Lines without a stamp of
// their own take the time of the stamped line before them (a stack trace belongs to its error line).
import type { KubeObject } from './cluster-snapshot.js';
import { lineTime, rfc3339Nano, stampTime } from './timestamp.js';

export type PodLogAnswer =
  | { ok: true; body: Buffer }
  | { ok: false; status: number; reason: string; message: string; details?: Record<string, unknown> };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export function answerPodLog(
  pod: KubeObject,
  params: URLSearchParams,
  logs: Record<string, string>,
  now: Date,
): PodLogAnswer {
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? '';
  const fail = (status: number, message: string, reason = 'BadRequest', details?: Record<string, unknown>) =>
    ({ ok: false, status, reason, message, ...(details ? { details } : {}) }) as const;
  const invalid = (field: string, value: string, why: string) =>
    fail(422, `PodLogOptions "${name}" is invalid: ${field}: Invalid value: ${value}: ${why}`, 'Invalid', {
      name,
      kind: 'PodLogOptions',
      causes: [{ reason: 'FieldValueInvalid', message: `Invalid value: ${value}: ${why}`, field }],
    });

  // Option validation (ValidatePodLogOptions), before anything else.
  const tailLines = params.get('tailLines');
  const limitBytes = params.get('limitBytes');
  const sinceSeconds = params.get('sinceSeconds');
  const sinceTime = params.get('sinceTime');
  const integer = (v: string) => /^-?\d+$/.test(v);
  for (const v of [tailLines, limitBytes, sinceSeconds])
    if (v !== null && !integer(v)) return fail(400, `strconv.ParseInt: parsing "${v}": invalid syntax`);
  if (tailLines !== null && Number(tailLines) < 0)
    return invalid('tailLines', tailLines, 'must be greater than or equal to 0');
  if (limitBytes !== null && Number(limitBytes) < 1)
    return invalid('limitBytes', limitBytes, 'must be greater than 0');
  if (sinceSeconds !== null && Number(sinceSeconds) < 1)
    return invalid('sinceSeconds', sinceSeconds, 'must be greater than 0');
  if (sinceSeconds !== null && sinceTime !== null)
    return invalid(
      'sinceSeconds',
      sinceSeconds,
      'at most one of `sinceTime` or `sinceSeconds` may be specified',
    );
  if (sinceTime !== null && stampTime(sinceTime) === undefined)
    return fail(400, `parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse`);

  // The container (LogLocation): the one named, else the only one.
  const spec = (pod.spec ?? {}) as Any;
  const containers = (spec.containers ?? []) as Any[];
  const all = [
    ...containers,
    ...((spec.initContainers ?? []) as Any[]),
    ...((spec.ephemeralContainers ?? []) as Any[]),
  ];
  let container = params.get('container') ?? '';
  if (!container) {
    if (containers.length > 1)
      return fail(
        400,
        `a container name must be specified for pod ${name}, choose one of: [${containers.map((c) => c.name).join(' ')}]`,
      );
    container = String(containers[0]?.name ?? 'server');
  } else if (all.length > 0 && !all.some((c) => c.name === container)) {
    return fail(400, `container ${container} is not valid for pod ${name}`);
  }
  const key = `${namespace}/${name}/${container}`;
  const previous = params.get('previous') === 'true' || params.get('previous') === '1';
  const text = chooseLog(pod, container, previous, logs[key], logs[`${key}/previous`]);
  if ('message' in text) return fail(400, text.message);

  // kubelet: tail first, then since, then the timestamps prefix, then the byte cap on what is written.
  const stamped = timedLines(text.text, text.fallbackTime ?? now.getTime());
  let lines = stamped;
  if (tailLines !== null) lines = Number(tailLines) === 0 ? [] : lines.slice(-Number(tailLines));
  const since =
    sinceSeconds !== null
      ? now.getTime() - Number(sinceSeconds) * 1000
      : sinceTime !== null
        ? stampTime(sinceTime)!
        : undefined;
  if (since !== undefined) lines = lines.filter((l) => l.time >= since);
  const withStamps = params.get('timestamps') === 'true' || params.get('timestamps') === '1';
  let body = Buffer.from(
    lines.map((l) => (withStamps ? `${rfc3339Nano(l.time)} ${l.line}` : l.line)).join(''),
  );
  if (limitBytes !== null) body = body.subarray(0, Number(limitBytes));
  return { ok: true, body };
}

/** kubelet's validateContainerLogStatus: which log a request reads, or why there is none. */
function chooseLog(
  pod: KubeObject,
  container: string,
  previous: boolean,
  current: string | undefined,
  last: string | undefined,
): { text: string; fallbackTime?: number } | { message: string } {
  const name = pod.metadata?.name ?? '';
  const status = (pod.status ?? {}) as Any;
  const statuses = [
    ...((status.containerStatuses ?? []) as Any[]),
    ...((status.initContainerStatuses ?? []) as Any[]),
    ...((status.ephemeralContainerStatuses ?? []) as Any[]),
  ];
  const cs = statuses.find((s) => s.name === container);
  const time = (ts: unknown) => (typeof ts === 'string' ? stampTime(ts) : undefined);
  const lastTerminated = cs?.lastState?.terminated;
  if (previous) {
    if (last !== undefined) return { text: last, fallbackTime: time(lastTerminated?.finishedAt) };
    if (lastTerminated) return { text: '' };
    return { message: `previous terminated container "${container}" in pod "${name}" not found` };
  }
  // Objects given without a status (hand-written tests) serve whatever log they were given; a pod no
  // node runs has no kubelet to ask, and the real server answers empty.
  if (!cs) {
    if (current !== undefined || !(pod.spec as Any)?.nodeName) return { text: current ?? '' };
    return { message: `container "${container}" in pod "${name}" is not available` };
  }
  const state = cs.state ?? {};
  if (state.running) return { text: current ?? '' };
  if (state.terminated)
    return { text: current ?? last ?? '', fallbackTime: time(state.terminated.finishedAt) };
  // A container waiting to restart (CrashLoopBackOff) answers with its last terminated instance's log.
  if (lastTerminated) return { text: current ?? last ?? '', fallbackTime: time(lastTerminated.finishedAt) };
  if (state.waiting) {
    const reason = String(state.waiting.reason ?? '');
    const why =
      reason === 'ErrImagePull'
        ? "image can't be pulled"
        : reason === 'ImagePullBackOff'
          ? 'trying and failing to pull image'
          : reason;
    return { message: `container "${container}" in pod "${name}" is waiting to start: ${why}` };
  }
  return { message: `container "${container}" in pod "${name}" is waiting to start - no logs yet` };
}

interface TimedLine {
  /** The line with its newline (the last one may have none). */
  line: string;
  time: number;
}

function timedLines(text: string, fallback: number): TimedLine[] {
  if (text === '') return [];
  const parts = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const times = parts.map((l) => lineTime(l));
  const out: TimedLine[] = [];
  let known = times.find((t) => t !== undefined) ?? fallback;
  for (let i = 0; i < parts.length; i++) {
    if (times[i] !== undefined) known = times[i]!;
    out.push({ line: parts[i]!, time: known });
  }
  return out;
}
