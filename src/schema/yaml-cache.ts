// Parsed shipped YAML (the bundled rule packs, the example topology), written at build time as JSON
// keyed by a hash of each file's text, so start-up reads JSON instead of re-parsing YAML already checked.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { packagePath } from './package-root.js';

export const YAML_CACHE = ['dist', 'yaml-cache.json'] as const;
const VERSION = 1;

let entries: Map<string, string> | null | undefined;

const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The JSON text of a shipped file's value when this exact text was parsed at build time, otherwise
 * undefined (any other file, an edited file, no cache built). Only files that parsed without any
 * problem are in the cache, and only values that JSON carries exactly.
 */
export function cachedYamlJson(text: string): string | undefined {
  if (entries === undefined) entries = loadCache();
  return entries?.get(keyOf(text));
}

function loadCache(): Map<string, string> | null {
  try {
    const raw = JSON.parse(readFileSync(packagePath(...YAML_CACHE), 'utf8')) as {
      version?: number;
      entries?: Record<string, string>;
    };
    return raw.version === VERSION && raw.entries ? new Map(Object.entries(raw.entries)) : null;
  } catch {
    return null;
  }
}

/** The cache file's content for these texts; `parse` gives a text's value, or undefined when it has problems. */
export function yamlCacheContent(texts: readonly string[], parse: (text: string) => unknown): string {
  const out: Record<string, string> = {};
  for (const text of texts) {
    const value = parse(text);
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) continue;
    out[keyOf(text)] = json;
  }
  return `${JSON.stringify({ version: VERSION, entries: out })}\n`;
}
