// Run by `npm start` (prestart): builds the web app only when its sources are newer than the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist', 'web', 'index.html');
const sourceDirs = ['src/web', 'src/contracts'].map((dir) => path.join(root, dir));
const configFiles = ['vite.config.ts', 'postcss.config.cjs'].map((file) => path.join(root, file));

/** The newest modification time (ms) of any file under dir, or 0. */
function newestIn(dir) {
  if (!existsSync(dir)) {
    return 0;
  }
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestIn(full));
    } else if (entry.isFile()) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

const newestSource = Math.max(
  ...sourceDirs.map(newestIn),
  ...configFiles.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs),
);
const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;

if (builtAt > 0 && builtAt >= newestSource) {
  console.log('web: dist/web is up to date, skipping vite build.');
  process.exit(0);
}

console.log(builtAt === 0 ? 'web: dist/web is missing, running vite build…' : 'web: sources changed, running vite build…');
const vite = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (result.error) {
  console.error(`web: could not run vite: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
