// What the notifiers already did for one incident: the steps delivered (so a resumed investigation
// does not tell people twice) and each notifier's own state. The store persists it; without a store,
// an in-memory log keeps the same promises for the life of the process.
import type { InvestigationEvent, NotifierState } from '../sdk/index.js';

export interface NotificationLog {
  isDone(notifier: string, step: string): Promise<boolean>;
  markDone(notifier: string, step: string): Promise<void>;
  loadState(notifier: string): Promise<unknown>;
  saveState(notifier: string, state: unknown): Promise<void>;
}

export function createMemoryNotificationLog(): NotificationLog {
  const done = new Set<string>();
  const states = new Map<string, string>();
  return {
    isDone: async (notifier, step) => done.has(`${notifier}\n${step}`),
    markDone: async (notifier, step) => void done.add(`${notifier}\n${step}`),
    loadState: async (notifier) => {
      const json = states.get(notifier);
      return json === undefined ? undefined : JSON.parse(json);
    },
    saveState: async (notifier, state) => void states.set(notifier, JSON.stringify(state)),
  };
}

/** One notifier's view of the log, as offered on its context. */
export function notifierState(log: NotificationLog, notifier: string): NotifierState {
  return {
    get: async <T>() => (await log.loadState(notifier)) as T | undefined,
    set: (value) => log.saveState(notifier, value),
  };
}

/**
 * The step an event stands for. A resumed attempt repeats the one-off steps (started, scope, each
 * collector's start and end, the outcome); they keep one key so they are delivered once.
 */
export function notificationStep(event: InvestigationEvent): string {
  const data = (event.data ?? {}) as { collector?: unknown; code?: unknown };
  switch (event.type) {
    case 'investigation.started':
    case 'report.ready':
      return event.type;
    case 'scope.resolved':
      // The second look (widened) is a step of its own; its collectors' events share the first look's keys.
      return (event.data as { widened?: unknown }).widened ? `${event.type}:widened` : event.type;
    case 'investigation.failed':
      return `${event.type}:${String(data.code)}`;
    case 'collector.started':
    case 'collector.finished':
    case 'collector.failed':
      return `${event.type}:${String(data.collector)}`;
    default:
      return `${event.type}:${event.seq}`;
  }
}
