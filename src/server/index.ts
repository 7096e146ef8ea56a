// culprit/server — the REST service: createServer and its options.
export { createKeyRing, parseApiKeys, type ApiKey, type KeyRing, type Scope } from './api-keys.js';
export { createServer, type CulpritServer, type ServerOptions } from './create-server.js';
export { incidentView } from './incident-view.js';
export { SLACK_REPLY_LABELS, type SlackEntryOptions } from './routes/slack.js';
export type { DatadogFields, WebhookOptions } from './routes/webhooks.js';
