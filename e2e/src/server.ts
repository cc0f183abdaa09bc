// Starts the real platform (`lian serve --demo`) on a free port with its own data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  /**
   * The newest one-time code the platform sent to a (masked) recipient, e.g. '139****0000': with no SMS
   * gateway or SMTP server configured, messages are kept in the outbox and logged with their text.
   */
  codeSentTo(maskedRecipient: string): Promise<string>;
  stop(): Promise<void>;
}

interface LoggedMessage {
  msg?: string;
  to?: string;
  text?: string;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'packages/server/bin/lian.mjs'), 'serve', '--demo'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LIAN_DATA_DIR: dataDir, LIAN_LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 90_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Lian is running: http:\/\/localhost:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const sent: LoggedMessage[] = [];
  let partial = '';
  child.stdout?.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('message kept in the outbox')) continue;
      try {
        sent.push(JSON.parse(line) as LoggedMessage);
      } catch {
        // Not a JSON log line.
      }
    }
  });
  return {
    url,
    async codeSentTo(masked) {
      for (let i = 0; i < 200; i++) {
        const code = /验证码 (\d{6})/.exec(sent.filter((m) => m.to === masked).at(-1)?.text ?? '')?.[1];
        if (code) return code;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no code sent to ${masked}`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
