#!/usr/bin/env node
/**
 * End-to-end tests run in Debian's Chromium (no browser download works here). Finds it, or
 * installs it when this machine can (root with apt-get), or says exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function canInstall() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (canInstall()) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  console.error(
    `No Chromium at ${CHROMIUM}. Install Debian's browser with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\n` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
