// Codes raised by src/plugins/ (the plugin host) and by PluginError in the SDK.
import { defineErrors } from '../error-definition.js';

export const pluginsErrors = defineErrors({
  ERR_PLUGIN_COLLECTOR_FAILED: { message: 'Collector failed: {{reason}}', status: 502 },
});
