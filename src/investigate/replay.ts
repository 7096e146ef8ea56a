// Re-scores a recorded investigation under other rule packs or another topology, and says how the
// ranking moved. It never collects: the tape's evidence is the only input.
import type { Report } from '../sdk/index.js';
import type { EvidenceTape } from './evidence-tape.js';
import { assess, type PipelineDeps } from './pipeline.js';

export interface RankingChange {
  node: string;
  cause: string;
  before?: { rank: number; confidence: number };
  after?: { rank: number; confidence: number };
  change: 'new' | 'dropped' | 'up' | 'down' | 'same';
}

export interface ReplayResult {
  report: Report;
  changes: RankingChange[];
}

export async function replayTape(
  tape: EvidenceTape,
  deps: Pick<PipelineDeps, 'graph' | 'evaluator' | 'rulePacks' | 'clock' | 'correlation'>,
): Promise<ReplayResult> {
  const named = tape.scope.named.filter((id) => deps.graph.has(id));
  const nodes = tape.scope.nodes.filter((id) => deps.graph.has(id));
  const { report } = await assess(
    tape.incident,
    { named, nodes },
    tape.evidence,
    tape.discovered,
    tape.collectors,
    deps,
  );
  return { report, changes: compareRankings(tape.report, report) };
}

export function compareRankings(before: Report | undefined, after: Report): RankingChange[] {
  const key = (h: { node: string; cause: string }) => `${h.node}\u0000${h.cause}`;
  const old = new Map((before?.hypotheses ?? []).map((h) => [key(h), h]));
  const changes: RankingChange[] = [];
  for (const h of after.hypotheses) {
    const prev = old.get(key(h));
    old.delete(key(h));
    const now = { rank: h.rank, confidence: h.confidence };
    if (!prev) {
      changes.push({ node: h.node, cause: h.cause, after: now, change: 'new' });
      continue;
    }
    const was = { rank: prev.rank, confidence: prev.confidence };
    const change = h.rank < prev.rank ? 'up' : h.rank > prev.rank ? 'down' : 'same';
    changes.push({ node: h.node, cause: h.cause, before: was, after: now, change });
  }
  for (const prev of old.values()) {
    changes.push({
      node: prev.node,
      cause: prev.cause,
      before: { rank: prev.rank, confidence: prev.confidence },
      change: 'dropped',
    });
  }
  return changes;
}
