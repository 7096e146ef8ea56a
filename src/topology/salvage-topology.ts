// The usable part of a topology document that failed its schema, so the graph checks (unknown
// components, duplicates) still run and one `validate` reports schema and semantic problems together.
// Never used to build a graph: a document that failed its schema only ever yields problems.
import type {
  ComponentDefinition,
  DependencyRef,
  TeamDefinition,
  TopologyDocument,
} from './topology-document.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps the entries of `list` that pass `keep`, at their own indices (a sparse array), so JSON
 *  pointers into the salvaged document still point at the authored YAML. */
function sparse<T>(list: unknown, keep: (v: unknown) => T | undefined): T[] {
  const out: T[] = [];
  if (!Array.isArray(list)) return out;
  list.forEach((v, i) => {
    const kept = keep(v);
    if (kept !== undefined) out[i] = kept;
  });
  return out;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);

function salvageDependency(v: unknown): string | DependencyRef | undefined {
  if (typeof v === 'string') return v;
  if (!isObject(v) || typeof v.id !== 'string') return undefined;
  const type = v.type === 'runs-on' || v.type === 'depends-on' ? v.type : undefined;
  return { id: v.id, ...(type ? { type } : {}) };
}

function salvageComponent(v: unknown): ComponentDefinition | undefined {
  if (!isObject(v) || typeof v.id !== 'string') return undefined;
  return {
    id: v.id,
    kind: (typeof v.kind === 'string' ? v.kind : 'service') as ComponentDefinition['kind'],
    ...(typeof v.team === 'string' ? { team: v.team } : {}),
    aliases: sparse(v.aliases, asString),
    addresses: sparse(v.addresses, asString),
    dependsOn: sparse(v.dependsOn, salvageDependency),
    runsOn: sparse(v.runsOn, asString),
  };
}

export function salvageTopology(data: unknown): TopologyDocument {
  const doc = isObject(data) ? data : {};
  const teams = sparse<TeamDefinition>(doc.teams, (t) =>
    isObject(t) && typeof t.id === 'string' ? { id: t.id } : undefined,
  );
  return {
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    teams: teams.filter(Boolean),
    components: sparse(doc.components, salvageComponent),
  };
}
