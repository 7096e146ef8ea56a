// Label and field selectors as kube-apiserver parses and applies them: the label grammar of
// k8s.io/apimachinery/pkg/labels (=, ==, !=, in, notin, exists, !key) and, for field selectors, only
// the fields each kind's registry strategy makes selectable — any other field is a 400, as for real.
import type { KubeObject } from './cluster-snapshot.js';

export type Selector = (o: KubeObject) => boolean;
/** A parse failure: the message kube-apiserver puts in its 400 BadRequest Status. */
export class SelectorError extends Error {}

const KEY = /^([a-z0-9A-Z]([a-z0-9A-Z._-]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([a-z0-9A-Z._-]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function parseLabelSelector(selector: string | null): Selector {
  if (!selector || selector.trim() === '') return () => true;
  const checks: ((labels: Record<string, string>) => boolean)[] = [];
  for (const raw of selector.split(/,(?![^(]*\))/)) {
    const term = raw.trim();
    let m: RegExpExecArray | null;
    const bad = (why: string) => new SelectorError(`unable to parse requirement: ${why}: "${term}"`);
    if ((m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term))) {
      const [, key, op, list] = m as unknown as [string, string, string, string];
      const values = list.split(',').map((v) => v.trim());
      if (!KEY.test(key)) throw bad('invalid label key');
      if (values.some((v) => !VALUE.test(v))) throw bad('invalid label value');
      checks.push((l) =>
        op === 'in' ? key in l && values.includes(l[key]!) : !(key in l && values.includes(l[key]!)),
      );
    } else if ((m = /^([^!=\s]+)\s*(!=|==|=)\s*([^=!\s]*)$/.exec(term))) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      if (!KEY.test(key)) throw bad('invalid label key');
      if (!VALUE.test(value)) throw bad('invalid label value');
      checks.push((l) => (op === '!=' ? l[key] !== value : key in l && l[key] === value));
    } else if ((m = /^!\s*(\S+)$/.exec(term))) {
      const key = m[1]!;
      if (!KEY.test(key)) throw bad('invalid label key');
      checks.push((l) => !(key in l));
    } else if (KEY.test(term)) {
      checks.push((l) => term in l);
    } else {
      throw bad('found an unexpected token');
    }
  }
  return (o) => {
    const labels = o.metadata?.labels ?? {};
    return checks.every((c) => c(labels));
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Selectable fields per kind besides metadata.name and metadata.namespace (pkg/registry/…/strategy.go). */
const FIELDS: Record<string, Record<string, (o: Any) => string>> = {
  Pod: {
    'spec.nodeName': (o) => str(o.spec?.nodeName),
    'spec.restartPolicy': (o) => str(o.spec?.restartPolicy),
    'spec.schedulerName': (o) => str(o.spec?.schedulerName),
    'spec.serviceAccountName': (o) => str(o.spec?.serviceAccountName),
    'spec.hostNetwork': (o) => String(o.spec?.hostNetwork === true),
    'status.phase': (o) => str(o.status?.phase),
    'status.podIP': (o) => str(o.status?.podIP),
    'status.nominatedNodeName': (o) => str(o.status?.nominatedNodeName),
  },
  Event: {
    'involvedObject.kind': (o) => str(o.involvedObject?.kind),
    'involvedObject.namespace': (o) => str(o.involvedObject?.namespace),
    'involvedObject.name': (o) => str(o.involvedObject?.name),
    'involvedObject.uid': (o) => str(o.involvedObject?.uid),
    'involvedObject.apiVersion': (o) => str(o.involvedObject?.apiVersion),
    'involvedObject.resourceVersion': (o) => str(o.involvedObject?.resourceVersion),
    'involvedObject.fieldPath': (o) => str(o.involvedObject?.fieldPath),
    reason: (o) => str(o.reason),
    reportingComponent: (o) => str(o.reportingComponent),
    source: (o) => str(o.source?.component),
    type: (o) => str(o.type),
  },
  Node: { 'spec.unschedulable': (o) => String(o.spec?.unschedulable === true) },
  Namespace: { 'status.phase': (o) => str(o.status?.phase) },
  ReplicaSet: { 'status.replicas': (o) => String(o.status?.replicas ?? 0) },
  Secret: { type: (o) => str(o.type) },
  Service: { 'spec.clusterIP': (o) => str(o.spec?.clusterIP), 'spec.type': (o) => str(o.spec?.type) },
};

export function parseFieldSelector(kind: string, selector: string | null): Selector {
  if (!selector || selector.trim() === '') return () => true;
  const fields: Record<string, (o: Any) => string> = {
    'metadata.name': (o) => str(o.metadata?.name),
    'metadata.namespace': (o) => str(o.metadata?.namespace),
    ...FIELDS[kind],
  };
  const checks: Selector[] = [];
  for (const term of splitUnescaped(selector, ',')) {
    const m = /^([^=!]+)(!=|==|=)(.*)$/.exec(term.trim());
    if (!m) throw new SelectorError(`invalid selector: '${selector}'; can't understand '${term}'`);
    const [, field, op, escaped] = m as unknown as [string, string, string, string];
    const get = fields[field.trim()];
    if (!get) throw new SelectorError(`field label not supported: ${field.trim()}`);
    const value = escaped.replace(/\\(.)/g, '$1');
    checks.push((o) => (get(o) === value) !== (op === '!='));
  }
  return (o) => checks.every((c) => c(o));
}

function splitUnescaped(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) current += text[i]! + text[++i]!;
    else if (text[i] === sep) {
      out.push(current);
      current = '';
    } else current += text[i];
  }
  out.push(current);
  return out.filter((t) => t.trim() !== '');
}
