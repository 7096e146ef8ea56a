// Barrel of the report layer: a Report rendered as text, JSON, Mermaid or a self-contained HTML page.
export {
  clusterObject,
  remediationCommands,
  type ClusterNames,
  type ClusterObject,
} from './cluster-names.js';
export { formatReportHtml, formatIncidentListHtml, type IncidentListEntry } from './report-html.js';
export { formatReportMermaid } from './report-mermaid.js';
export { reportNeighbourhood, type Neighbourhood } from './report-neighbourhood.js';
export { renderReport, REPORT_FORMATS, type ReportContext, type ReportFormat } from './render-report.js';
