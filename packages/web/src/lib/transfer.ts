// Transfer speed of an upload: a moving average over the last few seconds, shown in KB/s or MB/s.

export interface SpeedMeter {
  /** Records that `bytes` have been sent so far at time `now` (ms); returns bytes per second. */
  sample: (bytes: number, now: number) => number;
  reset: () => void;
}

export function speedMeter(windowMs = 3000): SpeedMeter {
  let samples: { t: number; bytes: number }[] = [];
  return {
    sample(bytes, now) {
      // A resumed upload restarts from the server's offset: bytes going backwards start a new window.
      if (samples.length && bytes < samples[samples.length - 1]!.bytes) samples = [];
      samples.push({ t: now, bytes });
      while (samples.length > 2 && now - samples[0]!.t > windowMs) samples.shift();
      const first = samples[0]!;
      const seconds = (now - first.t) / 1000;
      return seconds > 0 ? (bytes - first.bytes) / seconds : 0;
    },
    reset() {
      samples = [];
    },
  };
}

/** 512 → "0.5 KB/s", 1_500_000 → "1.4 MB/s" (binary units, as file sizes are shown). */
export function formatSpeed(bytesPerSecond: number): string {
  const kb = bytesPerSecond / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB/s`;
  return `${(kb / 1024).toFixed(1)} MB/s`;
}
