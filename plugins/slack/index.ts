// culprit-plugin-slack: a war room per investigation — channel, responders from the owning teams,
// threaded progress and the report as the channel's top message. Imports only culprit/sdk (the
// Slack client lives in slack-client.ts).
import { definePlugin } from 'culprit/sdk';
import { configSchema, type SlackConfig } from './config.js';
import { createSlackNotifier } from './notifier.js';
import { createSlackClient } from './slack-client.js';

export { configSchema, type Route, type RouteOverride, type SlackConfig } from './config.js';

export const plugin = definePlugin<SlackConfig>({
  manifest: {
    id: 'slack',
    name: 'culprit-plugin-slack',
    version: '0.1.0',
    engine: '>=0.1.0',
    description: 'War-room channels, responders, threaded progress and the report in Slack',
    provides: { notifiers: ['slack'] },
    // Shipped and reviewed with Culprit: runs in-process (third-party packages get a worker).
    isolation: 'in-process',
  },
  configSchema: configSchema as unknown as Record<string, unknown>,
  setup(ctx, config) {
    const client = createSlackClient({
      token: config.token,
      apiUrl: config.apiUrl,
      timeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
      logger: ctx.logger,
    });
    // Whatever Slack does, shutdown ends every call in flight and every socket.
    ctx.onClose(() => client.close());
    ctx.registerNotifier(createSlackNotifier(config, client));
  },
});

export default plugin;
