// Codes raised by src/plugins/ (the plugin host) and by PluginError in the SDK.
import { defineErrors } from '../error-definition.js';

export const pluginsErrors = defineErrors({
  ERR_PLUGIN_COLLECTOR_FAILED: { message: 'Collector failed: {{reason}}', status: 502 },
  ERR_PLUGIN_NOT_FOUND: { message: 'Plugin module {{module}} cannot be resolved from {{cwd}}', status: 400 },
  ERR_PLUGIN_INVALID_MODULE: {
    message: 'Module {{module}} does not export a plugin definition',
    status: 400,
  },
  ERR_PLUGIN_INVALID_MANIFEST: { message: 'Plugin manifest is invalid: {{reason}}', status: 400 },
  ERR_PLUGIN_DUPLICATE_ID: { message: 'A plugin with id {{id}} is already loaded', status: 400 },
  ERR_PLUGIN_ENGINE_MISMATCH: {
    message: 'Plugin {{id}} needs Culprit {{range}}, this is {{version}}',
    status: 400,
  },
  ERR_PLUGIN_MISSING_DEPENDENCY: {
    message: 'Plugin {{id}} needs plugin {{dependency}} {{range}}',
    status: 400,
  },
  ERR_PLUGIN_INVALID_CONFIG: { message: 'Config of plugin {{id}} is invalid: {{reason}}', status: 400 },
  ERR_PLUGIN_SETUP_TIMEOUT: {
    message: 'Plugin {{id}} did not finish setup within {{timeoutMs}} ms',
    status: 500,
  },
  ERR_PLUGIN_SETUP_FAILED: { message: 'Plugin {{id}} failed during setup: {{reason}}', status: 500 },
  ERR_PLUGIN_PROVIDES_MISMATCH: {
    message: 'Plugin {{id}} registered {{registered}} but its manifest declares {{declared}}',
    status: 500,
  },
  ERR_PLUGIN_COLLECTOR_TIMEOUT: {
    message: 'Collector {{collector}} did not answer within {{timeoutMs}} ms',
    status: 504,
  },
  ERR_PLUGIN_WORKER_OUT_OF_MEMORY: {
    message: 'Plugin {{id}} ran out of memory in its worker (heap limit {{limitMb}} MB)',
    status: 502,
  },
  ERR_PLUGIN_WORKER_TERMINATED: {
    message: 'Plugin {{id}} stopped answering after a deadline and its worker was terminated',
    status: 502,
  },
  ERR_PLUGIN_WORKER_EXITED: {
    message: 'The worker of plugin {{id}} exited (code {{exitCode}})',
    status: 502,
  },
  ERR_PLUGIN_WORKER_CRASHED: { message: 'The worker of plugin {{id}} crashed: {{reason}}', status: 502 },
  ERR_PLUGIN_WORKER_UNSUPPORTED: {
    message: 'Plugin {{id}} registers {{what}}, which cannot run in a worker; load it in-process',
    status: 400,
  },
  ERR_PLUGIN_UNEXPECTED_ERROR: { message: '{{reason}}', status: 502 },
  ERR_PLUGIN_UPSTREAM_TIMEOUT: {
    message: 'The upstream did not answer within {{timeoutMs}} ms ({{attempts}} attempt(s))',
    status: 504,
  },
  ERR_PLUGIN_CIRCUIT_OPEN: {
    message:
      'The upstream is taken as down after {{failures}} failure(s) in a row; next try in {{retryInMs}} ms',
    status: 503,
  },
});
