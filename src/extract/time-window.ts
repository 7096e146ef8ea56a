// Turns time hints in a description ("since ~14:05", "for the past 20 minutes", "this morning", "after
// the 14:05 deploy") into an incident window ending at `now`, the incident's own time. Times of day are UTC.
import type { TimeWindow } from '../sdk/index.js';

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  sec: 1_000,
  minute: 60_000,
  min: 60_000,
  m: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  h: 3_600_000,
  day: 86_400_000,
};

export function parseTimeWindow(text: string, now: Date): TimeWindow | undefined {
  const lower = text.toLowerCase();
  const to = now.toISOString();
  const at =
    /\b(?:since|from|starting(?: at)?|started at|after|around|beginning)\s+(?:the\s+)?(?:(?:~|about|around|approx\.?|roughly|circa|ca\.)\s*)?(\d{1,2})(?:[:h.](\d{2})\s*(am|pm|utc|z)?|\s*(am|pm)\b)/.exec(
      lower,
    );
  if (at) {
    let hour = Number(at[1]);
    const minute = Number(at[2] ?? 0);
    const meridiem = at[3] ?? at[4];
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (hour < 24 && minute < 60) {
      const from = new Date(
        Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, minute),
      );
      if (from.getTime() > now.getTime()) from.setUTCDate(from.getUTCDate() - 1);
      return { from: from.toISOString(), to };
    }
  }
  const span =
    /\b(?:for|in the (?:last|past)|over the (?:last|past)|for the (?:last|past)|last|past)\s+(?:(?:~|about|around|approx\.?|roughly|almost|nearly|over)\s*)?(?:(\d+|half an?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|few|couple of)\s*)?(seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?)\b/.exec(
      lower,
    );
  const ago =
    /\b(\d+|half an?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|few|couple of)\s*(seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?)\s+ago\b/.exec(
      lower,
    );
  const m = span ?? ago;
  if (m) {
    const amount = wordNumber(m[1] ?? '1');
    const unit = UNIT_MS[m[2]!.replace(/(.)s$/, '$1')] ?? 60_000;
    return { from: new Date(now.getTime() - amount * unit).toISOString(), to };
  }
  // "since yesterday", "since yesterday's deploy", "since yesterdays carts deploy"
  if (/\bsince yesterday(?:'?s)?\b/.test(lower))
    return { from: new Date(now.getTime() - 86_400_000).toISOString(), to };
  const part =
    /\b(?:since (?:this |the )?|this |after (?:the )?)(morning|afternoon|evening|lunch)\b|\b(tonight)\b/.exec(lower);
  if (part) {
    const hour = PART_OF_DAY[part[1] ?? part[2]!]!;
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, 0));
    // A vague part of the day never narrows the window below the default hour.
    const start = from.getTime() < now.getTime() ? from.getTime() : now.getTime() - 6 * 3_600_000;
    return { from: new Date(Math.min(start, now.getTime() - 3_600_000)).toISOString(), to };
  }
  return undefined;
}

/** Where a part of the day begins (UTC hour); a part that has not begun yet at `now` means the last six hours. */
const PART_OF_DAY: Record<string, number> = {
  morning: 6,
  lunch: 12,
  afternoon: 12,
  evening: 18,
  tonight: 18,
};

function wordNumber(word: string): number {
  const n = Number(word);
  if (Number.isFinite(n) && n > 0) return n;
  const words: Record<string, number> = {
    a: 1,
    an: 1,
    'half a': 0.5,
    'half an': 0.5,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    ten: 10,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    few: 3,
    'couple of': 2,
  };
  return words[word] ?? 1;
}
