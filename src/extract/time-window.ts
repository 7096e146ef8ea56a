// Turns time hints in a description ("since 14:05", "for 20 minutes", "in the last hour", "since
// yesterday") into an incident window ending at `now`. Times of day are read in UTC.
import type { TimeWindow } from '../sdk/index.js';

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  sec: 1_000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
};

export function parseTimeWindow(text: string, now: Date): TimeWindow | undefined {
  const lower = text.toLowerCase();
  const to = now.toISOString();
  const at =
    /\b(?:since|from|starting(?: at)?|after|around)\s+(?:the\s+)?(\d{1,2})[:h.](\d{2})\s*(am|pm|utc|z)?/.exec(
      lower,
    );
  if (at) {
    let hour = Number(at[1]);
    const minute = Number(at[2]);
    if (at[3] === 'pm' && hour < 12) hour += 12;
    if (at[3] === 'am' && hour === 12) hour = 0;
    if (hour < 24 && minute < 60) {
      const from = new Date(
        Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, minute),
      );
      if (from.getTime() > now.getTime()) from.setUTCDate(from.getUTCDate() - 1);
      return { from: from.toISOString(), to };
    }
  }
  const span =
    /\b(?:for|in the (?:last|past)|over the (?:last|past)|last|past)\s+(?:(\d+|an?|one|two|three|few|couple of)\s+)?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b/.exec(
      lower,
    );
  const ago =
    /\b(\d+|an?|one|two|three|few|couple of)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/.exec(
      lower,
    );
  const m = span ?? ago;
  if (m) {
    const amount = wordNumber(m[1] ?? '1');
    const unit = UNIT_MS[m[2]!.replace(/s$/, '')] ?? 60_000;
    return { from: new Date(now.getTime() - amount * unit).toISOString(), to };
  }
  if (/\bsince yesterday\b/.test(lower))
    return { from: new Date(now.getTime() - 86_400_000).toISOString(), to };
  if (/\bsince (this )?morning\b/.test(lower)) {
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6, 0));
    return {
      from: (from.getTime() < now.getTime() ? from : new Date(now.getTime() - 6 * 3_600_000)).toISOString(),
      to,
    };
  }
  return undefined;
}

function wordNumber(word: string): number {
  const n = Number(word);
  if (Number.isFinite(n) && n > 0) return n;
  return { a: 1, an: 1, one: 1, two: 2, three: 3, few: 3, 'couple of': 2 }[word] ?? 1;
}
