// The example shop split over two clusters: every workload in `east` except the orders database,
// which runs in `west` (a service in one cluster calling a database in another). Written to a temp dir.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const WEST_COMPONENTS = new Set(['orders-db']);

/** The path of a topology file with `kubernetes.cluster` set on every mapped component. */
export function writeTwoClusterShop(dir = mkdtempSync(join(tmpdir(), 'culprit-two-clusters-'))): string {
  const doc = parse(readFileSync('knowledge-graph/shop.yaml', 'utf8')) as {
    components: { id: string; kubernetes?: Record<string, unknown> }[];
  };
  for (const c of doc.components)
    if (c.kubernetes) c.kubernetes.cluster = WEST_COMPONENTS.has(c.id) ? 'west' : 'east';
  const path = join(dir, 'shop-two-clusters.yaml');
  writeFileSync(path, stringify(doc));
  return path;
}
