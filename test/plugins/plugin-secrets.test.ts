// A third-party plugin's declared secret, thrown in a collector error and logged, and credentials a
// collector reads from logs, are found nowhere a person or a disk can see them: the incident over
// HTTP, its SSE stream, the SQLite file and the service's logs — whether the plugin runs in a worker
// or in-process.
import { readFileSync, existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/engine/index.js';
import { startHarness, type Harness } from './server-harness.js';

const SECRET = 'leaky-api-key-5f0d2c9e81';
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2lnbmF0dXJlLXZhbHVl';
const PASSWORD = 'hunter2-prod-db';
const logLines = [
  `GET /orders 200 using access key ${AWS_KEY}`,
  `sent Authorization: Bearer ${JWT}`,
  `connecting with password=${PASSWORD}`,
];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('secrets of third-party plugins', () => {
  it.each(['worker', 'in-process'] as const)(
    'a secret in a collector error and credentials in collected logs reach no response, stream, file or log (%s)',
    { timeout: 60_000 },
    async (isolation) => {
      const logs: string[] = [];
      const logger = createLogger({
        level: 'debug',
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logs.push(chunk.toString('utf8'));
            done();
          },
        }),
      });
      harness = await startHarness(
        [
          {
            module: './test/fixtures/hostile/leaky-secrets.mjs',
            config: { apiKey: SECRET, logLines },
            isolation,
          },
        ],
        { logger },
      );
      const id = await harness.submit('victim');
      const incident = await harness.finished(id);
      const stream = await (await fetch(`${harness.url}/api/v1/incidents/${id}/events`)).text();
      const tape = await harness.store.getTape(id);
      const dbFile = harness.dbFile;
      await harness.close();
      harness = undefined;
      const files = ['', '-wal']
        .map((suffix) => `${dbFile}${suffix}`)
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f).toString('latin1'));

      expect(incident.status).toBe('completed');
      const auth = incident.missing_evidence.find((m) => m.source === 'leaky.auth');
      expect(auth).toMatchObject({ status: 'error' });
      expect(auth!.reason).toContain('[redacted]');
      const stored = tape!.evidence.find((e) => e.kind === 'leaky.logs');
      expect(stored!.attributes.lines).toEqual([
        'GET /orders 200 using access key [redacted]',
        'sent Authorization: [redacted]',
        'connecting with password=[redacted]',
      ]);
      expect(logs.join('')).toContain('login refused');
      expect(stream).toContain('report.ready');

      const places = {
        incident: JSON.stringify(incident),
        stream,
        files: files.join(''),
        logs: logs.join(''),
      };
      for (const [place, text] of Object.entries(places)) {
        for (const secret of [SECRET, AWS_KEY, JWT, PASSWORD]) {
          expect(text.includes(secret), `${secret} in ${place}`).toBe(false);
        }
      }
    },
  );
});
