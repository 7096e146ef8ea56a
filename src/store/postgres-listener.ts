// LISTEN on the store's channel over one dedicated connection, fanning events out to this process's
// subscribers (the server's event hub), so SSE clients on any replica see events a worker wrote
// elsewhere. Reconnects after a drop; the SSE route's replay from stored events covers the gap.
import type { InvestigationEvent } from '../sdk/index.js';
import { quoteIdent } from './postgres-migrations.js';

type Listener = (event: InvestigationEvent) => void;

interface Notification {
  channel: string;
  payload?: string | undefined;
}

/** What the listener needs of a pg Client (`pg` itself is imported only by the store). */
export interface ListenClient {
  connect(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: 'notification', fn: (message: Notification) => void): unknown;
  on(event: 'error' | 'end', fn: () => void): unknown;
}

export interface PostgresListenerOptions {
  connect: () => ListenClient;
  channel: string;
  /** Reads back an event whose payload was too large to be notified. */
  resolve: (incidentId: string, seq: number) => Promise<InvestigationEvent | undefined>;
  reconnectMs?: number;
}

export interface PostgresListener {
  /** Resolves once LISTEN is in place; the returned function unsubscribes. */
  subscribe(listener: Listener): Promise<() => void>;
  close(): Promise<void>;
}

export function createPostgresListener(options: PostgresListenerOptions): PostgresListener {
  const listeners = new Set<Listener>();
  let client: ListenClient | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();

  const deliver = async (message: Notification) => {
    if (message.channel !== options.channel || !message.payload) return;
    let event: InvestigationEvent | undefined;
    try {
      const parsed = JSON.parse(message.payload) as
        | InvestigationEvent
        | { ref: { incidentId: string; seq: number } };
      event = 'ref' in parsed ? await options.resolve(parsed.ref.incidentId, parsed.ref.seq) : parsed;
    } catch {
      return;
    }
    if (event) for (const l of listeners) l(event);
  };

  const reconnect = () => {
    if (closed || listeners.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => void connect().catch(reconnect), options.reconnectMs ?? 1_000);
    timer.unref();
  };

  const connect = (): Promise<void> => {
    connecting ??= (async () => {
      const c = options.connect();
      // In notification order, even when one must be read back first: SSE drops an event older than
      // one it already sent.
      c.on('notification', (m) => {
        queue = queue.then(() => deliver(m)).catch(() => undefined);
      });
      // A dropped connection ('error', or 'end' when the server closed it) is replaced while anyone listens.
      const lost = () => {
        if (client !== c) return;
        client = undefined;
        void c.end().catch(() => undefined);
        reconnect();
      };
      c.on('error', lost);
      c.on('end', lost);
      try {
        await c.connect();
        await c.query(`LISTEN ${quoteIdent(options.channel)}`);
      } catch (err) {
        await c.end().catch(() => undefined);
        throw err;
      }
      client = c;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  return {
    async subscribe(listener) {
      listeners.add(listener);
      try {
        if (!client) await connect();
      } catch (err) {
        listeners.delete(listener);
        throw err;
      }
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      listeners.clear();
      await connecting?.catch(() => undefined);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
