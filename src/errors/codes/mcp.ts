// Codes raised by src/mcp/ (the MCP server). Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const mcpErrors = defineErrors({
  ERR_MCP_SDK_NOT_INSTALLED: {
    message:
      'The MCP server needs the optional packages @modelcontextprotocol/sdk and zod, which cannot be imported ({{reason}})',
    status: 501,
  },
  ERR_MCP_UNKNOWN_HYPOTHESIS: {
    message: 'Incident {{incident}} has no hypothesis {{hypothesis}} (it has {{count}})',
    status: 404,
  },
  ERR_MCP_NO_REPORT: {
    message: 'Incident {{incident}} has no report yet (status {{status}}): call get_incident again later',
    status: 409,
  },
  ERR_MCP_INVALID_PACK_FILE: {
    message:
      'A rule pack given to validate_rule_pack names the file {{file}}: only pack.yaml, rules/<id>.yaml, tests/<id>.yaml and docs/<id>.md are taken',
    status: 400,
  },
});
