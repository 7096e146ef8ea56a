// The Slack plugin's config: its JSON Schema (the single home of the defaults, applied by the host)
// and the type the host hands to setup once the config is validated and frozen.
import type { Severity } from 'culprit/sdk';

export interface RouteOverride {
  createChannel?: boolean;
  invite?: boolean;
  /** Channel (name or id) to announce in, or to post in when no war room is created. */
  notifyChannel?: string;
}

export interface Route {
  createChannel: boolean;
  invite: boolean;
  notifyChannel?: string;
  /** Per owning team (topology team id): what changes for incidents on that team's components. */
  teams?: Record<string, RouteOverride>;
}

export interface SlackConfig {
  token: string;
  apiUrl: string;
  channelPattern: string;
  privateChannels: boolean;
  reuseChannel: boolean;
  defaultSeverity: Severity;
  severity: Record<Severity, Route>;
  users: string[];
  reportUrl?: string;
  requestTimeoutMs: number;
  maxRetries: number;
  progressUpdates: boolean;
}

const override = {
  type: 'object',
  additionalProperties: false,
  properties: {
    createChannel: { type: 'boolean', description: 'Create (or reuse) a war-room channel' },
    invite: { type: 'boolean', description: "Invite the owning teams' members and `users`" },
    notifyChannel: {
      type: 'string',
      minLength: 1,
      maxLength: 81,
      description: 'Channel name (#incidents) or id to announce in, or to post in without a war room',
    },
  },
} as const;

const route = (createChannel: boolean, invite: boolean) => ({
  type: 'object',
  additionalProperties: false,
  required: ['createChannel', 'invite'],
  properties: {
    ...override.properties,
    teams: {
      type: 'object',
      description: 'Overrides per owning team id',
      additionalProperties: override,
    },
  },
  default: { createChannel, invite },
});

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: {
    token: {
      type: 'string',
      minLength: 1,
      'x-secret': true,
      description: 'Bot token (xoxb-…) of the Slack app',
    },
    apiUrl: {
      type: 'string',
      pattern: '^https?://',
      default: 'https://slack.com/api/',
      description: 'Web API base URL (tests point it at a fake)',
    },
    channelPattern: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[^{}]*(\\{(date(:[YMD._-]+)?|slug|id|severity|team)\\}[^{}]*)*$',
      default: 'inc-{date}-{slug}',
      description: 'War-room channel name: {date} {date:YYYY-MM-DD} {slug} {id} {severity} {team}',
    },
    privateChannels: {
      type: 'boolean',
      default: false,
      description: 'Create war rooms as private channels (needs groups:write)',
    },
    reuseChannel: {
      type: 'boolean',
      default: true,
      description: 'Reuse an existing channel of the same name instead of creating <name>-2',
    },
    defaultSeverity: {
      enum: ['critical', 'high', 'medium', 'low', 'info'],
      default: 'high',
      description: 'Severity assumed for incidents that carry none',
    },
    severity: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        critical: route(true, true),
        high: route(true, true),
        medium: route(true, false),
        low: route(false, false),
        info: route(false, false),
      },
    },
    users: {
      type: 'array',
      maxItems: 200,
      default: [],
      items: { type: 'string', minLength: 1, maxLength: 320 },
      description: 'Extra responders: emails, @handles, user ids or full names',
    },
    reportUrl: {
      type: 'string',
      minLength: 1,
      maxLength: 2000,
      pattern: '^https?://',
      description: 'Link to the full report, {id} replaced by the incident id',
    },
    requestTimeoutMs: { type: 'integer', minimum: 100, maximum: 60000, default: 5000 },
    maxRetries: { type: 'integer', minimum: 0, maximum: 5, default: 3 },
    progressUpdates: {
      type: 'boolean',
      default: true,
      description: 'Post scope and collector progress as thread replies',
    },
  },
} as const;
