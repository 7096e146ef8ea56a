// The extractor contract: description (+ alert labels) → components, symptoms and a time window,
// each entity with the words that chose it. Implementations are swappable through the engine's tokens.
import type { GraphView, IncidentEntity, SymptomHint, TimeWindow } from '../sdk/index.js';

export interface ExtractionInput {
  description: string;
  labels?: Record<string, string>;
  now: Date;
}

export interface ExtractionResult {
  entities: IncidentEntity[];
  symptoms: SymptomHint[];
  window?: TimeWindow;
  /** Which extractor produced this (`default`, `llm`, `llm+default`). */
  extractor: string;
  /** What happened on the way, e.g. `llm-fallback:timeout`, `llm-dropped:payments-db`. */
  notes: string[];
}

export interface EntityExtractor {
  extract(
    input: ExtractionInput,
    graph: GraphView,
    options?: { signal?: AbortSignal },
  ): Promise<ExtractionResult>;
}
