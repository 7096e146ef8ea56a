// Renders a report as a Mermaid flowchart for chat and markdown: the topology neighbourhood with the
// cause, its path and the components showing symptoms marked. Text only; ids are quoted, never code.
import type { DiscoveredNode, GraphView, Report } from '../sdk/index.js';
import { componentLabel } from './cluster-names.js';
import { reportNeighbourhood } from './report-neighbourhood.js';

/** `discovered` (the tape's) names the Kubernetes Nodes that are not in the topology as the cluster does. */
export function formatReportMermaid(
  report: Report,
  graph?: GraphView,
  discovered?: readonly DiscoveredNode[],
): string {
  const names = { ...(graph ? { graph } : {}), ...(discovered ? { discovered } : {}) };
  const { nodes, edges } = reportNeighbourhood(report, graph);
  const top = report.hypotheses[0];
  const ref = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of nodes) {
    const name = componentLabel(n.id, names);
    const label = n.roles.cause && top ? `${name}<br/>${top.cause} ${top.confidence.toFixed(2)}` : name;
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
