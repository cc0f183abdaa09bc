// The limiter of heavy work (HEIF decoding): never more than its slots at once, the rest in order, a
// failing task frees its slot.
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../src/infra/limiter.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('createLimiter', () => {
  it('runs at most its slots at once and starts the waiting tasks in order', async () => {
    const limit = createLimiter(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const done = gates.map((g, i) =>
      limit.run(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limit.load()).toEqual({ running: 2, waiting: 2 });
    gates[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(limit.load()).toEqual({ running: 2, waiting: 0 });
    gates[2]!.resolve();
    gates[3]!.resolve();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3]);
    expect(limit.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a task that fails', async () => {
    const limit = createLimiter(1);
    await expect(limit.run(() => Promise.reject(new Error('broken photo')))).rejects.toThrow('broken photo');
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
    expect(() => createLimiter(0)).toThrow();
  });
});
