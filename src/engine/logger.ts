// Builds the default structured logger (pino, JSON lines) behind the SDK's Logger interface, with
// secret-looking fields and values redacted before anything is written.
import { pino, type Logger as PinoLogger } from 'pino';
import type { Logger } from '../sdk/index.js';

export interface LoggerOptions {
  level?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Writable for the JSON lines (default: stderr, so stdout stays for reports). */
  destination?: NodeJS.WritableStream;
  /** Literal secret values (tokens, keys) that must never be written. */
  secrets?: readonly string[];
}

const REDACT_PATHS = [
  'token',
  'apiKey',
  'password',
  'secret',
  'authorization',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.secret',
  '*.authorization',
  'headers.authorization',
  'config.*.token',
];

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const base = pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: secrets.length
        ? {
            logMethod(args, method) {
              method.apply(this, args.map((a) => scrub(a, secrets)) as Parameters<typeof method>);
            },
          }
        : {},
    },
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
  return wrap(base);
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string')
    return secrets.reduce((s, secret) => s.split(secret).join('[redacted]'), value);
  if (value && typeof value === 'object') {
    return JSON.parse(scrub(JSON.stringify(value), secrets) as string) as unknown;
  }
  return value;
}

function wrap(log: PinoLogger): Logger {
  return {
    debug: (msg, fields) => log.debug(fields ?? {}, msg),
    info: (msg, fields) => log.info(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    error: (msg, fields) => log.error(fields ?? {}, msg),
    child: (bindings) => wrap(log.child(bindings)),
  };
}
