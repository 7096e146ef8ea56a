// A fake OpenAI-compatible API on 127.0.0.1 for tests: POST /v1/chat/completions answers like the
// real service (completion objects, error bodies, 429 with headers), scripted per request.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOpenAIRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown };
}

export type FakeOpenAIReply =
  | { content: string }
  | { json: unknown }
  | { status: 429 | 500 | 400 | 401; message?: string }
  | { hang: true };

export interface FakeOpenAI {
  /** Base URL including /v1, for the SDK's baseURL. */
  url: string;
  requests: FakeOpenAIRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(
  handler: (request: FakeOpenAIRequest) => FakeOpenAIReply,
): Promise<FakeOpenAI> {
  const requests: FakeOpenAIRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      let body: FakeOpenAIRequest['body'] = {};
      try {
        body = JSON.parse(raw || '{}') as FakeOpenAIRequest['body'];
      } catch {
        body = {};
      }
      const request = { path: req.url ?? '', headers: req.headers, body };
      requests.push(request);
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { message: 'Unknown request URL', type: 'invalid_request_error', code: 'unknown_url' },
          }),
        );
        return;
      }
      const reply = handler(request);
      if ('hang' in reply) {
        hanging.add(res);
        return;
      }
      if ('status' in reply) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (reply.status === 429)
          Object.assign(headers, { 'retry-after': '20', 'x-ratelimit-remaining-requests': '0' });
        res.writeHead(reply.status, headers);
        const type =
          reply.status === 429 ? 'requests' : reply.status === 500 ? 'server_error' : 'invalid_request_error';
        res.end(
          JSON.stringify({
            error: { message: reply.message ?? `fake error ${reply.status}`, type, code: null, param: null },
          }),
        );
        return;
      }
      const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${requests.length}` });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model ?? 'fake-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content, refusal: null },
              logprobs: null,
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
