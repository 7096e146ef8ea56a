// `culprit investigate` and `culprit replay`: offline investigations from the command line, on the
// bundled topology and rule packs by default, with recorded evidence from a tape file.
import { resolve } from 'node:path';
import { createEngine } from '../engine/index.js';
import { compareRankings, formatReportText, readTape, replayTape, writeTape } from '../investigate/index.js';
import { createRuleEvaluator, loadRulePacks } from '../rules/index.js';
import { packagePath } from '../schema/index.js';
import { loadTopology } from '../topology/index.js';
import { llmFromEnv, type CliIo } from './io.js';

export interface InvestigateFlags {
  topology?: string[];
  rules?: string[];
  evidence?: string;
  entity?: string[];
  format: 'text' | 'json';
  save?: string;
  at?: string;
}

export async function runInvestigate(
  description: string | undefined,
  flags: InvestigateFlags,
  io: CliIo,
): Promise<number> {
  const tape = flags.evidence ? await readTape(resolve(io.cwd, flags.evidence)) : undefined;
  const engine = await createEngine({
    topology: (flags.topology ?? [packagePath('knowledge-graph')]).map((p) => resolve(io.cwd, p)),
    ...(flags.rules ? { rules: flags.rules.map((p) => resolve(io.cwd, p)) } : {}),
    cwd: io.cwd,
    ...llmFromEnv(io.env),
  });
  try {
    const createdAt = flags.at ?? tape?.incident.createdAt;
    const result = await engine.investigate(
      {
        description: description ?? tape?.incident.description ?? '',
        ...(flags.entity ? { entities: flags.entity } : {}),
        ...(createdAt ? { createdAt } : {}),
        ...(tape?.incident.window ? { window: tape.incident.window } : {}),
        ...(tape ? { id: tape.incident.id, labels: tape.incident.labels } : {}),
        source: 'cli',
      },
      tape ? { evidence: tape.evidence, discovered: tape.discovered } : {},
    );
    if (flags.save) await writeTape(resolve(io.cwd, flags.save), result.tape);
    io.stdout(
      flags.format === 'json'
        ? `${JSON.stringify(result.report, null, 2)}\n`
        : formatReportText(result.report),
    );
    return 0;
  } finally {
    await engine.close();
  }
}

export interface ReplayFlags {
  rules?: string[];
  topology?: string[];
  format: 'text' | 'json';
}

export async function runReplay(tapeFile: string, flags: ReplayFlags, io: CliIo): Promise<number> {
  const tape = await readTape(resolve(io.cwd, tapeFile));
  const graph = await loadTopology(
    (flags.topology ?? [packagePath('knowledge-graph')]).map((p) => resolve(io.cwd, p)),
  );
  const packs = await loadRulePacks((flags.rules ?? [packagePath('rules')]).map((p) => resolve(io.cwd, p)));
  const { report } = await replayTape(tape, {
    graph,
    evaluator: createRuleEvaluator(packs),
    rulePacks: packs.map((p) => ({ name: p.name, version: p.version })),
    clock: () => new Date(tape.recordedAt ?? tape.incident.createdAt),
  });
  const changes = compareRankings(tape.report, report);
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ report, changes }, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatReportText(report));
  io.stdout('\nRanking changes against the recorded report:\n');
  if (!tape.report) io.stdout('  (the tape has no recorded report: every hypothesis is new)\n');
  for (const c of changes) {
    const was = c.before ? `#${c.before.rank} ${c.before.confidence.toFixed(2)}` : '—';
    const now = c.after ? `#${c.after.rank} ${c.after.confidence.toFixed(2)}` : '—';
    io.stdout(`  ${c.change.padEnd(7)} ${c.node} — ${c.cause}: ${was} → ${now}\n`);
  }
  return 0;
}
