// War-room channel names from the configured pattern (`inc-{date}-{slug}`), made valid for Slack:
// lowercase letters, digits, hyphens and underscores, at most 80 characters, never empty.
import type { Severity } from 'culprit/sdk';

export const CHANNEL_NAME_MAX = 80;

export interface ChannelNameInput {
  incidentId: string;
  /** ISO-8601; the date is taken in UTC. */
  createdAt: string;
  severity: Severity;
  /** The component the incident is about, when one is named. */
  component?: string;
  description: string;
  team?: string;
}

/** Lowercase ASCII words joined by hyphens: `Checkout — 500s!` → `checkout-500s`. */
export function slugify(text: string, max = CHANNEL_NAME_MAX): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_]+/, '')
    .slice(0, max)
    .replace(/[-_]+$/, '');
}

function formatDate(iso: string, format: string): string {
  const d = new Date(iso);
  const date = Number.isNaN(d.getTime()) ? new Date(0) : d;
  const pad = (n: number) => String(n).padStart(2, '0');
  const yyyy = String(date.getUTCFullYear());
  return format
    .replace(/YYYY/g, yyyy)
    .replace(/YY/g, yyyy.slice(2))
    .replace(/MM/g, pad(date.getUTCMonth() + 1))
    .replace(/DD/g, pad(date.getUTCDate()));
}

export function channelName(pattern: string, input: ChannelNameInput): string {
  const slugSource = input.component ?? input.description.split(/\s+/).slice(0, 4).join(' ');
  const fill = (slug: string) =>
    pattern.replace(
      /\{(date(?::([YMD._-]+))?|slug|id|severity|team)\}/g,
      (_m, key: string, format?: string) => {
        if (key.startsWith('date')) return formatDate(input.createdAt, format ?? 'YYYYMMDD');
        if (key === 'slug') return slug;
        if (key === 'id') return slugify(input.incidentId, 40);
        if (key === 'severity') return input.severity;
        return slugify(input.team ?? 'unowned', 30);
      },
    );
  // The slug gets what the rest of the pattern leaves of the 80 characters.
  const budget = Math.max(8, CHANNEL_NAME_MAX - fill('').length);
  const slug = slugify(slugSource, budget) || slugify(input.incidentId, budget) || 'incident';
  return slugify(fill(slug), CHANNEL_NAME_MAX) || `inc-${slugify(input.incidentId, 70) || 'incident'}`;
}

/** `name-2`, `name-3`, … cut so the suffix always fits. */
export function withSuffix(name: string, n: number): string {
  const suffix = `-${n}`;
  return `${name.slice(0, CHANNEL_NAME_MAX - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
}
