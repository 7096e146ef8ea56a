// Barrel of the errors layer: the base class, the catalogue and its helpers.
export { CulpritError, isCulpritError, type CulpritErrorOptions } from './culprit-error.js';
export { createError, errorCatalogue, renderTemplate, type ErrorCode } from './catalogue.js';
export { defineErrors, type ErrorDefinition, type ErrorTable } from './error-definition.js';
