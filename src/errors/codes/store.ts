// Codes raised by src/store/ (the durable incident store and its job queue).
import { defineErrors } from '../error-definition.js';

export const storeErrors = defineErrors({
  ERR_STORE_UNAVAILABLE: { message: 'The incident store is unavailable: {{reason}}', status: 503 },
  ERR_STORE_NOT_FOUND: { message: 'No incident {{id}}', status: 404 },
  ERR_STORE_IDEMPOTENCY_CONFLICT: {
    message: 'Idempotency-Key {{key}} was already used with a different request',
    status: 422,
  },
  ERR_STORE_LEASE_LOST: {
    message: 'The lease on incident {{id}} was lost; another worker owns it',
    status: 409,
  },
  ERR_STORE_TOO_MANY_ATTEMPTS: {
    message: 'Incident {{id}} failed {{attempts}} investigation attempts',
    status: 500,
  },
  ERR_STORE_INVALID_CURSOR: { message: 'The pagination cursor is not valid', status: 400 },
  ERR_STORE_BUSY: {
    message: 'The incident store stayed locked by another connection for {{ms}} ms',
    status: 503,
  },
  ERR_STORE_READ_ONLY: {
    message: 'The incident store {{path}} cannot be written (read-only file system or database)',
    status: 503,
  },
  ERR_STORE_DISK_FULL: {
    message: 'The disk holding the incident store {{path}} is full ({{free}} bytes free)',
    status: 503,
  },
  ERR_STORE_DRIVER_MISSING: {
    message: 'This store needs the optional package {{driver}}, which is not installed',
    status: 500,
  },
});
