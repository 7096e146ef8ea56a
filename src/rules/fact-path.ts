// Plain dotted fact paths (`a.b.0.c`) — the only path syntax rules may use. Walks own properties
// only, so a path can never reach a prototype; no JSONPath filters, no scripts.
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isValidPath(path: string): boolean {
  if (path === '') return true;
  return path.split('.').every((s) => SEGMENT.test(s) && !FORBIDDEN.has(s));
}

export function resolvePath(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === '') return value;
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
