// Numbers and fans out one investigation's events: to listeners as they happen and to async
// iterators that may start late (buffered until read). It never drops or reorders an event.
import type { EventPayloads, InvestigationEvent, InvestigationEventType } from '../sdk/index.js';

export type EventListener = (event: InvestigationEvent) => void;

export interface EventStream {
  emit<T extends InvestigationEventType>(type: T, data: EventPayloads[T]): InvestigationEvent<T>;
  subscribe(listener: EventListener): () => void;
  /** All events so far, then new ones until close(). */
  [Symbol.asyncIterator](): AsyncIterator<InvestigationEvent>;
  close(): void;
  readonly events: readonly InvestigationEvent[];
}

export function createEventStream(incidentId: string, clock: () => Date): EventStream {
  const events: InvestigationEvent[] = [];
  const listeners = new Set<EventListener>();
  const waiters = new Set<() => void>();
  let closed = false;

  return {
    events,
    emit(type, data) {
      if (closed) throw new Error(`event ${type} emitted after the stream closed`);
      const event = { seq: events.length + 1, type, incidentId, at: clock().toISOString(), data };
      events.push(event as InvestigationEvent);
      for (const listener of listeners) {
        try {
          listener(event as InvestigationEvent);
        } catch {
          // A listener's fault must not break the investigation; listeners report their own errors.
        }
      }
      for (const wake of waiters) wake();
      return event;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      for (const wake of waiters) wake();
    },
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        next: async () => {
          while (index >= events.length && !closed) {
            await new Promise<void>((resolve) => {
              const wake = () => {
                waiters.delete(wake);
                resolve();
              };
              waiters.add(wake);
            });
          }
          if (index < events.length) return { value: events[index++]!, done: false };
          return { value: undefined, done: true };
        },
      };
    },
  };
}
