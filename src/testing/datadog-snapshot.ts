// Reads a scenario folder's datadog/ payloads (monitors.json as GET /api/v1/monitor returns them,
// events.json as GET /api/v1/events, metrics.json as [{query, response: GET /api/v1/query body}])
// into the data the fake Datadog API serves, shifting times with the cluster snapshot when asked.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { invalid, readJson, snapshotTimeShift, type ReadClusterSnapshotOptions } from './cluster-snapshot.js';
import type {
  FakeDatadogData,
  FakeDatadogEvent,
  FakeDatadogMonitor,
  FakeDatadogSeries,
  FakeMonitorState,
} from './fake-datadog.js';
import { shiftTimestamp } from './timestamp.js';

const FILES = ['monitors.json', 'events.json', 'metrics.json'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const isObject = (v: unknown): v is Record<string, Any> => !!v && typeof v === 'object' && !Array.isArray(v);

export function readDatadogSnapshot(dir: string, options: ReadClusterSnapshotOptions = {}): FakeDatadogData {
  const base = join(dir, 'datadog');
  if (!existsSync(base)) return {};
  for (const name of readdirSync(base))
    if (!FILES.includes(name))
      throw invalid(join(base, name), `unknown file; expected one of ${FILES.join(', ')}`);
  const { deltaMs } = snapshotTimeShift(dir, options);
  const iso = (v: unknown) => (typeof v === 'string' ? shiftTimestamp(v, deltaMs) : undefined);
  const data: FakeDatadogData = {};

  const monitorsFile = join(base, 'monitors.json');
  if (existsSync(monitorsFile)) {
    const monitors = readJson(monitorsFile);
    if (!Array.isArray(monitors)) throw invalid(monitorsFile, 'expected an array of monitors');
    data.monitors = monitors.map((m: unknown, i): FakeDatadogMonitor => {
      if (
        !isObject(m) ||
        typeof m.id !== 'number' ||
        typeof m.name !== 'string' ||
        typeof m.query !== 'string'
      )
        throw invalid(monitorsFile, `[${i}] needs a numeric id, a name and a query`);
      if (typeof m.type !== 'string' || typeof m.overall_state !== 'string')
        throw invalid(monitorsFile, `[${i}] (${m.id}) needs a type and an overall_state`);
      const groups = isObject(m.state?.groups)
        ? Object.fromEntries(
            Object.entries(m.state.groups as Record<string, Any>).map(([name, g]) => [
              name,
              String(g?.status ?? 'OK') as FakeMonitorState,
            ]),
          )
        : undefined;
      return {
        id: m.id,
        name: m.name,
        query: m.query,
        type: m.type,
        overall_state: m.overall_state as FakeMonitorState,
        ...(Array.isArray(m.tags) ? { tags: m.tags.map(String) } : {}),
        ...(typeof m.message === 'string' ? { message: m.message } : {}),
        ...(iso(m.created) ? { created: iso(m.created) } : {}),
        ...(iso(m.modified) ? { modified: iso(m.modified) } : {}),
        ...(iso(m.overall_state_modified) ? { overall_state_modified: iso(m.overall_state_modified) } : {}),
        ...(m.priority !== undefined ? { priority: m.priority } : {}),
        ...(isObject(m.options) ? { options: m.options } : {}),
        ...(groups ? { groups } : {}),
      };
    });
  }

  const eventsFile = join(base, 'events.json');
  if (existsSync(eventsFile)) {
    const body = readJson(eventsFile);
    if (!isObject(body) || !Array.isArray(body.events))
      throw invalid(eventsFile, 'expected {"events": [...]} as GET /api/v1/events returns');
    data.events = (body.events as unknown[]).map((e, i): FakeDatadogEvent => {
      if (!isObject(e) || typeof e.id !== 'number' || typeof e.title !== 'string')
        throw invalid(eventsFile, `events[${i}] needs a numeric id and a title`);
      if (typeof e.date_happened !== 'number')
        throw invalid(eventsFile, `events[${i}] (${e.id}) needs date_happened (POSIX seconds)`);
      return {
        id: e.id,
        title: e.title,
        date_happened: e.date_happened + Math.round(deltaMs / 1000),
        ...(typeof e.text === 'string' ? { text: e.text } : {}),
        ...(Array.isArray(e.tags) ? { tags: e.tags.map(String) } : {}),
        ...(typeof e.alert_type === 'string'
          ? { alert_type: e.alert_type as FakeDatadogEvent['alert_type'] }
          : {}),
        ...(typeof e.source_type_name === 'string' ? { source_type_name: e.source_type_name } : {}),
        ...(e.priority === 'normal' || e.priority === 'low' ? { priority: e.priority } : {}),
        ...(typeof e.host === 'string' || e.host === null ? { host: e.host } : {}),
      };
    });
  }

  const metricsFile = join(base, 'metrics.json');
  if (existsSync(metricsFile)) {
    const entries = readJson(metricsFile);
    if (!Array.isArray(entries)) throw invalid(metricsFile, 'expected an array of {query, response}');
    data.series = entries.flatMap((entry: unknown, i): FakeDatadogSeries[] => {
      if (!isObject(entry) || typeof entry.query !== 'string' || !isObject(entry.response))
        throw invalid(metricsFile, `[${i}] needs a query string and a response object`);
      const series = entry.response.series ?? [];
      if (!Array.isArray(series)) throw invalid(metricsFile, `[${i}].response.series is not an array`);
      return series.map((s: unknown, j): FakeDatadogSeries => {
        const where = `[${i}].response.series[${j}]`;
        if (!isObject(s) || !Array.isArray(s.pointlist))
          throw invalid(metricsFile, `${where} has no pointlist`);
        const points = (s.pointlist as unknown[]).map((p, k): [number, number | null] => {
          if (!Array.isArray(p) || typeof p[0] !== 'number' || (typeof p[1] !== 'number' && p[1] !== null))
            throw invalid(metricsFile, `${where}.pointlist[${k}] is not [epoch ms, value]`);
          return [p[0] + deltaMs, p[1]];
        });
        return {
          query: entry.query as string,
          points,
          ...(typeof s.metric === 'string' ? { metric: s.metric } : {}),
          ...(typeof s.scope === 'string' ? { scope: s.scope } : {}),
          ...(typeof s.interval === 'number' ? { interval: s.interval } : {}),
        };
      });
    });
  }
  return data;
}
