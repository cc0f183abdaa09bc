// `npm start`: builds the web UI when it is missing or older than its sources, then runs the server
// with the demo court and accounts on the embedded database (or DATABASE_URL when set).
// Extra arguments pass through, e.g. `npm start -- --reset` to start from an empty database.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'packages/web/dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = ['packages/web/src', 'packages/web/index.html', 'packages/contract/src', 'packages/domain/src'].map((p) =>
  path.join(root, p),
);
const newestSource = Math.max(...sources.map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
if (builtAt() < newestSource) {
  console.log('Building the web UI (first start or changed sources)…');
  const r = spawnSync('npm', ['run', 'build', '--workspace', '@lian/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(process.execPath, [path.join(root, 'packages/server/bin/lian.mjs'), 'serve', '--demo', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
