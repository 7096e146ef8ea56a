// Renders a report in the format a command or route asks for: text, JSON, Mermaid or HTML.
// One switch so every caller offers the same formats with the same context.
import { formatReportText } from '../investigate/index.js';
import type { Evidence, Incident, Report } from '../sdk/index.js';
import { componentLabel, remediationCommands, type ClusterNames } from './cluster-names.js';
import { formatReportHtml } from './report-html.js';
import { formatReportMermaid } from './report-mermaid.js';

export const REPORT_FORMATS = ['text', 'json', 'html', 'mermaid'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The topology the report was made on (the picture's edges, component kinds, Kubernetes names) and
 * the infrastructure found while collecting (the tape's: real names of Kubernetes Nodes). */
export interface ReportContext extends ClusterNames {
  incident?: Pick<Incident, 'id' | 'description' | 'createdAt'>;
  /** Evidence collected (the tape's): the timeline of the HTML report. */
  evidence?: readonly Evidence[];
}

export function renderReport(report: Report, format: ReportFormat, context: ReportContext = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'mermaid':
      return formatReportMermaid(report, context.graph, context.discovered);
    case 'html':
      return formatReportHtml(report, context);
    default:
      return formatReportText(report, {
        commands: (h) => remediationCommands(h, context),
        label: (id) => componentLabel(id, context),
      });
  }
}
