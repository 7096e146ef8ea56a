// Response schemas, tags and examples of the REST API for the OpenAPI document (/openapi.json).
// Objects stay open (additionalProperties) so a new field is never dropped by the serializer.
import { errorBody } from '../error-reply.js';

/** The OpenAPI tags of the routes, in the order the document lists them. */
export const TAGS = {
  incidents: 'incidents',
  webhooks: 'webhooks',
  slack: 'slack',
  operations: 'operations',
  agents: 'agents',
} as const;

const nullableString = { type: ['string', 'null'] } as const;

const exampleId = '0193a5a2-7c1e-7b7e-9d35-2f0c4f1e8a11';

/** 4xx/5xx: the one error body of the service (error-reply.ts). */
export const errorResponses = {
  '4xx': {
    ...errorBody,
    description: 'A client error: the code names it (docs/errors.md)',
    example: {
      error: { code: 'ERR_STORE_NOT_FOUND', message: 'No incident with id 42' },
      request_id: '5f0c2a8e-3b1d-4c6a-9e7f-1a2b3c4d5e6f',
    },
  },
  '5xx': {
    ...errorBody,
    description: 'A server fault or shed load (503 with Retry-After)',
    example: {
      error: {
        code: 'ERR_SERVER_UNDER_PRESSURE',
        message: 'The service is temporarily unavailable; retry after the Retry-After delay',
      },
      request_id: '5f0c2a8e-3b1d-4c6a-9e7f-1a2b3c4d5e6f',
    },
  },
} as const;

export const acceptedIncident = {
  description: 'Stored; the investigation runs in the background (poll status_url or stream its events)',
  type: 'object',
  additionalProperties: true,
  required: ['incident_id', 'status_url', 'created'],
  properties: {
    incident_id: { type: 'string' },
    status_url: { type: 'string' },
    created: { type: 'boolean', description: 'false when the Idempotency-Key named an earlier request' },
  },
  example: { incident_id: exampleId, status_url: `/api/v1/incidents/${exampleId}`, created: true },
} as const;

const hypothesis = {
  type: 'object',
  additionalProperties: true,
  required: ['rank', 'component', 'cause', 'confidence', 'band'],
  properties: {
    rank: { type: 'integer' },
    component: { type: 'string' },
    kubernetes: {
      type: ['object', 'null'],
      description: 'The Kubernetes object behind the component, named as the cluster names it',
      additionalProperties: false,
      properties: {
        kind: { type: 'string' },
        name: { type: 'string' },
        namespace: nullableString,
      },
    },
    cause: { type: 'string' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    band: { enum: ['high', 'medium', 'low'] },
    path: { type: 'array', items: { type: 'string' } },
    commands: {
      type: 'array',
      items: { type: 'string' },
      description: 'kubectl commands on the cause, with the names the cluster uses',
    },
  },
} as const;

export const incident = {
  description: 'One incident: what came in, its status and, once completed, its ranked root causes',
  type: 'object',
  additionalProperties: true,
  required: ['incident_id', 'status', 'source', 'description', 'created_at', 'hypotheses'],
  properties: {
    incident_id: { type: 'string' },
    status: { enum: ['pending', 'investigating', 'completed', 'failed'] },
    source: { type: 'string' },
    description: { type: 'string' },
    severity: nullableString,
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    created_at: { type: 'string' },
    started_at: nullableString,
    completed_at: nullableString,
    resolved_at: nullableString,
    previous_incident_id: nullableString,
    truncated_alerts: { type: 'integer' },
    attempts: { type: 'integer' },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          component: { type: 'string' },
          text: nullableString,
          via: nullableString,
          score: { type: ['number', 'null'] },
        },
      },
    },
    suggested_root_cause: {
      type: ['object', 'null'],
      additionalProperties: true,
      properties: { component: { type: 'string' }, cause: { type: 'string' } },
    },
    confidence_score: {
      type: ['number', 'null'],
      minimum: 0,
      maximum: 1,
      description: 'Confidence of the leading hypothesis, 0..1',
    },
    confidence_band: { enum: ['high', 'medium', 'low', null] },
    conclusive: { type: ['boolean', 'null'] },
    inconclusive_reason: nullableString,
    hypotheses: {
      type: 'array',
      description: "One entry per component, best first; the component's other causes in same_component",
      items: {
        ...hypothesis,
        properties: {
          ...hypothesis.properties,
          same_component: { type: 'array', items: hypothesis },
        },
      },
    },
    missing_evidence: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  example: {
    incident_id: exampleId,
    status: 'completed',
    source: 'api',
    description: 'checkout is failing with 500s',
    severity: 'high',
    labels: {},
    created_at: '2026-12-05T08:00:00.000Z',
    started_at: '2026-12-05T08:00:00.120Z',
    completed_at: '2026-12-05T08:00:01.480Z',
    resolved_at: null,
    previous_incident_id: null,
    truncated_alerts: 0,
    attempts: 1,
    entities: [{ component: 'checkout', text: 'checkout', via: 'name', score: 1 }],
    suggested_root_cause: { component: 'redis-cart', cause: 'oom-killed' },
    confidence_score: 0.91,
    confidence_band: 'high',
    conclusive: true,
    inconclusive_reason: null,
    hypotheses: [
      {
        rank: 1,
        component: 'redis-cart',
        cause: 'oom-killed',
        kubernetes: { kind: 'StatefulSet', name: 'redis-cart', namespace: 'shop' },
        confidence: 0.91,
        band: 'high',
        path: ['checkout', 'cart', 'redis-cart'],
        commands: [
          'kubectl -n shop top pod -l app=redis-cart',
          'kubectl -n shop describe statefulset/redis-cart',
        ],
        same_component: [],
      },
    ],
    missing_evidence: [],
    error: null,
  },
} as const;

export const incidentList = {
  description: 'A page of incidents, newest first; next_cursor fetches the next page',
  type: 'object',
  additionalProperties: true,
  required: ['items', 'next_cursor'],
  properties: {
    items: { type: 'array', items: incident },
    next_cursor: nullableString,
  },
  example: { items: [incident.example], next_cursor: null },
} as const;

export const eventStream = {
  description:
    'text/event-stream: `id: <seq>`, `event: <type>` (investigation.started, collector.finished, report.ready, …), `data: <JSON event>`; ends with `event: end`',
  type: 'string',
  example:
    'id: 1\nevent: investigation.started\ndata: {"seq":1,"type":"investigation.started"}\n\nevent: end\ndata: {"reason":"completed"}\n\n',
} as const;

export const webhookAccepted = {
  description: 'Stored (or folded into the open incident of the same alert group)',
  type: 'object',
  additionalProperties: true,
  required: ['incident_id', 'created', 'resolved'],
  properties: {
    incident_id: { type: 'string' },
    created: { type: 'boolean', description: 'false when the alert group already had an open incident' },
    resolved: { type: 'boolean' },
    previous_incident_id: nullableString,
  },
  example: { incident_id: exampleId, created: true, resolved: false, previous_incident_id: null },
} as const;

export const slackCommandReply = {
  description: 'An ephemeral message to the user who typed the command',
  type: 'object',
  additionalProperties: true,
  required: ['response_type', 'text'],
  properties: { response_type: { type: 'string' }, text: { type: 'string' } },
  example: {
    response_type: 'ephemeral',
    text: 'Investigating "checkout is failing" (incident 0193a5a2). I will post the result in this channel.',
  },
} as const;

export const slackEventReply = {
  description: 'Acknowledged (empty), or the url_verification challenge echoed',
  type: 'object',
  additionalProperties: true,
  properties: { challenge: { type: 'string' } },
  example: {},
} as const;

export const health = {
  description: 'The process is alive',
  type: 'object',
  additionalProperties: true,
  required: ['status'],
  properties: { status: { type: 'string' } },
  example: { status: 'ok' },
} as const;

export const readiness = {
  200: {
    description: 'Ready to take work',
    type: 'object',
    additionalProperties: true,
    required: ['status'],
    properties: { status: { type: 'string' } },
    example: { status: 'ready' },
  },
  503: {
    description: 'Not ready (Retry-After): shutting down, overloaded, or the store does not answer',
    type: 'object',
    additionalProperties: true,
    required: ['status'],
    properties: { status: { enum: ['shutting-down', 'overloaded', 'store-unavailable'] } },
    example: { status: 'overloaded' },
  },
} as const;

export const metricsText = {
  description: 'Prometheus text exposition format',
  type: 'string',
  example:
    '# TYPE culprit_incidents_accepted_total counter\nculprit_incidents_accepted_total{source="api"} 3\n',
} as const;
