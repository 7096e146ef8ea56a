// The two ways an MCP client reaches Culprit: stdio (`culprit mcp`, one client per process) and
// streamable HTTP (the service's /mcp route, stateless: a fresh McpServer per request, so the
// caller's API-key scopes decide what that request may do). Auth is the caller's job, not this file's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Writable } from 'node:stream';
import { ENGINE_VERSION } from '../engine/index.js';
import { createMcpServer, importMcpSdk } from './mcp-server.js';
import type { McpDeps } from './mcp-tools.js';

export interface McpStdioSession {
  /** Settles when the client goes away (stdin ends) or close() is called. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** Speaks MCP on the given streams (stdout is the protocol: nothing else may write to it). */
export async function serveMcpStdio(
  deps: McpDeps,
  streams: { stdin: Readable; stdout: Writable },
): Promise<McpStdioSession> {
  const server = await createMcpServer(deps, ENGINE_VERSION);
  const { StdioServerTransport } = await importMcpSdk(
    () => import('@modelcontextprotocol/sdk/server/stdio.js'),
  );
  const transport = new StdioServerTransport(streams.stdin, streams.stdout);
  let onClosed!: () => void;
  const closed = new Promise<void>((resolve) => (onClosed = resolve));
  transport.onclose = onClosed;
  await server.connect(transport);
  // The SDK transport does not watch for end of input; a client that hangs up must end the session.
  streams.stdin.once('end', () => void server.close());
  return { closed, close: () => server.close() };
}

/** Answers one streamable-HTTP MCP request (POST /mcp, body already parsed) on the raw Node objects. */
export async function handleMcpHttpRequest(
  deps: McpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  /** Called once the SDK is loaded, just before the response is written (fastify: reply.hijack()). */
  takeOver: () => void = () => undefined,
): Promise<void> {
  const server = await createMcpServer(deps, ENGINE_VERSION);
  const { StreamableHTTPServerTransport } = await importMcpSdk(
    () => import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
  );
  // Stateless and JSON-only: no session to keep between requests, no stream left open after the answer.
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.once('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  takeOver();
  await transport.handleRequest(req, res, body);
}
