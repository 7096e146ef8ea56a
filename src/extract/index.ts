// Barrel of the extraction layer: incident text → components, symptoms and a window; narratives.
export { createDefaultExtractor, labelEntities, type DefaultExtractorOptions } from './default-extractor.js';
export { editDistance } from './edit-distance.js';
export { buildNameIndex, compactName, type NameIndex, type NameTerm } from './name-index.js';
export { matchEntities, podWorkload } from './name-matcher.js';
export type { EntityExtractor, ExtractionInput, ExtractionResult } from './entity-extractor.js';
export {
  createLlmExplainer,
  createTemplateExplainer,
  type Explainer,
  type LlmExplainerOptions,
} from './explainer.js';
export {
  buildPrompt,
  createLlmExtractor,
  LLM_OUTPUT_SCHEMA,
  SYMPTOM_TYPES,
  type LlmExtractorOptions,
} from './llm-extractor.js';
export {
  ChatError,
  createOpenAiChat,
  type ChatClient,
  type ChatFailure,
  type ChatOptions,
} from './openai-chat.js';
export { parseTimeWindow } from './time-window.js';
