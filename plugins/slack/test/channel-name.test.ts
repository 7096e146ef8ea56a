// War-room channel names: the pattern's placeholders, Slack's name rules (lowercase a-z 0-9 - _,
// at most 80 characters) whatever the incident says, and suffixes that always fit.
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_NAME_MAX,
  channelName,
  slugify,
  withSuffix,
  type ChannelNameInput,
} from '../channel-name.js';

const input: ChannelNameInput = {
  incidentId: '7F3A-UUID',
  createdAt: '2026-11-22T23:59:00+00:00',
  severity: 'critical',
  component: 'checkout',
  description: 'Checkout is down',
  team: 'payments',
};
const valid = (name: string) => /^[a-z0-9][a-z0-9_-]*$/.test(name) && name.length <= CHANNEL_NAME_MAX;

describe('war-room channel names', () => {
  it.each([
    ['inc-{date}-{slug}', 'inc-20261122-checkout'],
    ['inc-{date:YYYY-MM-DD}-{slug}', 'inc-2026-11-22-checkout'],
    ['{severity}_{team}_{date:YYMMDD}', 'critical_payments_261122'],
    ['incident-{id}', 'incident-7f3a-uuid'],
    ['Inc {slug}!', 'inc-checkout'],
  ])('%s → %s', (pattern, expected) => {
    expect(channelName(pattern, input)).toBe(expected);
  });

  it('slugs the description when no component is named, accents and punctuation dropped', () => {
    const name = channelName('inc-{date}-{slug}', {
      ...input,
      component: undefined,
      description: 'Paiements échoués — 500s & timeouts sur /checkout',
    });
    expect(name).toBe('inc-20261122-paiements-echoues-500s');
  });

  it('keeps every name valid and within 80 characters, however long or odd the input', () => {
    for (const description of ['x'.repeat(500), '!!! ???', '日本語の説明', '']) {
      const name = channelName('inc-{date}-{slug}-{id}', { ...input, component: undefined, description });
      expect(valid(name), name).toBe(true);
    }
    expect(channelName('{slug}', { ...input, component: 'a'.repeat(200) })).toHaveLength(CHANNEL_NAME_MAX);
  });

  it('makes room for a suffix', () => {
    const long = slugify('a'.repeat(100));
    expect(withSuffix(long, 12)).toHaveLength(CHANNEL_NAME_MAX);
    expect(withSuffix(long, 12).endsWith('-12')).toBe(true);
    expect(withSuffix('inc-20261122-cart', 2)).toBe('inc-20261122-cart-2');
  });
});
