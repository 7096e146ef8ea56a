// Barrel of the schema layer: safe YAML reading, the Ajv instance, located problems.
export { closestNames, didYouMean, suggestionText } from './closest-name.js';
export { editDistance } from './edit-distance.js';
export { packagePath, packageRoot } from './package-root.js';
export { createProblem, formatProblem, problemFromError, problemsError, type Problem } from './problem.js';
export {
  compileSchema,
  describeAjvError,
  errorPointer,
  getAjv,
  getValidator,
  schemaProblems,
  SCHEMA_BASE,
} from './validator.js';
export {
  DEFAULT_MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml,
  pointerSegments,
  readYamlFile,
  readYamlFileProblems,
  type ParseYamlResult,
  type YamlSource,
} from './yaml-document.js';
