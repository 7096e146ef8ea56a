// Replaces credential-shaped strings (cloud access keys, tokens, JWTs, private keys, `password=` pairs,
// passwords in URLs) with `[redacted]`. The one scrubber for text read from systems (logs, events) and
// for text sent out (prompts); linear time (re2js), since it runs over untrusted text of any size.
import { RE2JS } from 're2js';

const KEY_NAMES =
  'password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|accountkey|sharedaccesskey|sig';

// Each alternative names what it hides: a key=value pair keeps its key, the rest becomes [redacted].
const ALTERNATIVES = [
  // key=value / key: value, also inside longer names (aws_secret_access_key=…, DB_PASSWORD: …).
  `(?P<pair>(?P<key>[A-Za-z0-9_.-]*(?:${KEY_NAMES})[A-Za-z0-9_.-]*)(?P<sep>["']?\\s*[=:]\\s*["']?))(?P<value>[^\\s"',;&<>]+)`,
  // user:password@host in URLs.
  `(?P<url>[a-z][a-z0-9+.-]*://[^\\s:/@]+:)[^\\s/@]+@`,
  `bearer\\s+[A-Za-z0-9._~+/=-]{8,}`,
  `\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[0-9A-Z]{16}\\b`,
  `\\bAIza[0-9A-Za-z_-]{35}\\b`,
  `\\bya29\\.[0-9A-Za-z_-]{20,}`,
  `\\bgh[pousr]_[A-Za-z0-9]{20,}\\b`,
  `\\bgithub_pat_[A-Za-z0-9_]{22,}\\b`,
  `\\bxox[abposr]-[A-Za-z0-9-]{10,}`,
  `\\bxapp-[A-Za-z0-9-]{10,}`,
  `\\b(?:sk|pk|rk)[-_](?:live|test|proj)?[-_]?[A-Za-z0-9]{12,}\\b`,
  `\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*`,
  `-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----`,
];

const PATTERN = RE2JS.compile(ALTERNATIVES.join('|'), RE2JS.CASE_INSENSITIVE);

// Most strings carry none of these: a cheap literal test skips the full scan for them.
const MAYBE =
  /[=:@]|bearer|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|AIza|ya29\.|gh[pousr]_|github_pat_|xox|xapp-|sk[-_]|pk[-_]|rk[-_]|eyJ|PRIVATE KEY/i;

export function redactCredentials(text: string): string {
  if (!MAYBE.test(text)) return text;
  return PATTERN.matcher(text).replaceAll((...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined> | undefined;
    if (groups?.pair !== undefined) return `${groups.pair}[redacted]`;
    if (groups?.url !== undefined) return `${groups.url}[redacted]@`;
    return '[redacted]';
  });
}
