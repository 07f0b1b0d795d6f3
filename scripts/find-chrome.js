// Finds an installed Chrome or Chromium for the tests and the benchmark. CHROME_PATH wins.
// It never downloads a browser: without one it says how to install one and exits.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of a Chrome or Chromium, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...PATHS, ...onPath].find(executable);
}

/** The path of a Chrome or Chromium, or a one-line explanation and exit code 1. */
export function requireChrome() {
  const path = findChrome();
  if (path && executable(path)) return path;
  const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable.` : 'No Chrome or Chromium found.';
  console.error(`${why} Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its path.`);
  process.exit(1);
}

/** Flags for headless Chromium here: root needs --no-sandbox; no background network calls. */
export function chromeArgs() {
  const args = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--font-render-hinting=none'];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}
