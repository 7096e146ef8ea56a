// Renders a report as a Mermaid flowchart for chat and markdown: the topology neighbourhood with the
// cause, its path and the components showing symptoms marked. Text only; ids are quoted, never code.
import type { GraphView, Report } from '../sdk/index.js';
import { reportNeighbourhood } from './report-neighbourhood.js';

export function formatReportMermaid(report: Report, graph?: GraphView): string {
  const { nodes, edges } = reportNeighbourhood(report, graph);
  const top = report.hypotheses[0];
  const ref = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of nodes) {
    const label = n.roles.cause && top ? `${n.id}<br/>${top.cause} ${top.confidence.toFixed(2)}` : n.id;
    const cls = n.roles.cause ? ':::cause' : n.roles.symptom ? ':::symptom' : n.roles.path ? ':::path' : '';
    lines.push(`  ${ref.get(n.id)}["${mermaidText(label)}"]${cls}`);
  }
  const pathLinks: number[] = [];
  edges.forEach((e, i) => {
    lines.push(`  ${ref.get(e.from)} ${e.path ? '==>' : '-->'} ${ref.get(e.to)}`);
    if (e.path) pathLinks.push(i);
  });
  lines.push(
    '  classDef cause fill:#fde2e1,stroke:#c62828,stroke-width:3px',
    '  classDef symptom fill:#fff4d6,stroke:#b7791f',
    '  classDef path fill:#fdecea,stroke:#e57373',
  );
  if (pathLinks.length) lines.push(`  linkStyle ${pathLinks.join(',')} stroke:#c62828,stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}

/** Mermaid labels are HTML-ish: quotes and angle brackets become entities (the <br/> we add stays). */
function mermaidText(text: string): string {
  return text
    .split('<br/>')
    .map((part) => part.replace(/["<>&#]/g, (c) => `#${c.charCodeAt(0)};`))
    .join('<br/>');
}
