// Turns a finished report into a short paragraph for chat. Template by default; a language model
// when configured. It only writes words: it gets a copy of the report and can never change it.
import type { GraphView, Report } from '../sdk/index.js';
import { createOpenAiChat, type ChatClient } from './openai-chat.js';

export interface Explainer {
  explain(report: Report, graph: GraphView, options?: { signal?: AbortSignal }): Promise<string>;
}

export function createTemplateExplainer(): Explainer {
  return {
    async explain(report) {
      const top = report.hypotheses[0];
      if (!top) return 'Culprit found no cause it could support with evidence. ' + missing(report);
      const lead = report.conclusive ? 'Most likely root cause' : 'Leading (but not conclusive) hypothesis';
      const where = top.path.length > 1 ? ` It sits on the path ${top.path.join(' → ')}.` : '';
      const explains = top.explains.length
        ? ` It explains ${top.explains.length} observed symptom${top.explains.length === 1 ? '' : 's'} (${[...new Set(top.explains.map((s) => `${s.symptom} at ${s.node}`))].slice(0, 3).join(', ')}).`
        : '';
      const evidence = top.findings[0] ? ` Evidence: ${top.findings[0].message}.` : '';
      const alt = report.hypotheses[1]
        ? ` Next: ${report.hypotheses[1].node} (${report.hypotheses[1].cause}, ${report.hypotheses[1].band}).`
        : '';
      return `${lead}: ${top.node} — ${top.cause} (${top.band} confidence, ${Math.round(top.confidence * 100)}%).${where}${explains}${evidence}${alt}${report.conclusive ? '' : ` ${missing(report)}`}`.trim();
    },
  };
}

function missing(report: Report): string {
  if (report.missingEvidence.length === 0) return '';
  return `Missing evidence: ${report.missingEvidence
    .slice(0, 3)
    .map((m) => `${m.source}${m.node ? ` on ${m.node}` : ''} (${m.status})`)
    .join(', ')}.`;
}

export interface LlmExplainerOptions {
  chat?: ChatClient;
  apiKey?: string;
  baseURL?: string;
  model?: string;
  timeoutMs?: number;
  fallback?: Explainer;
}

export function createLlmExplainer(options: LlmExplainerOptions): Explainer {
  const chat =
    options.chat ??
    createOpenAiChat({
      model: options.model ?? 'gpt-4o-mini',
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  const fallback = options.fallback ?? createTemplateExplainer();
  return {
    async explain(report, graph, opts = {}) {
      const summary = JSON.stringify({
        conclusive: report.conclusive,
        hypotheses: report.hypotheses.slice(0, 3).map((h) => ({
          component: h.node,
          cause: h.cause,
          band: h.band,
          confidence: Math.round(h.confidence * 100),
          path: h.path,
          evidence: h.findings.map((f) => f.message).slice(0, 3),
        })),
        missing: report.missingEvidence.slice(0, 3),
      });
      try {
        const text = await chat.complete(
          [
            {
              role: 'system',
              content:
                'Write two or three plain sentences for an on-call chat channel summarising this root-cause report. Do not change the ranking, the causes or the confidence; do not add facts.',
            },
            { role: 'user', content: summary },
          ],
          opts.signal ? { signal: opts.signal } : {},
        );
        return text.trim().slice(0, 1_000) || (await fallback.explain(report, graph));
      } catch {
        return fallback.explain(report, graph);
      }
    },
  };
}
