// At most `max` tasks at a time; the rest wait in order. For work that is heavy on CPU or memory per
// task (decoding a photo holds its whole bitmap), so that many uploads at once queue instead of
// exhausting the machine.
export function createLimiter(max: number) {
  if (!Number.isInteger(max) || max < 1) throw new Error('a limiter needs at least one slot');
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    /** Tasks running now and tasks waiting for a slot. */
    load: () => ({ running, waiting: waiting.length }),
  };
}
