// Barrel of the MCP layer: the server over the engine and store, its two transports, the tool logic.
// The MCP SDK is an optional peer dependency, loaded only when one of these is called.
export { createMcpServer, importMcpSdk, MCP_SERVER_NAME } from './mcp-server.js';
export { handleMcpHttpRequest, serveMcpStdio, type McpStdioSession } from './mcp-transports.js';
export type { ChainStep, McpDeps, ToolAnswer } from './mcp-tools.js';
