// Binds the tools of mcp-tools.ts and the topology / rule-pack resources to an McpServer of the
// official SDK, with a zod schema for every input. The SDK (and zod) are optional peer dependencies,
// imported only here and only when an MCP server is built: nothing else in Culprit pays for them.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { createError, isCulpritError } from '../errors/index.js';
import { COMPONENT_KINDS } from '../sdk/index.js';
import {
  componentNeighbourhoodTool,
  explainHypothesisTool,
  getIncidentTool,
  investigateTool,
  listComponentsTool,
  listIncidentsTool,
  rulePacksDocument,
  topologyDocument,
  validateRulePackTool,
  type McpDeps,
  type ToolAnswer,
} from './mcp-tools.js';

type Zod = typeof z;

export const MCP_SERVER_NAME = 'culprit';

/** Imports a module of the optional MCP SDK (or zod); ERR_MCP_SDK_NOT_INSTALLED when it is absent. */
export async function importMcpSdk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    throw createError(
      'ERR_MCP_SDK_NOT_INSTALLED',
      { reason: (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err)) },
      { cause: err },
    );
  }
}

/** An MCP server over one engine and store; connect it to a transport (stdio, streamable HTTP). */
export async function createMcpServer(deps: McpDeps, version: string): Promise<McpServer> {
  const { McpServer } = await importMcpSdk(() => import('@modelcontextprotocol/sdk/server/mcp.js'));
  const { z } = await importMcpSdk(() => import('zod'));
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version },
    {
      instructions:
        'Culprit finds the root cause of an incident over a knowledge graph of the system. Start with ' +
        'list_components or the culprit://topology resource, run investigate with what is wrong, then ' +
        'get_incident and explain_hypothesis to see why.',
    },
  );
  const s = schemas(z);
  const readOnly = { readOnlyHint: true, destructiveHint: false, openWorldHint: false } as const;

  server.registerTool(
    'investigate',
    {
      title: 'Investigate an incident',
      description:
        'Investigates what is wrong (free text, optionally naming components and when it happened) and ' +
        'returns the ranked root-cause hypotheses. Creates one incident; waits a bounded time for the ' +
        'report, after which it answers with the incident id to poll with get_incident.',
      inputSchema: s.investigateInput,
      outputSchema: z.looseObject(s.incident),
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: false,
        openWorldHint: false,
      },
    },
    (input, extra) => run(() => investigateTool(deps, input, extra.signal)),
  );
  server.registerTool(
    'get_incident',
    {
      title: 'Get an incident',
      description:
        'One incident: status, ranked hypotheses with their evidence, and the evidence that was missing.',
      inputSchema: { incident_id: s.incidentId },
      outputSchema: z.looseObject(s.incident),
      annotations: readOnly,
    },
    (input) => run(() => getIncidentTool(deps, input)),
  );
  server.registerTool(
    'list_incidents',
    {
      title: 'List incidents',
      description: 'Incidents, newest first, with their root cause when conclusive; page with next_cursor.',
      inputSchema: s.listIncidentsInput,
      outputSchema: z.looseObject(s.incidentList),
      annotations: readOnly,
    },
    (input) => run(() => listIncidentsTool(deps, input)),
  );
  server.registerTool(
    'explain_hypothesis',
    {
      title: 'Explain a hypothesis',
      description:
        'The explanation chain of one hypothesis of a finished incident: the findings at the cause, each ' +
        'graph hop to the component the incident names, the symptoms it explains, and each scoring factor.',
      inputSchema: s.explainInput,
      outputSchema: z.looseObject(s.explanation),
      annotations: readOnly,
    },
    (input) => run(() => explainHypothesisTool(deps, input)),
  );
  server.registerTool(
    'list_components',
    {
      title: 'List components',
      description:
        'The components of the knowledge graph (optionally of one kind or team) and what each depends on.',
      inputSchema: s.listComponentsInput,
      outputSchema: z.looseObject(s.componentList),
      annotations: readOnly,
    },
    (input) => run(async () => listComponentsTool(deps, input)),
  );
  server.registerTool(
    'component_neighbourhood',
    {
      title: 'Component neighbourhood',
      description:
        'What a component depends on and what depends on it (callers), up to depth 3, with the distance of each.',
      inputSchema: s.neighbourhoodInput,
      outputSchema: z.looseObject(s.neighbourhood),
      annotations: readOnly,
    },
    (input) => run(async () => componentNeighbourhoodTool(deps, input)),
  );
  server.registerTool(
    'validate_rule_pack',
    {
      title: 'Validate a rule pack',
      description:
        'Checks a rule pack given as file texts (pack.yaml, rules/<id>.yaml, tests/<id>.yaml, docs/<id>.md) ' +
        'and answers as `culprit validate --format json`: ok, and each problem with its code and line:col.',
      inputSchema: s.validateInput,
      outputSchema: z.looseObject(s.validation),
      annotations: readOnly,
    },
    (input) => run(() => validateRulePackTool(deps, input)),
  );

  const json = (uri: URL, doc: unknown) => ({
    contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(doc, null, 2) }],
  });
  server.registerResource(
    'topology',
    'culprit://topology',
    {
      title: 'Knowledge graph',
      description: 'Every component of the topology and its typed edges (depends-on, runs-on, owned-by).',
      mimeType: 'application/json',
    },
    (uri) => json(uri, topologyDocument(deps.engine.graph)),
  );
  server.registerResource(
    'rule-packs',
    'culprit://rule-packs',
    {
      title: 'Rule packs',
      description: 'The loaded rule packs: their causes and, per rule, the finding or symptom it concludes.',
      mimeType: 'application/json',
    },
    async (uri) => json(uri, await rulePacksDocument(deps)),
  );
  return server;
}

/** A tool's answer as MCP content; a Culprit error as a tool error whose text starts with its code. */
async function run<T>(tool: () => Promise<ToolAnswer<T>>): Promise<CallToolResult> {
  try {
    const { structured, summary } = await tool();
    return {
      content: [{ type: 'text', text: summary }],
      structuredContent: structured as Record<string, unknown>,
    };
  } catch (err) {
    // No structuredContent on errors: clients check it against the tool's output schema.
    const code = isCulpritError(err) ? err.code : 'ERR_INTERNAL';
    const message = err instanceof Error ? err.message : String(err);
    return {
      isError: true,
      content: [{ type: 'text', text: `${code}: ${message}` }],
      _meta: { 'culprit/error': { code, ...(isCulpritError(err) ? { status: err.status } : {}) } },
    };
  }
}

/** Input shapes (validated by the SDK before a tool runs) and output schemas (checked by clients). */
function schemas(z: Zod) {
  const hypothesis = z.looseObject({
    id: z.string(),
    rank: z.number(),
    component: z.string(),
    cause: z.string(),
    confidence: z.number(),
    band: z.string(),
  });
  const status = z.enum(['pending', 'investigating', 'completed', 'failed']);
  const incidentBrief = {
    incident_id: z.string(),
    status,
    description: z.string(),
    created_at: z.string(),
    conclusive: z.boolean().nullable(),
    root_cause: hypothesis.nullable(),
  };
  const incidentId = z
    .string()
    .min(1)
    .max(200)
    .describe('An incident id (from investigate or list_incidents)');
  return {
    incidentId,
    investigateInput: {
      description: z.string().min(1).max(10_000).describe('What is wrong, in words'),
      entities: z
        .array(z.string().min(1).max(253))
        .max(50)
        .optional()
        .describe('Components the incident names explicitly (ids, aliases or addresses)'),
      time: z.iso.datetime({ offset: true }).optional().describe('When it happened (ISO 8601; default now)'),
    },
    listIncidentsInput: {
      status: status.optional(),
      limit: z.number().int().min(1).max(200).optional().describe('Page size (default 20)'),
      cursor: z.string().max(500).optional().describe('next_cursor of the previous page'),
    },
    explainInput: {
      incident_id: incidentId,
      hypothesis: z
        .union([z.number().int().min(1), z.string().min(3).max(300)])
        .describe('The rank (1 = top) or the id `<component>/<cause>` of a hypothesis'),
    },
    listComponentsInput: {
      kind: z.enum(COMPONENT_KINDS as [string, ...string[]]).optional(),
      team: z.string().max(200).optional(),
    },
    neighbourhoodInput: {
      component: z.string().min(1).max(253).describe('A component id, alias or address'),
      depth: z.number().int().min(1).max(3).optional().describe('Hops in each direction (1-3, default 1)'),
    },
    validateInput: {
      files: z
        .record(z.string().max(200), z.string().max(200_000))
        .refine((files) => Object.keys(files).length > 0 && Object.keys(files).length <= 500, {
          message: 'between 1 and 500 files',
        })
        .describe(
          'Path inside the pack (pack.yaml, rules/<id>.yaml, tests/<id>.yaml, docs/<id>.md) → file text',
        ),
    },
    incident: {
      ...incidentBrief,
      hypotheses: z.array(hypothesis),
      missing_evidence: z.array(z.looseObject({ source: z.string(), status: z.string() })),
    },
    incidentList: {
      incidents: z.array(z.looseObject(incidentBrief)),
      next_cursor: z.string().nullable(),
    },
    explanation: {
      incident_id: z.string(),
      hypothesis,
      chain: z.array(z.looseObject({ step: z.enum(['finding', 'hop', 'symptom']) })),
      factors: z.array(z.looseObject({ name: z.string(), value: z.number(), contribution: z.number() })),
      remediation: z.array(z.string()),
    },
    componentList: {
      components: z.array(
        z.looseObject({
          id: z.string(),
          kind: z.string(),
          aliases: z.array(z.string()),
          depends_on: z.array(z.string()),
        }),
      ),
    },
    neighbourhood: {
      component: z.looseObject({ id: z.string(), kind: z.string() }),
      depth: z.number(),
      dependencies: z.array(z.object({ id: z.string(), distance: z.number() })),
      dependents: z.array(z.object({ id: z.string(), distance: z.number() })),
      runs_on: z.array(z.string()),
    },
    validation: {
      ok: z.boolean(),
      problems: z.array(
        z.looseObject({
          code: z.string(),
          file: z.string(),
          line: z.number(),
          col: z.number(),
          message: z.string(),
        }),
      ),
      rules: z.object({ packs: z.number(), rules: z.number() }).optional(),
    },
  };
}
