// A small periodic runner for `lian serve`: runs a task every `intervalMs`, never two runs of it at once
// in this process (several processes are safe because the tasks lock rows with SKIP LOCKED), logs
// failures and keeps going, and stops cleanly on shutdown. Chosen over pg-boss for the sweeps of issue #7:
// they are idempotent scans of the filings table, so a queue would add a schema and a worker for nothing.
export interface Scheduler {
  /** Runs the task now (also used by tests); resolves when this run ends. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(
  /** Answers a line for the log when it did something, null when there was nothing to do. */
  task: () => Promise<string | null>,
  opts: { intervalMs: number; log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void }; name: string },
): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) return running;
    running = (async () => {
      try {
        const done = await task();
        if (done) opts.log.info({ task: opts.name }, done);
      } catch (err) {
        opts.log.error({ err, task: opts.name }, 'scheduled task failed; it runs again at the next interval');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void run(), opts.intervalMs);
  timer.unref();
  // The first run soon after start, so a server that was down catches up at once.
  const first = setTimeout(() => void run(), 1_000);
  first.unref();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
