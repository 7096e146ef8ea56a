// The notifier steps a resumed investigation does not deliver twice: one key per one-off step, and
// the second look of an inconclusive investigation (a widened scope) is a step of its own.
import { describe, expect, it } from 'vitest';
import { notificationStep } from '../../src/plugins/notification-log.js';
import type { InvestigationEvent } from '../../src/sdk/index.js';

const event = (type: string, data: unknown, seq = 1) =>
  ({ seq, type, incidentId: 'inc-1', at: '2026-12-06T00:00:00Z', data }) as InvestigationEvent;

describe('notificationStep', () => {
  it('keys the one-off steps by type, collectors by id and failures by code', () => {
    expect(notificationStep(event('investigation.started', {}))).toBe('investigation.started');
    expect(notificationStep(event('collector.finished', { collector: 'kubernetes' }))).toBe(
      'collector.finished:kubernetes',
    );
    expect(notificationStep(event('investigation.failed', { code: 'ERR_ABORTED' }))).toBe(
      'investigation.failed:ERR_ABORTED',
    );
    expect(notificationStep(event('evidence.added', {}, 7))).toBe('evidence.added:7');
  });
  it('the widened scope of a second look is delivered once, apart from the first scope', () => {
    const first = notificationStep(event('scope.resolved', { named: ['ad'], nodes: ['ad'] }));
    const second = notificationStep(
      event('scope.resolved', { named: ['ad'], nodes: ['ad', 'x'], widened: ['x'] }, 9),
    );
    expect(first).toBe('scope.resolved');
    expect(second).toBe('scope.resolved:widened');
  });
});
