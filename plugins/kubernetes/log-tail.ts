// Reading a container's newest lines under a byte cap: kubelet applies tailLines first and limitBytes second, so a
// tail larger than the cap comes back cut at the end — without the newest lines, the ones an investigation needs.
/**
 * Reads the last `tail` lines under the cap `limitBytes`. When the answer filled the cap (the tail did not fit), it
 * is read once more with the tail of the complete lines that did fit, less a tenth for longer lines near the end:
 * the newest lines are kept and the oldest dropped, within the same cap. At most one extra request.
 */
export async function readNewestLines(
  read: (tailLines: number) => Promise<string>,
  tail: number,
  limitBytes: number,
): Promise<string> {
  const first = await read(tail);
  if (Buffer.byteLength(first) < limitBytes) return first;
  // The last line of a cut answer is partial; the ones before it are whole.
  const whole = first.split('\n').length - 1;
  const fit = Math.max(1, Math.floor(whole * 0.9));
  if (fit >= tail) return first;
  return read(fit);
}
