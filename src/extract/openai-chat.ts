// The one file that talks to an OpenAI-compatible endpoint (the `openai` SDK): a chat completion
// constrained by a JSON Schema, with a short timeout and no retries. Failures come back classified.
// The SDK is imported on the first completion: a process without an LLM configured never loads it.
import type OpenAIClient from 'openai';

type OpenAI = typeof OpenAIClient;
let sdk: Promise<OpenAI> | undefined;
const loadOpenAi = () => (sdk ??= import('openai').then((m) => m.default));

export interface ChatOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
}

export type ChatFailure =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'client-error'
  | 'network'
  | 'aborted';

export class ChatError extends Error {
  constructor(
    readonly kind: ChatFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface ChatClient {
  /** Returns the assistant message content (expected to be JSON when a schema is given). */
  complete(
    messages: { role: 'system' | 'user'; content: string }[],
    options?: { schema?: { name: string; schema: Record<string, unknown> }; signal?: AbortSignal },
  ): Promise<string>;
}

export function createOpenAiChat(options: ChatOptions): ChatClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  let client: OpenAIClient | undefined;
  return {
    async complete(messages, opts = {}) {
      const OpenAI = await loadOpenAi();
      client ??= new OpenAI({
        apiKey: options.apiKey ?? process.env.OPENAI_API_KEY ?? 'unset',
        ...((options.baseURL ?? process.env.OPENAI_BASE_URL)
          ? { baseURL: options.baseURL ?? process.env.OPENAI_BASE_URL }
          : {}),
        maxRetries: 0,
        timeout: timeoutMs,
      });
      const signal = opts.signal
        ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs);
      try {
        const completion = await client.chat.completions.create(
          {
            model: options.model,
            messages,
            temperature: 0,
            ...(opts.schema
              ? {
                  response_format: {
                    type: 'json_schema' as const,
                    json_schema: { name: opts.schema.name, strict: true, schema: opts.schema.schema },
                  },
                }
              : {}),
          },
          { signal },
        );
        return completion.choices[0]?.message?.content ?? '';
      } catch (err) {
        throw classify(OpenAI, err, opts.signal);
      }
    },
  };
}

function classify(OpenAI: OpenAI, err: unknown, caller?: AbortSignal): ChatError {
  if (caller?.aborted) return new ChatError('aborted', 'aborted by the caller');
  if (err instanceof OpenAI.APIConnectionTimeoutError)
    return new ChatError('timeout', 'the model did not answer in time');
  if (err instanceof OpenAI.APIUserAbortError)
    return new ChatError('timeout', 'the model did not answer in time');
  if (err instanceof OpenAI.RateLimitError) return new ChatError('rate-limited', 'rate limited (429)');
  if (err instanceof OpenAI.InternalServerError)
    return new ChatError('server-error', `server error (${err.status})`);
  if (err instanceof OpenAI.APIError && err.status)
    return new ChatError('client-error', `request refused (${err.status})`);
  if (err instanceof OpenAI.APIConnectionError)
    return new ChatError('network', 'cannot reach the model endpoint');
  return new ChatError('network', err instanceof Error ? err.name : 'unknown failure');
}
