// Renders a report as one self-contained HTML page (inline CSS and SVG, no script, no network): the
// topology neighbourhood with the cause path, ranked causes with confidence bars and factors, the
// evidence timeline, missing evidence and remediation. Every cluster-supplied string is escaped.
import { groupByComponent } from '../investigate/index.js';
import type { Hypothesis, Report } from '../sdk/index.js';
import { clusterObject, componentLabel, remediationCommands } from './cluster-names.js';
import type { ReportContext } from './render-report.js';
import { NODE_HEIGHT, NODE_WIDTH, reportNeighbourhood } from './report-neighbourhood.js';

const MAX_TIMELINE = 200;

export function formatReportHtml(report: Report, context: ReportContext = {}): string {
  const top = report.hypotheses[0];
  const title = top
    ? `${report.conclusive ? 'Root cause' : 'Leading hypothesis'}: ${componentLabel(top.node, context)} — ${top.cause}`
    : 'No hypothesis';
  const body = [
    `<header><h1>${esc(title)}</h1>`,
    `<p class="meta">Incident <code>${esc(report.incidentId)}</code>`,
    context.incident?.description ? ` — “${esc(context.incident.description)}”` : '',
    ` · generated ${esc(report.generatedAt)}</p>`,
    report.conclusive
      ? '<p class="verdict conclusive" id="verdict">Conclusive</p>'
      : `<p class="verdict inconclusive" id="verdict">Inconclusive: ${esc(report.inconclusiveReason ?? 'no hypothesis is strong or clearly ahead')}</p>`,
    '</header>',
    '<section><h2>Topology</h2>',
    topologySvg(report, context),
    '<p class="legend"><span class="key cause"></span> cause <span class="key path"></span> cause path ',
    '<span class="key symptom"></span> symptom <span class="key named"></span> named in the incident</p></section>',
    causesSection(report, context),
    remediationSection(top, context),
    timelineSection(report, context),
    missingSection(report),
  ].join('');
  return page(`Culprit — ${title}`, body);
}

export interface IncidentListEntry {
  id: string;
  description: string;
  status: string;
  createdAt: string;
  top?: { node: string; cause: string; confidence: number; band: string };
  conclusive?: boolean;
}

/** The landing page of the service: recent incidents, each linking to its report page. */
export function formatIncidentListHtml(entries: readonly IncidentListEntry[]): string {
  const rows = entries.map(
    (e) =>
      `<tr><td><a href="/incidents/${encodeURIComponent(e.id)}">${esc(e.id)}</a></td>` +
      `<td>${esc(e.createdAt)}</td><td>${esc(e.status)}</td><td>${esc(e.description)}</td>` +
      `<td>${e.top ? `${esc(e.top.node)} — ${esc(e.top.cause)} (${e.top.confidence.toFixed(2)}, ${esc(e.top.band)})` : ''}</td></tr>`,
  );
  const body =
    '<header><h1>Culprit — recent incidents</h1></header><section>' +
    (entries.length === 0
      ? '<p id="empty">No incidents yet. POST one to <code>/api/v1/incidents</code>.</p>'
      : '<table id="incidents"><thead><tr><th>Incident</th><th>Created</th><th>Status</th><th>Description</th><th>Leading cause</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>`) +
    '<p class="meta">API: <a href="/docs">/docs</a></p></section>';
  return page('Culprit — incidents', body);
}

function topologySvg(report: Report, context: ReportContext): string {
  const hood = reportNeighbourhood(report, context.graph);
  if (hood.nodes.length === 0) return '<p id="no-topology">No component in scope.</p>';
  const at = new Map(hood.nodes.map((n) => [n.id, n]));
  const edges = hood.edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const [x1, y1] = [a.x + NODE_WIDTH, a.y + NODE_HEIGHT / 2];
    const [x2, y2] = [b.x, b.y + NODE_HEIGHT / 2];
    const back = b.x <= a.x;
    const d = back
      ? `M${a.x} ${y1} C${a.x - 40} ${y1} ${b.x + NODE_WIDTH + 40} ${y2} ${b.x + NODE_WIDTH} ${y2}`
      : `M${x1} ${y1} C${x1 + 40} ${y1} ${x2 - 40} ${y2} ${x2} ${y2}`;
    return `<path class="edge ${e.type}${e.path ? ' on-path' : ''}" data-from="${esc(e.from)}" data-to="${esc(e.to)}" d="${d}" marker-end="url(#arrow${e.path ? '-path' : ''})"/>`;
  });
  const nodes = hood.nodes.map((n) => {
    const classes = ['node', n.kind];
    if (n.roles.cause) classes.push('cause');
    if (n.roles.path) classes.push('path');
    if (n.roles.symptom) classes.push('symptom');
    if (n.roles.named) classes.push('named');
    const name = componentLabel(n.id, context);
    const label = name.length > 20 ? `${name.slice(0, 19)}…` : name;
    return (
      `<g class="${classes.join(' ')}" data-node="${esc(n.id)}" transform="translate(${n.x},${n.y})">` +
      `<title>${esc(n.id)} (${esc(n.kind)})</title>` +
      `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8"/>` +
      `<text x="10" y="18" class="label">${esc(label)}</text>` +
      `<text x="10" y="34" class="kind">${esc(n.kind)}${n.roles.symptom ? ' · symptom' : ''}</text></g>`
    );
  });
  return (
    `<svg id="topology" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="topology neighbourhood" ` +
    `width="${hood.width}" height="${hood.height}" viewBox="0 0 ${hood.width} ${hood.height}">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8a94a6"/></marker>' +
    '<marker id="arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#c62828"/></marker></defs>' +
    `${edges.join('')}${nodes.join('')}</svg>`
  );
}

function causesSection(report: Report, context: ReportContext): string {
  if (report.hypotheses.length === 0) return '<section><h2>Causes</h2><p>No hypothesis.</p></section>';
  // One row per component, led by its best cause; the same component's other causes fold under it.
  const rows = groupByComponent(report.hypotheses.slice(0, 10)).flatMap(({ lead, sameComponent }) => [
    causeRow(lead, context, false),
    ...sameComponent.map((h) => causeRow(h, context, true)),
  ]);
  return (
    '<section><h2>Ranked causes</h2><table id="causes"><thead><tr><th>#</th><th>Component</th><th>Cause</th>' +
    `<th>Confidence</th><th>Factors</th><th>Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

function causeRow(h: Hypothesis, context: ReportContext, folded: boolean): string {
  const pct = Math.round(h.confidence * 100);
  const factors = h.factors
    .map(
      (f) =>
        `<li>${esc(f.name)}: ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}${f.note ? ` — ${esc(f.note)}` : ''}</li>`,
    )
    .join('');
  const findings = h.findings.map((f) => `<li>${esc(f.message)} <code>${esc(f.ruleId)}</code></li>`).join('');
  const object = clusterObject(h.node, context);
  const where = object
    ? `<div class="meta k8s">${esc(object.kind.toLowerCase())}/${esc(object.name)}${object.namespace ? ` -n ${esc(object.namespace)}` : ''}</div>`
    : '';
  const component = folded
    ? `<span class="also">also at ${esc(componentLabel(h.node, context))}</span>`
    : `<strong>${esc(componentLabel(h.node, context))}</strong>${where}`;
  return (
    `<tr class="hypothesis band-${esc(h.band)}${folded ? ' folded' : ''}" data-node="${esc(h.node)}" data-cause="${esc(h.cause)}">` +
    `<td>${h.rank}</td><td>${component}</td><td>${esc(h.cause)}</td>` +
    `<td><div class="bar" title="${h.confidence.toFixed(2)}"><div class="fill" style="width:${pct}%"></div></div>` +
    `<span class="score">${h.confidence.toFixed(2)} ${esc(h.band)}</span></td>` +
    `<td><ul class="factors">${factors}</ul></td><td><ul>${findings}</ul></td></tr>`
  );
}

function remediationSection(top: Hypothesis | undefined, context: ReportContext): string {
  if (!top) return '';
  const advice = top.remediation.map((r) => `<li>${esc(r)}</li>`);
  const commands = remediationCommands(top, context).map((c) => `<li><code>${esc(c)}</code></li>`);
  if (advice.length + commands.length === 0) return '';
  return (
    `<section><h2>Remediation</h2><ul id="remediation">${advice.join('')}</ul>` +
    (commands.length
      ? `<p>Commands, with the names the cluster uses:</p><ul id="commands">${commands.join('')}</ul>`
      : '') +
    '</section>'
  );
}

function timelineSection(report: Report, context: ReportContext): string {
  // The components the answer is about: their evidence first; the rest is counted, not listed.
  const relevant = new Set([
    ...report.symptoms.map((s) => s.node),
    ...report.hypotheses.slice(0, 5).flatMap((h) => h.path),
  ]);
  const all = context.evidence ?? [];
  const chosen = relevant.size ? all.filter((e) => relevant.has(e.node)) : all;
  const others = all.length - chosen.length;
  const evidence = [...chosen].sort(
    (a, b) => a.observedAt.localeCompare(b.observedAt) || a.node.localeCompare(b.node),
  );
  if (evidence.length === 0) return '';
  const rows = evidence
    .slice(0, MAX_TIMELINE)
    .map(
      (e) =>
        `<tr><td>${esc(e.observedAt)}</td><td>${esc(e.node)}</td><td>${esc(e.source)}</td><td>${esc(e.kind)}</td></tr>`,
    );
  const hidden = others + Math.max(0, evidence.length - MAX_TIMELINE);
  const more = hidden > 0 ? `<p class="meta">… and ${hidden} more on other components</p>` : '';
  return (
    '<section><h2>Evidence timeline</h2><table id="timeline"><thead><tr><th>Observed</th><th>Component</th>' +
    `<th>Source</th><th>Kind</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}</section>`
  );
}

function missingSection(report: Report): string {
  if (report.missingEvidence.length === 0) return '';
  const items = report.missingEvidence.map(
    (m) =>
      `<li>${esc(m.source)}${m.node ? ` on ${esc(m.node)}` : ''}: ${esc(m.status)}${m.reason ? ` (${esc(m.reason)})` : ''}${m.code ? ` <code>${esc(m.code)}</code>` : ''}</li>`,
  );
  return `<section><h2>Missing evidence</h2><ul id="missing">${items.join('')}</ul></section>`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style></head>
<body>${body}</body></html>
`;
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid #e4e7eb;padding-bottom:4px}
.meta{color:#616e7c}.verdict{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600}
.conclusive{background:#e3f9e5;color:#1f6f2b}.inconclusive{background:#fff4d6;color:#8d5a00}
svg#topology{max-width:100%;height:auto;border:1px solid #e4e7eb;border-radius:8px;background:#fafbfc}
.node rect{fill:#fff;stroke:#9aa5b1;stroke-width:1.5}.node .label{font-weight:600;font-size:13px;fill:#1f2933}
.node .kind{font-size:11px;fill:#616e7c}.node.named rect{stroke:#3f51b5;stroke-width:2}
.node.symptom rect{fill:#fff4d6;stroke:#b7791f;stroke-width:2}.node.path rect{fill:#fdecea;stroke:#e57373;stroke-width:2}
.node.cause rect{fill:#fde2e1;stroke:#c62828;stroke-width:3.5}
.edge{fill:none;stroke:#8a94a6;stroke-width:1.3}.edge.runs-on{stroke-dasharray:4 3}.edge.on-path{stroke:#c62828;stroke-width:3}
.legend .key{display:inline-block;width:12px;height:12px;border-radius:3px;margin:0 4px 0 12px;vertical-align:-1px;border:2px solid}
.key.cause{background:#fde2e1;border-color:#c62828}.key.path{background:#fdecea;border-color:#e57373}
.key.symptom{background:#fff4d6;border-color:#b7791f}.key.named{background:#fff;border-color:#3f51b5}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e4e7eb}
th{font-size:12px;text-transform:uppercase;color:#616e7c}ul{margin:0;padding-left:18px}
.bar{width:140px;height:10px;background:#e4e7eb;border-radius:5px;overflow:hidden}.fill{height:100%;background:#c62828}
.band-medium .fill{background:#d69e2e}.band-low .fill{background:#9aa5b1}.score{font-size:12px;color:#3e4c59}
tr.folded td{background:#fafbfc;font-size:13px}tr.folded td:first-child{padding-left:20px}.also{color:#616e7c}
code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f5f7fa;padding:1px 4px;border-radius:3px}
`;

function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
