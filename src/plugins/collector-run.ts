// What the host records about one collector's run: its status, timing, attempts and yield.
export interface CollectorRun {
  collector: string;
  status: 'ok' | 'timeout' | 'error' | 'invalid' | 'truncated' | 'unavailable' | 'permission-denied';
  durationMs: number;
  attempts: number;
  evidence: number;
  reason?: string;
}
