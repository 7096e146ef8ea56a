// The fake Datadog API serves a scenario's datadog/ folder: monitors, events and metric series as
// the real API returned them, shifted with the scenario when asked; malformed files are coded errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDatadogSnapshot } from '../../src/testing/datadog-snapshot.js';
import { startFakeDatadog } from '../../src/testing/fake-datadog.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'culprit-dd-snap-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const INCIDENT = Date.parse('2026-03-14T14:12:00Z');
const QUERY = 'avg:trace.http.request.errors{service:checkout}';
const FILES = {
  'scenario.yaml': 'incidentTime: "2026-03-14T14:12:00Z"\n',
  'datadog/monitors.json': [
    {
      id: 101,
      org_id: 2,
      name: 'checkout error rate',
      type: 'query alert',
      query: `sum(last_5m):${QUERY}.as_count() > 50`,
      message: '@slack-oncall',
      tags: ['team:payments'],
      options: { thresholds: { critical: 50 } },
      overall_state: 'Alert',
      created: '2026-01-02T10:00:00.000000+00:00',
      modified: '2026-01-02T10:00:00.000000+00:00',
      overall_state_modified: '2026-03-14T14:06:00+00:00',
      priority: 2,
      state: { groups: { 'host:a': { name: 'host:a', status: 'Alert' } } },
    },
  ],
  'datadog/events.json': {
    status: 'ok',
    events: [
      {
        id: 7001,
        title: 'Deployed checkout v2.3.1',
        text: 'argo rollout',
        date_happened: INCIDENT / 1000 - 600,
        tags: ['service:checkout'],
        alert_type: 'info',
        source_type_name: 'deployment',
        priority: 'normal',
        host: null,
      },
    ],
  },
  'datadog/metrics.json': [
    {
      query: QUERY,
      response: {
        status: 'ok',
        res_type: 'time_series',
        series: [
          {
            metric: 'trace.http.request.errors',
            scope: 'service:checkout',
            interval: 60,
            pointlist: [
              [INCIDENT - 120_000, 3],
              [INCIDENT - 60_000, 80],
            ],
          },
        ],
      },
    },
  ],
};

describe('readDatadogSnapshot', () => {
  it('reads the three payloads; a folder without datadog/ is no data', () => {
    const data = readDatadogSnapshot(folder(FILES));
    expect(data.monitors?.map((m) => [m.id, m.overall_state, m.groups])).toEqual([
      [101, 'Alert', { 'host:a': 'Alert' }],
    ]);
    expect(data.events?.map((e) => e.id)).toEqual([7001]);
    expect(data.series?.[0]).toMatchObject({
      query: QUERY,
      points: [
        [INCIDENT - 120_000, 3],
        [INCIDENT - 60_000, 80],
      ],
    });
    expect(readDatadogSnapshot(folder({}))).toEqual({});
  });

  it('shiftTo moves monitor times, event dates and series points with the incident', () => {
    const shift = 86_400_000;
    const data = readDatadogSnapshot(folder(FILES), { shiftTo: new Date(INCIDENT + shift) });
    expect(data.monitors?.[0]?.overall_state_modified).toBe('2026-03-15T14:06:00+00:00');
    expect(data.events?.[0]?.date_happened).toBe((INCIDENT + shift) / 1000 - 600);
    expect(data.series?.[0]?.points[1]).toEqual([INCIDENT + shift - 60_000, 80]);
  });

  it.each([
    ['monitors not an array', { 'datadog/monitors.json': { monitors: [] } }],
    ['a monitor without a query', { 'datadog/monitors.json': [{ id: 1, name: 'x', type: 'metric alert' }] }],
    ['events not wrapped', { 'datadog/events.json': [] }],
    ['an event without date_happened', { 'datadog/events.json': { events: [{ id: 1, title: 't' }] } }],
    ['a metric entry without a response', { 'datadog/metrics.json': [{ query: QUERY }] }],
    [
      'a point that is not [ms, value]',
      { 'datadog/metrics.json': [{ query: QUERY, response: { series: [{ pointlist: [['x', 1]] }] } }] },
    ],
    ['an unknown file', { 'datadog/logs.json': [] }],
    ['not JSON', { 'datadog/monitors.json': '[{' }],
  ])('%s is ERR_SNAPSHOT_INVALID', (_, files) => {
    expect(() => readDatadogSnapshot(folder(files))).toThrowError(
      expect.objectContaining({ code: 'ERR_SNAPSHOT_INVALID' }),
    );
  });
});

describe('startFakeDatadog({ snapshot })', () => {
  it('serves the monitors, events and series of the folder through the API', async () => {
    const dd = await startFakeDatadog({ snapshot: folder(FILES) });
    const headers = { 'DD-API-KEY': dd.apiKey, 'DD-APPLICATION-KEY': dd.appKey };
    const get = async (path: string) => (await fetch(`${dd.url}${path}`, { headers })).json() as Promise<Any>;
    try {
      const monitors = await get('/api/v1/monitor?monitor_tags=team:payments&group_states=all');
      expect(monitors.map((m: Any) => [m.id, m.overall_state, Object.keys(m.state.groups)])).toEqual([
        [101, 'Alert', ['host:a']],
      ]);
      const from = INCIDENT / 1000 - 3600;
      const to = INCIDENT / 1000;
      const events = await get(`/api/v1/events?start=${from}&end=${to}&sources=deployment`);
      expect(events.events.map((e: Any) => e.title)).toEqual(['Deployed checkout v2.3.1']);
      const series = await get(`/api/v1/query?from=${from}&to=${to}&query=${encodeURIComponent(QUERY)}`);
      expect(series.series[0].pointlist).toEqual([
        [INCIDENT - 120_000, 3],
        [INCIDENT - 60_000, 80],
      ]);
    } finally {
      await dd.close();
    }
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
