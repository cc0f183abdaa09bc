import { describe, expect, test } from 'vitest';
import { formatSpeed, speedMeter } from './transfer';

describe('formatSpeed', () => {
  test.each([
    [0, '0.0 KB/s'],
    [512, '0.5 KB/s'],
    [200 * 1024, '200 KB/s'],
    [1024 * 1024, '1.0 MB/s'],
    [1_500_000, '1.4 MB/s'],
    [25 * 1024 * 1024, '25.0 MB/s'],
  ])('%d B/s → %s', (bps, text) => expect(formatSpeed(bps)).toBe(text));
});

describe('speedMeter', () => {
  test('averages over its window and forgets older samples', () => {
    const m = speedMeter(2000);
    expect(m.sample(0, 0)).toBe(0);
    expect(m.sample(1000, 1000)).toBe(1000);
    expect(m.sample(2000, 2000)).toBe(1000);
    // 10 000 bytes in the last second: older samples fall out of the 2 s window.
    expect(m.sample(12_000, 3000)).toBe(5500);
    expect(m.sample(22_000, 4000)).toBe(10_000);
  });

  test('starts again when the count goes back (resumed from the server offset)', () => {
    const m = speedMeter();
    m.sample(5000, 0);
    m.sample(9000, 1000);
    expect(m.sample(4000, 1500)).toBe(0);
    expect(m.sample(6000, 2500)).toBe(2000);
  });
});
