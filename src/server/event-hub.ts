// Fans live investigation events out to SSE subscribers, per incident, with a bound on how many
// subscribers may exist at once. Subscribers unsubscribe on disconnect; nothing is kept for them.
import type { InvestigationEvent } from '../sdk/index.js';

type Listener = (event: InvestigationEvent) => void;

export interface EventHub {
  publish(event: InvestigationEvent): void;
  /** undefined when the subscriber limit is reached. */
  subscribe(incidentId: string, listener: Listener): (() => void) | undefined;
  readonly subscribers: number;
  closeAll(): void;
  onCloseAll(listener: () => void): () => void;
}

export function createEventHub(maxSubscribers: number): EventHub {
  const byIncident = new Map<string, Set<Listener>>();
  const closers = new Set<() => void>();
  let count = 0;
  return {
    publish(event) {
      for (const l of byIncident.get(event.incidentId) ?? []) l(event);
    },
    subscribe(incidentId, listener) {
      if (count >= maxSubscribers) return undefined;
      const set = byIncident.get(incidentId) ?? new Set<Listener>();
      byIncident.set(incidentId, set);
      set.add(listener);
      count++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        count--;
        set.delete(listener);
        if (set.size === 0) byIncident.delete(incidentId);
      };
    },
    get subscribers() {
      return count;
    },
    closeAll() {
      for (const c of [...closers]) c();
    },
    onCloseAll(listener) {
      closers.add(listener);
      return () => closers.delete(listener);
    },
  };
}
