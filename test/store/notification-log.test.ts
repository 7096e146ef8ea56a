// The store's notification log survives a restart: steps delivered and each notifier's state are
// found again by a new store on the same file, per incident and per notifier.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/index.js';

describe('notification log', () => {
  it('keeps steps and notifier state per incident and notifier across a reopen', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'culprit-notes-')), 'culprit.db');
    const first = createSqliteStore({ path });
    const log = first.notificationLog('inc-1');
    expect(await log.isDone('slack', 'investigation.started')).toBe(false);
    await log.markDone('slack', 'investigation.started');
    await log.markDone('slack', 'investigation.started');
    await log.saveState('slack', { channel: 'C0000001', topTs: '1.000001' });
    await log.saveState('slack', { channel: 'C0000001', topTs: '1.000002' });
    await first.close();

    const second = createSqliteStore({ path });
    const again = second.notificationLog('inc-1');
    expect(await again.isDone('slack', 'investigation.started')).toBe(true);
    expect(await again.isDone('slack', 'report.ready')).toBe(false);
    expect(await again.isDone('webhook', 'investigation.started')).toBe(false);
    expect(await again.loadState('slack')).toEqual({ channel: 'C0000001', topTs: '1.000002' });
    expect(await second.notificationLog('inc-2').loadState('slack')).toBeUndefined();
    await second.close();
  });
});
