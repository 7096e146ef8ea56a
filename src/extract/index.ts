// Barrel of the extraction layer: incident text → components, symptoms and a window.
export {
  createDefaultExtractor,
  editDistance,
  podWorkload,
  type DefaultExtractorOptions,
} from './default-extractor.js';
export type { EntityExtractor, ExtractionInput, ExtractionResult } from './entity-extractor.js';
export { parseTimeWindow } from './time-window.js';
