// What the host records about one collector's run: its status, timing, attempts and yield.
export interface CollectorRun {
  collector: string;
  status: 'ok' | 'timeout' | 'error' | 'invalid' | 'truncated' | 'unavailable' | 'permission-denied';
  durationMs: number;
  attempts: number;
  evidence: number;
  reason?: string;
  /** Catalogue code of the failure (ERR_PLUGIN_COLLECTOR_TIMEOUT, ERR_PLUGIN_WORKER_OUT_OF_MEMORY …). */
  code?: string;
}
