// Regenerates a section of docs/accuracy.md from `culprit eval --format markdown`, one block per
// split, between `<!-- <section>:begin -->` and `<!-- <section>:end -->` (default section: current).
// Usage: npm run build && node scripts/update-accuracy-doc.mjs [current|baseline]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const section = process.argv[2] ?? 'current';
const doc = 'docs/accuracy.md';
const evalSplit = (split) =>
  execFileSync(
    process.execPath,
    ['dist/src/cli/main.js', 'eval', 'test/scenarios', '--split', split, '--format', 'markdown'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ).trim();

const date = new Date().toISOString().slice(0, 10);
const body = [
  `Generated on ${date} by \`node scripts/update-accuracy-doc.mjs ${section}\` (\`culprit eval test/scenarios --split <split> --format markdown\`).`,
  '',
  '### Dev split (tuned on)',
  '',
  evalSplit('dev'),
  '',
  '### Test split (held out: never tuned on)',
  '',
  evalSplit('test'),
].join('\n');

const text = readFileSync(doc, 'utf8');
const begin = `<!-- ${section}:begin -->`;
const end = `<!-- ${section}:end -->`;
const from = text.indexOf(begin);
const to = text.indexOf(end);
if (from < 0 || to < from) {
  console.error(`${doc} has no ${begin} … ${end} markers`);
  process.exit(2);
}
writeFileSync(doc, `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`);
console.log(`Updated the ${section} section of ${doc}`);
