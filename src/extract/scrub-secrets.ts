// Removes secret-looking strings (bearer tokens, API keys, passwords in key=value form) from text
// before it leaves the process, e.g. in a prompt. Linear-time patterns only.
const PATTERNS: RegExp[] = [
  /\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(sk|pk|rk)[-_](live|test|proj)?[-_]?[A-Za-z0-9]{12,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\b(password|passwd|pwd|secret|token|api[_-]?key|apikey)\s*[=:]\s*\S+/gi,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

export function scrubSecrets(text: string): string {
  return PATTERNS.reduce(
    (out, re) =>
      out.replace(re, (m, key: string) =>
        /^(password|passwd|pwd|secret|token|api)/i.test(key ?? '') ? `${key}=[redacted]` : '[redacted]',
      ),
    text,
  );
}
