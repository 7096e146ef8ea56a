// What a request looks like in the log: never a credential carried in the URL (an `?api_key=`
// sent by a misconfigured client, a token in a callback URL). Keys are accepted only in headers.
import type { FastifyRequest } from 'fastify';

const CREDENTIAL_PARAM = /key|token|secret|passw|auth|signature|^sig$|credential|session/i;

/** The URL with the value of every credential-like query parameter replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // an undecodable name is checked as sent
      }
      return eq >= 0 && CREDENTIAL_PARAM.test(decoded) ? `${name}=[REDACTED]` : pair;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
