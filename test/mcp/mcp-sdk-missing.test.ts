// The MCP SDK is an optional dependency: when it cannot be imported, MCP answers a coded error.
import { describe, expect, it } from 'vitest';
import { isCulpritError } from '../../src/errors/index.js';
import { importMcpSdk } from '../../src/mcp/index.js';

describe('importMcpSdk', () => {
  it('turns a missing optional package into ERR_MCP_SDK_NOT_INSTALLED', async () => {
    const missing = 'culprit-no-such-package-for-mcp';
    const err = await importMcpSdk(() => import(missing)).catch((e: unknown) => e);
    expect(isCulpritError(err) && err.code).toBe('ERR_MCP_SDK_NOT_INSTALLED');
    expect(isCulpritError(err) && err.details.reason).toBe('ERR_MODULE_NOT_FOUND');
  });
});
