// Renders a Report as plain text for terminals and chat: the ranked causes with their bands, the
// evidence behind each, the path to the symptom and the remediation. Presentation only; no scoring.
import type { Hypothesis, Report } from '../sdk/index.js';

export interface ReportTextOptions {
  /** How many alternatives after the top hypothesis (default 3). */
  alternatives?: number;
  /** Maximum evidence lines per hypothesis (default 5). */
  evidenceLines?: number;
  /** Commands to run on a hypothesis with the names the cluster uses (the report layer knows them). */
  commands?: (h: Hypothesis) => readonly string[];
  /** How a component is shown (default its id): the report layer names Nodes as the cluster does. */
  label?: (component: string) => string;
}

/** A component's leading hypothesis with the lower-ranked ones at the same component folded under it. */
export interface ComponentHypotheses {
  lead: Hypothesis;
  sameComponent: Hypothesis[];
}

/** Groups ranked hypotheses by component, in rank order: one entry per component, led by its best. */
export function groupByComponent(hypotheses: readonly Hypothesis[]): ComponentHypotheses[] {
  const groups = new Map<string, ComponentHypotheses>();
  for (const h of hypotheses) {
    const group = groups.get(h.node);
    if (group) group.sameComponent.push(h);
    else groups.set(h.node, { lead: h, sameComponent: [] });
  }
  return [...groups.values()];
}

export function formatReportText(report: Report, options: ReportTextOptions = {}): string {
  const lines: string[] = [];
  const alternatives = options.alternatives ?? 3;
  const evidenceLines = options.evidenceLines ?? 5;
  const named = report.scope.named.length > 0 ? report.scope.named.join(', ') : '(none named)';
  const label = options.label ?? ((id: string) => id);
  const describe = (h: Hypothesis) => `${label(h.node)} — ${describeCause(h)}`;
  lines.push(`Incident ${report.incidentId} — components: ${named}`);
  const mapped = report.entities.filter((e) => e.text && e.via !== 'explicit');
  if (mapped.length > 0) {
    lines.push(`  Understood: ${mapped.map((e) => `"${e.text}" → ${e.node}`).join(', ')}`);
  }
  const [first, ...rest] = groupByComponent(report.hypotheses);
  const top = first?.lead;
  if (!report.conclusive) {
    lines.push(
      '',
      `Inconclusive: ${report.inconclusiveReason ?? 'no hypothesis is strong or clearly ahead'}`,
    );
  }
  if (top) {
    lines.push('', `${report.conclusive ? 'Root cause' : 'Leading hypothesis'}: ${describe(top)}`);
    lines.push(...details(top, evidenceLines, label));
    for (const h of first.sameComponent)
      lines.push(`  Also at ${label(h.node)}: ${h.rank}. ${describeCause(h)}`);
    for (const c of options.commands?.(top) ?? []) lines.push(`  Run: ${c}`);
  }
  const shown = rest.slice(0, alternatives);
  if (shown.length > 0) {
    lines.push('', 'Alternatives:');
    for (const { lead, sameComponent } of shown) {
      lines.push(`  ${lead.rank}. ${describe(lead)}`);
      for (const h of sameComponent) lines.push(`     also ${h.rank}. ${describeCause(h)}`);
    }
  }
  if (report.missingEvidence.length > 0) {
    lines.push('', 'Missing evidence:');
    for (const m of report.missingEvidence) {
      lines.push(
        `  - ${m.source}${m.node ? ` on ${m.node}` : ''}: ${m.status}${m.reason ? ` (${m.reason})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeCause(h: Hypothesis): string {
  return `${h.cause} (confidence ${h.confidence.toFixed(2)}, ${h.band})`;
}

function details(h: Hypothesis, max: number, label: (component: string) => string): string[] {
  const out: string[] = [];
  if (h.path.length > 1) out.push(`  Path: ${h.path.map(label).join(' → ')}`);
  if (h.findings.length > 0) {
    out.push('  Evidence:');
    for (const f of h.findings.slice(0, max)) out.push(`    • [${f.pack}/${f.ruleId}] ${f.message}`);
  }
  if (h.explains.length > 0) {
    out.push('  Explains:');
    for (const s of h.explains.slice(0, max)) out.push(`    • ${s.node}: ${s.message}`);
    if (h.explains.length > max) out.push(`    • … and ${h.explains.length - max} more`);
  }
  for (const r of h.remediation) out.push(`  Remediation: ${r}`);
  return out;
}
