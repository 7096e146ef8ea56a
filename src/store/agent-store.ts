// The store's part of the cluster-agent protocol: agent tokens (only their sha256 is kept) and the
// queue of collection requests with leases, each answered once, and the token row both stores share.
// Data only: no token in clear text.
export interface AgentTokenRecord {
  id: string;
  /** The one cluster whose queue this token may read and answer. */
  cluster: string;
  name?: string;
  createdAt: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

export interface AgentRequestLease {
  id: string;
  cluster: string;
  /** The request as the engine enqueued it (JSON). */
  payload: unknown;
  /** Epoch ms after which nobody waits for its answer. */
  deadline: number;
  /** How long one agent holds it before another may take it. */
  leaseMs: number;
}

export type AnswerOutcome = 'accepted' | 'already-answered' | 'unknown';

export interface AgentStore {
  createToken(token: { id: string; cluster: string; name?: string; hash: string }): Promise<AgentTokenRecord>;
  listTokens(): Promise<AgentTokenRecord[]>;
  /** false when no such token; revoking twice keeps the first time. */
  revokeToken(id: string): Promise<boolean>;
  /** The token whose sha256 is `hash`, revoked or not (the caller refuses revoked ones). */
  findToken(hash: string): Promise<AgentTokenRecord | undefined>;
  touchToken(id: string): Promise<void>;
  enqueueRequest(request: AgentRequestLease): Promise<void>;
  /**
   * The oldest unanswered request of `cluster` before its deadline that nobody holds (or whose
   * holder's lease ran out), now leased to `agent` for the request's `leaseMs`.
   */
  leaseRequest(cluster: string, agent: string): Promise<AgentRequestLease | undefined>;
  /** The first answer wins; later ones are `already-answered`. */
  answerRequest(id: string, cluster: string, result: unknown): Promise<AnswerOutcome>;
  /** `undefined` while unanswered (or unknown). */
  requestResult(id: string): Promise<{ result: unknown } | undefined>;
  /** Forgets a request (its waiter gave up or took its answer). */
  deleteRequest(id: string): Promise<void>;
}

/** A token as both built-in stores keep it (column names of tables `agent_tokens`). */
export interface TokenRow {
  id: string;
  cluster: string;
  name: string | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export const toToken = (r: TokenRow): AgentTokenRecord => ({
  id: r.id,
  cluster: r.cluster,
  ...(r.name ? { name: r.name } : {}),
  createdAt: r.created_at,
  ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
  ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}),
});
