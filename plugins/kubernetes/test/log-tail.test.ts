import { describe, expect, it } from 'vitest';
import { readNewestLines } from '../log-tail.js';

/** A container log of `n` lines of ~100 bytes, read as kubelet answers: tailLines first, then limitBytes. */
const kubelet = (n: number, limitBytes: number) => {
  const lines = Array.from({ length: n }, (_, i) => `line ${String(i).padStart(4, '0')} ${'x'.repeat(88)}`);
  const reads: number[] = [];
  const read = async (tail: number) => {
    reads.push(tail);
    return Buffer.from(`${lines.slice(-tail).join('\n')}\n`)
      .subarray(0, limitBytes)
      .toString();
  };
  return { read, reads };
};

describe('readNewestLines', () => {
  it('a tail that fits the cap is read once', async () => {
    const { read, reads } = kubelet(50, 65536);
    const text = await readNewestLines(read, 200, 65536);
    expect(reads).toEqual([200]);
    expect(text.trim().split('\n').at(-1)).toMatch(/^line 0049 /);
  });

  it('a tail cut by the cap is read again with the lines that fit: the newest line is kept', async () => {
    const { read, reads } = kubelet(1000, 4096);
    const text = await readNewestLines(read, 200, 4096);
    // kubelet's first answer is the oldest 4 KiB of the last 200 lines: it ends near line 840, not 999
    expect(reads).toHaveLength(2);
    expect(reads[1]).toBeLessThan(200);
    expect(text.trim().split('\n').at(-1)).toMatch(/^line 0999 /);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
  });
});
