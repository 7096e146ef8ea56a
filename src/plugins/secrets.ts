// Finds the values of secret-marked config fields (`"x-secret": true` in a plugin's config schema)
// and scrubs them — with credential-shaped strings — from text, values and log fields, so no secret
// reaches an error, a log line or evidence.
import { redactCredentials, type Logger } from '../sdk/index.js';

export function secretValues(schema: unknown, config: unknown): string[] {
  const out: string[] = [];
  const stack: { schema: unknown; value: unknown }[] = [{ schema, value: config }];
  while (stack.length > 0) {
    const { schema: s, value } = stack.pop()!;
    if (!s || typeof s !== 'object') continue;
    const node = s as {
      'x-secret'?: boolean;
      properties?: Record<string, unknown>;
      additionalProperties?: unknown;
      items?: unknown;
    };
    if (node['x-secret'] === true) {
      if (typeof value === 'string' && value.length > 0) out.push(value);
      continue;
    }
    if (node.properties && value && typeof value === 'object') {
      for (const [k, sub] of Object.entries(node.properties))
        stack.push({ schema: sub, value: (value as Record<string, unknown>)[k] });
    }
    // A map of named entries (e.g. the kubernetes plugin's clusters), each with its own secrets.
    if (
      node.additionalProperties &&
      typeof node.additionalProperties === 'object' &&
      value &&
      typeof value === 'object'
    )
      for (const [k, sub] of Object.entries(value as Record<string, unknown>))
        if (!node.properties?.[k]) stack.push({ schema: node.additionalProperties, value: sub });
    if (node.items && Array.isArray(value))
      for (const v of value) stack.push({ schema: node.items, value: v });
  }
  return out;
}

/** Removes declared secret values, then credential-shaped strings (tokens, keys, passwords). */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join('[redacted]');
  return redactCredentials(out);
}

const MAX_DEPTH = 64;

/** A scrubbed copy of a JSON-like value: every string (keys included) through scrubText. */
export function scrubValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (value instanceof Error) return scrubText(value.message, secrets);
  if (!value || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrubText(k, secrets)] = scrubValue(v, secrets, depth + 1);
  return out;
}

export function redactingLogger(logger: Logger, secrets: () => readonly string[]): Logger {
  const wrap =
    (fn: (m: string, f?: Record<string, unknown>) => void) =>
    (message: string, fields?: Record<string, unknown>) =>
      fn(
        scrubText(message, secrets()),
        fields ? (scrubValue(fields, secrets()) as Record<string, unknown>) : undefined,
      );
  return {
    debug: wrap(logger.debug.bind(logger)),
    info: wrap(logger.info.bind(logger)),
    warn: wrap(logger.warn.bind(logger)),
    error: wrap(logger.error.bind(logger)),
    child: (bindings) => redactingLogger(logger.child(bindings), secrets),
  };
}
