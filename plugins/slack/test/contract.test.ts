// The Slack plugin runs the same notifier contract suite a third-party notifier would, against the
// fake Slack Web API, with every config option set (so the schema is checked by the host too).
import { afterAll } from 'vitest';
import { describeNotifierContract, loadTestGraph, startFakeSlack } from 'culprit/testing';
import plugin from '../index.js';
import { investigationEvents, TOKEN, TOPOLOGY, USERS } from './helpers.js';

const slack = await startFakeSlack({
  token: TOKEN,
  users: USERS,
  channels: [{ name: 'incidents' }, { name: 'team-payments' }],
});
afterAll(() => slack.close());

describeNotifierContract(plugin as never, {
  config: {
    token: TOKEN,
    apiUrl: slack.url,
    channelPattern: 'inc-{date:YYYY-MM-DD}-{slug}',
    privateChannels: false,
    reuseChannel: true,
    defaultSeverity: 'high',
    severity: {
      critical: { createChannel: true, invite: true, notifyChannel: '#incidents' },
      high: { createChannel: true, invite: true, teams: { platform: { invite: false } } },
      medium: { createChannel: true, invite: false },
      low: { createChannel: false, invite: false },
      info: { createChannel: false, invite: false, notifyChannel: '#incidents' },
    },
    users: ['ivan@shop.example'],
    reportUrl: 'https://culprit.example/incidents/{id}',
    requestTimeoutMs: 2000,
    maxRetries: 2,
    progressUpdates: true,
  },
  graph: await loadTestGraph(TOPOLOGY),
  events: investigationEvents(),
  secrets: [TOKEN],
});
