// Renders an eval score: a text table for terminals and CI logs, JSON for tools, and one
// self-contained HTML page (tables and an inline-SVG reliability plot; no script, no network).
import type { EvalScore, GroupScore, ReliabilityRow, ScenarioScore } from './score.js';
import type { ThresholdCheck } from './thresholds.js';

export interface EvalReport {
  /** The corpus paths given. */
  corpus: string[];
  split: 'dev' | 'test' | 'all';
  rulePacks: { name: string; version: string }[];
  generatedAt: string;
  /** Wall time of the whole run (scenarios run concurrently). */
  wallMs: number;
  score: EvalScore;
  thresholds: ThresholdCheck[];
}

export const EVAL_REPORT_VERSION = 1;

export function formatEvalJson(report: EvalReport): string {
  return `${JSON.stringify({ version: EVAL_REPORT_VERSION, ...report }, null, 2)}\n`;
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));
const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);

const GROUP_COLUMNS: [string, (g: GroupScore) => string][] = [
  ['n', (g) => String(g.scenarios)],
  ['faults', (g) => String(g.faults)],
  ['AC@1', (g) => pct(g.ac1)],
  ['AC@3', (g) => pct(g.ac3)],
  ['comp AC@1', (g) => pct(g.componentAc1)],
  ['no-fault', (g) => (g.noFault === 0 ? '—' : `${pct(g.noFaultCorrect)} of ${g.noFault}`)],
  ['high', (g) => String(g.high)],
  ['high prec', (g) => pct(g.highPrecision)],
  ['ECE', (g) => num(g.ece)],
  ['errors', (g) => String(g.errors)],
];

const RELIABILITY_COLUMNS: [string, (r: ReliabilityRow) => string][] = [
  ['range', (r) => `${r.lower.toFixed(2)}–${r.upper.toFixed(2)}`],
  ['n', (r) => String(r.count)],
  ['mean confidence', (r) => num(r.meanConfidence)],
  ['accuracy', (r) => pct(r.accuracy)],
  ['gap', (r) => (r.count === 0 ? '—' : num(r.meanConfidence! - r.accuracy!))],
];

const answer = (a: { component: string; cause: string } | undefined) =>
  a ? `${a.component}:${a.cause}` : 'no fault';
const topText = (s: ScenarioScore) =>
  s.error
    ? s.error.code
    : s.top[0]
      ? `${s.top[0].node}:${s.top[0].cause} (${s.top[0].confidence.toFixed(2)} ${s.top[0].band}${s.conclusive ? '' : ', inconclusive'})`
      : 'nothing';

function textTable(title: string, header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n');
}

function groupTable(title: string, first: string, groups: readonly GroupScore[]): string {
  return textTable(
    title,
    [first, ...GROUP_COLUMNS.map(([h]) => h)],
    groups.map((g) => [g.key, ...GROUP_COLUMNS.map(([, f]) => f(g))]),
  );
}

export function formatEvalText(report: EvalReport): string {
  const { score } = report;
  const packs = report.rulePacks.map((p) => `${p.name}@${p.version}`).join(', ');
  const out = [
    `Culprit eval: ${score.overall.scenarios} scenarios (${score.overall.faults} with a fault, ${score.overall.noFault} without) from ${report.corpus.join(', ')}; split ${report.split}; rule packs ${packs}`,
    '',
    groupTable('Summary', 'split', [score.overall, ...score.bySplit]),
    textTable(
      'Reliability of the top answer, per band',
      ['band', ...RELIABILITY_COLUMNS.map(([h]) => h)],
      score.reliability.bands.map((r) => [r.key, ...RELIABILITY_COLUMNS.map(([, f]) => f(r))]),
    ),
    groupTable('By cause', 'cause', score.byCause),
    groupTable('By trait', 'trait', score.byTrait),
    groupTable('By system', 'system', score.bySystem),
    groupTable('By difficulty', 'difficulty', score.byDifficulty),
    `Investigation time: median ${ms(score.timing.medianMs)}, p95 ${ms(score.timing.p95Ms)}; whole run ${ms(report.wallMs)}`,
    '',
  ];
  const misses = score.scenarios.filter((s) => !s.correct1);
  if (misses.length > 0) {
    out.push(
      textTable(
        `Wrong at rank 1 (${misses.length})`,
        ['scenario', 'split', 'expected', 'top answer'],
        misses.map((s) => [s.id, s.split, answer(s.expected), topText(s)]),
      ),
    );
  }
  const failedRuns = score.scenarios.filter((s) => s.error);
  if (failedRuns.length > 0) {
    out.push(`Could not run (${failedRuns.length}; counted as wrong)`);
    for (const s of failedRuns) out.push(`  ${s.id}: ${s.error!.message}`);
    out.push('');
  }
  if (report.thresholds.length > 0) {
    out.push('Thresholds');
    for (const t of report.thresholds) {
      out.push(
        `  ${t.ok ? 'ok  ' : 'FAIL'} ${t.split} ${t.metric} ${pct(t.value)} ${t.ok ? '≥' : '<'} ${pct(t.threshold)} (${t.source})`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function markdownTable(header: string[], rows: string[][]): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function markdownGroups(first: string, groups: readonly GroupScore[]): string {
  return markdownTable(
    [first, ...GROUP_COLUMNS.map(([h]) => h)],
    groups.map((g) => [g.key, ...GROUP_COLUMNS.map(([, f]) => f(g))]),
  );
}

/**
 * Markdown tables for documents such as docs/accuracy.md: the same numbers as the text table,
 * without the per-scenario lists (a held-out split is reported in aggregate only).
 */
export function formatEvalMarkdown(report: EvalReport): string {
  const { score } = report;
  const packs = report.rulePacks.map((p) => `${p.name}@${p.version}`).join(', ');
  return [
    `Split \`${report.split}\`: ${score.overall.scenarios} scenarios (${score.overall.faults} with a fault, ${score.overall.noFault} without); rule packs ${packs}; investigation time median ${ms(score.timing.medianMs)}, p95 ${ms(score.timing.p95Ms)}.`,
    '',
    markdownGroups('split', report.split === 'all' ? [score.overall, ...score.bySplit] : score.bySplit),
    '**Reliability of the top answer, per band**',
    '',
    markdownTable(
      ['band', ...RELIABILITY_COLUMNS.map(([h]) => h)],
      score.reliability.bands.map((r) => [r.key, ...RELIABILITY_COLUMNS.map(([, f]) => f(r))]),
    ),
    '**By cause**',
    '',
    markdownGroups('cause', score.byCause),
    '**By trait**',
    '',
    markdownGroups('trait', score.byTrait),
    '**By system**',
    '',
    markdownGroups('system', score.bySystem),
  ].join('\n');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlTable(
  id: string,
  caption: string,
  header: string[],
  rows: string[][],
  rowClass?: string[],
): string {
  const head = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r, i) =>
        `<tr${rowClass?.[i] ? ` class="${rowClass[i]}"` : ''}>${r.map((c, j) => (j === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table id="${id}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function htmlGroupTable(id: string, caption: string, first: string, groups: readonly GroupScore[]): string {
  return htmlTable(
    id,
    caption,
    [first, ...GROUP_COLUMNS.map(([h]) => h)],
    groups.map((g) => [g.key, ...GROUP_COLUMNS.map(([, f]) => f(g))]),
  );
}

/** Reliability diagram: accuracy against mean confidence per bin (area ∝ count), bands shaded. */
export function reliabilitySvg(score: EvalScore): string {
  const size = 320;
  const pad = 40;
  const inner = size - 2 * pad;
  const x = (v: number) => pad + v * inner;
  const y = (v: number) => size - pad - v * inner;
  const max = Math.max(1, ...score.reliability.bins.map((b) => b.count));
  const bands = score.reliability.bands
    .map(
      (b, i) =>
        `<rect class="band band-${b.key}" x="${x(b.lower).toFixed(1)}" y="${pad}" width="${(x(b.upper) - x(b.lower)).toFixed(1)}" height="${inner}" fill="${['#e8f5e9', '#fff8e1', '#fbe9e7'][i]}"><title>${b.key} band</title></rect>`,
    )
    .join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<text x="${x(t)}" y="${size - pad + 16}" text-anchor="middle">${t}</text><text x="${pad - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`,
    )
    .join('');
  const points = score.reliability.bins
    .filter((b) => b.count > 0)
    .map(
      (b) =>
        `<circle class="bin" cx="${x(b.meanConfidence!).toFixed(1)}" cy="${y(b.accuracy!).toFixed(1)}" r="${(3 + 9 * Math.sqrt(b.count / max)).toFixed(1)}" fill="#1565c0" fill-opacity="0.7"><title>${escapeHtml(b.key)}: ${b.count} answers, mean confidence ${num(b.meanConfidence)}, accuracy ${pct(b.accuracy)}</title></circle>`,
    )
    .join('');
  return [
    `<svg id="reliability-plot" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="Reliability plot: accuracy against confidence of the top answer">`,
    bands,
    `<rect x="${pad}" y="${pad}" width="${inner}" height="${inner}" fill="none" stroke="#666"/>`,
    `<line class="diagonal" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="4 3"/>`,
    points,
    `<g font-size="11" fill="#333">${ticks}<text x="${size / 2}" y="${size - 6}" text-anchor="middle">confidence of the top answer</text><text transform="translate(12 ${size / 2}) rotate(-90)" text-anchor="middle">share right</text></g>`,
    '</svg>',
  ].join('');
}

export function formatEvalHtml(report: EvalReport): string {
  const { score } = report;
  const packs = report.rulePacks.map((p) => `${p.name}@${p.version}`).join(', ');
  const failed = report.thresholds.filter((t) => !t.ok);
  const scenarioRows = score.scenarios.map((s) => [
    s.id,
    s.split,
    answer(s.expected),
    topText(s),
    s.correct1 ? 'yes' : 'no',
    s.correct3 ? 'yes' : 'no',
    ms(s.durationMs),
  ]);
  const sections = [
    htmlGroupTable('summary', 'Summary per split', 'split', [score.overall, ...score.bySplit]),
    `<figure>${reliabilitySvg(score)}<figcaption>Reliability of the top answer: each dot is a tenth of the confidence range (area ∝ answers); on the dashed line, confidence equals the share right. Shaded: low, medium, high bands.</figcaption></figure>`,
    htmlTable(
      'reliability',
      'Reliability per band',
      ['band', ...RELIABILITY_COLUMNS.map(([h]) => h)],
      score.reliability.bands.map((r) => [r.key, ...RELIABILITY_COLUMNS.map(([, f]) => f(r))]),
    ),
    htmlGroupTable('by-cause', 'By cause', 'cause', score.byCause),
    htmlGroupTable('by-trait', 'By trait', 'trait', score.byTrait),
    htmlGroupTable('by-system', 'By system', 'system', score.bySystem),
    htmlGroupTable('by-difficulty', 'By difficulty', 'difficulty', score.byDifficulty),
    report.thresholds.length === 0
      ? ''
      : htmlTable(
          'thresholds',
          'Thresholds',
          ['split', 'metric', 'value', 'floor', 'source', 'result'],
          report.thresholds.map((t) => [
            t.split,
            t.metric,
            pct(t.value),
            pct(t.threshold),
            t.source,
            t.ok ? 'ok' : 'FAIL',
          ]),
          report.thresholds.map((t) => (t.ok ? 'ok' : 'fail')),
        ),
    htmlTable(
      'scenarios',
      'Scenarios',
      ['scenario', 'split', 'expected', 'top answer', 'AC@1', 'AC@3', 'time'],
      scenarioRows,
      score.scenarios.map((s) => (s.correct1 ? 'ok' : 'fail')),
    ),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Culprit eval — ${score.overall.scenarios} scenarios</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 1.5rem 0; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding-bottom: .4rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: right; }
th[scope=row], thead th:first-child { text-align: left; }
tr.fail th, tr.fail td { background: #fdecea; }
.verdict { padding: .5rem .8rem; border-radius: 4px; display: inline-block; }
.verdict.ok { background: #e8f5e9; } .verdict.fail { background: #fdecea; }
figure { margin: 1.5rem 0; } figcaption { max-width: 40rem; color: #555; }
</style>
</head>
<body>
<h1>Culprit eval</h1>
<p>${score.overall.scenarios} scenarios (${score.overall.faults} with a fault, ${score.overall.noFault} without) from <code>${escapeHtml(report.corpus.join(', '))}</code>, split <code>${report.split}</code>, rule packs <code>${escapeHtml(packs)}</code>. Investigation time: median ${ms(score.timing.medianMs)}, p95 ${ms(score.timing.p95Ms)}; whole run ${ms(report.wallMs)}. Generated ${escapeHtml(report.generatedAt)}.</p>
${report.thresholds.length === 0 ? '' : `<p class="verdict ${failed.length === 0 ? 'ok' : 'fail'}">${failed.length === 0 ? 'Every threshold is met.' : `${failed.length} threshold(s) not met.`}</p>`}
${sections.filter(Boolean).join('\n')}
</body>
</html>
`;
}
