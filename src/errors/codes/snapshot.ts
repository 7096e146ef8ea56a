// Codes raised when reading a cluster snapshot folder (src/testing/cluster-snapshot.ts) and when
// recording one (`culprit snapshot`). Every code here has a row in docs/errors.md (a test checks).
import { defineErrors } from '../error-definition.js';

export const snapshotErrors = defineErrors({
  ERR_SNAPSHOT_INVALID: {
    message: 'Snapshot file {{file}} is malformed: {{reason}}',
    status: 400,
  },
  ERR_SNAPSHOT_FAILED: {
    message: 'Recording a cluster snapshot failed: {{reason}}',
    status: 502,
  },
});
