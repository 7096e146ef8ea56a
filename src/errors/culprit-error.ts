// The one base class for every error Culprit throws: a stable code, a rendered message, structured
// details and the wrapped library error as `cause`. It never carries secrets; callers redact first.
export interface CulpritErrorOptions {
  details?: Record<string, unknown>;
  cause?: unknown;
  status?: number;
}

export class CulpritError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly status: number;

  constructor(code: string, message: string, options: CulpritErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CulpritError';
    this.code = code;
    this.details = options.details ?? {};
    this.status = options.status ?? 500;
  }

  toJSON(): { code: string; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function isCulpritError(value: unknown): value is CulpritError {
  return value instanceof CulpritError;
}
