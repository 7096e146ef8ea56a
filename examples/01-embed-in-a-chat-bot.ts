// 01 — Embed Culprit in a chat bot: a handler gets "/culprit <text>", runs an investigation with
// createEngine, and answers with the top hypotheses. The evidence comes from a recorded tape here;
// in production you would load the kubernetes plugin instead (see README).
import { fileURLToPath } from 'node:url';
import { createEngine, formatReportText, readTape, type Engine } from 'culprit';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** What a bot framework calls for each message addressed to it. */
export async function handleMessage(engine: Engine, text: string, tapeFile: string): Promise<string> {
  const tape = await readTape(tapeFile);
  const { report } = await engine.investigate(
    { description: text, source: 'chat', createdAt: tape.incident.createdAt },
    { evidence: tape.evidence, discovered: tape.discovered },
  );
  const lines = report.hypotheses
    .slice(0, 3)
    .map((h) => `${h.rank}. *${h.node}* — ${h.cause} (${h.band}, ${(h.confidence * 100).toFixed(0)}%)`);
  const header = report.conclusive
    ? 'Most likely root cause:'
    : `Not sure yet (${report.inconclusiveReason}). Best guesses:`;
  const summary = await engine.explain(report);
  return [header, ...lines, '', summary, '', '```', formatReportText(report).trim(), '```'].join('\n');
}

const engine = await createEngine({ topology: here('../knowledge-graph') });
try {
  const reply = await handleMessage(
    engine,
    'checkout is failing with 500s, cart keeps restarting',
    here('./tapes/redis-oom.json'),
  );
  console.log(reply);
} finally {
  await engine.close();
}
