// The thin Datadog client on its own, against a bare HTTP server on 127.0.0.1 that answers what the
// fake API never does: gzip bodies, 2xx answers that are not JSON, JSON of the wrong shape.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatadogClient } from '../datadog-client.js';

let server: Server;
let baseUrl: string;
let answer: (path: string) => { body: Buffer | string; headers?: Record<string, string> };
const seen: { path: string; query: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ path: url.pathname, query: url.search, headers: req.headers });
    const { body, headers } = answer(url.pathname);
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const options = () => ({
  apiKey: 'api-key-0123456789',
  appKey: 'app-key-abcdefghij',
  baseUrl,
  requestTimeoutMs: 2_000,
  maxRetries: 2,
});

describe('datadog-client', () => {
  it('reads gzip answers, maps snake_case fields, sends the keys in headers only', async () => {
    answer = () => ({
      body: gzipSync(
        JSON.stringify([
          {
            id: 7,
            name: 'errors',
            query: 'q',
            type: 'metric alert',
            overall_state: 'Alert',
            tags: ['service:checkout', 3],
          },
        ]),
      ),
      headers: { 'content-encoding': 'gzip' },
    });
    const client = createDatadogClient(options());
    const reader = client.reader(new AbortController().signal);
    expect(await reader.listMonitors({ monitorTags: 'service:checkout' })).toEqual([
      { id: 7, name: 'errors', query: 'q', type: 'metric alert', state: 'Alert', tags: ['service:checkout'] },
    ]);
    const last = seen.at(-1)!;
    expect(last.path).toBe('/api/v1/monitor');
    expect(Object.fromEntries(new URLSearchParams(last.query))).toEqual({
      monitor_tags: 'service:checkout',
      page: '0',
      page_size: '500',
    });
    expect(last.headers['dd-api-key']).toBe('api-key-0123456789');
    expect(last.headers['dd-application-key']).toBe('app-key-abcdefghij');
    reader.dispose();
    client.close();
  });

  it('a 2xx that is not JSON, or JSON of the wrong shape, is an unreadable answer, never retried', async () => {
    const client = createDatadogClient(options());
    const reader = client.reader(new AbortController().signal);
    const before = seen.length;
    answer = () => ({ body: '<html>maintenance</html>' });
    expect(await reader.listEvents(0, 60_000, 'service:checkout')).toBeUndefined();
    answer = () => ({ body: JSON.stringify({ series: 'nope', status: 'ok' }) });
    expect(await reader.queryMetrics('avg:x{*}', 0, 60_000)).toEqual([]);
    answer = () => ({ body: JSON.stringify({ not: 'a list' }) });
    expect(await reader.listMonitors({ scopeTags: 'env:prod' })).toBeUndefined();
    expect(seen.length - before).toBe(3);
    expect(reader.failed).toEqual([
      'list events tagged service:checkout: unreadable answer',
      'list monitors scoped to env:prod: unreadable answer',
    ]);
    expect(reader.failed.join(' ')).not.toContain('key-');
    reader.dispose();
    client.close();
  });

  it('events and metric points: seconds to ms, gaps dropped', async () => {
    const client = createDatadogClient(options());
    const reader = client.reader(new AbortController().signal);
    answer = (path) =>
      path === '/api/v1/events'
        ? {
            body: JSON.stringify({
              events: [
                {
                  id: 1,
                  title: 'deploy',
                  text: '',
                  date_happened: 60,
                  tags: [],
                  alert_type: 'info',
                  source_type_name: 'kubernetes',
                },
              ],
            }),
          }
        : {
            body: JSON.stringify({
              status: 'ok',
              series: [
                {
                  metric: 'm',
                  scope: 's',
                  pointlist: [
                    [1000, 1],
                    [2000, null],
                    [3000, 2],
                  ],
                },
              ],
            }),
          };
    expect(await reader.listEvents(0, 120_000, 't')).toEqual([
      { id: 1, title: 'deploy', text: '', at: 60_000, tags: [], alertType: 'info', source: 'kubernetes' },
    ]);
    expect(await reader.queryMetrics('m', 0, 120_000)).toEqual([
      {
        metric: 'm',
        scope: 's',
        points: [
          [1000, 1],
          [3000, 2],
        ],
      },
    ]);
    reader.dispose();
    client.close();
  });
});
