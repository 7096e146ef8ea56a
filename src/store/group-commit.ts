// Batches items for one commit: a group closes at `maxItems` or at the end of the event-loop turn
// (or `maxDelayMs` later), one group commits at a time, and each caller settles with its own outcome.
// It must not settle anyone before `commit` has resolved: that is the durability promise.
export interface GroupCommitOptions<T, R> {
  maxItems: number;
  maxDelayMs: number;
  /** Writes the whole group; one outcome per item, in order. A throw fails every item of the group. */
  commit(group: T[]): Promise<({ ok: true; value: R } | { ok: false; error: unknown })[]>;
}

export interface GroupCommit<T, R> {
  add(item: T): Promise<R>;
  /** Resolves once every item added so far has been committed or refused. */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export function createGroupCommit<T, R>(options: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  let open: Waiting<T, R>[] = [];
  let scheduled = false;
  let running: Promise<void> | undefined;

  const schedule = () => {
    if (scheduled || running) return;
    scheduled = true;
    if (open.length >= options.maxItems) queueMicrotask(run);
    else if (options.maxDelayMs > 0) setTimeout(run, options.maxDelayMs);
    else setImmediate(run);
  };

  function run() {
    scheduled = false;
    if (running || open.length === 0) return;
    const group = open.slice(0, options.maxItems);
    open = open.slice(group.length);
    running = commitGroup(group).finally(() => {
      running = undefined;
      // Whatever arrived meanwhile has waited long enough.
      if (open.length > 0) {
        scheduled = true;
        queueMicrotask(run);
      }
    });
  }

  async function commitGroup(group: Waiting<T, R>[]) {
    try {
      const outcomes = await options.commit(group.map((w) => w.item));
      group.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) w.resolve(outcome.value);
        else w.reject(outcome?.error);
      });
    } catch (err) {
      for (const w of group) w.reject(err);
    }
  }

  return {
    add: (item) =>
      new Promise<R>((resolve, reject) => {
        open.push({ item, resolve, reject });
        if (open.length >= options.maxItems && scheduled && !running) {
          // A full group need not wait for the timer.
          queueMicrotask(run);
        }
        schedule();
      }),
    drain: async () => {
      while (running || open.length > 0) {
        if (!running) run();
        await running;
      }
    },
  };
}
