// The extractor's fuzzy matcher is the schema layer's edit distance: one implementation, so the
// extractor and every did-you-mean agree on what counts as a typo.
export { editDistance } from '../schema/index.js';
