/**
 * Headless Chromium for browser tests: the Debian package's, driven by playwright-core (no
 * browser download). Missing, it fails with the one command that installs it.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) {
    const error = new Error(
      `no Chromium at ${executablePath}: install it with "apt-get install -y chromium" ` +
        '(as root, or with sudo), then run the browser tests again',
    );
    // The fix is one command: stack frames would only bury it.
    error.stack = error.message;
    throw error;
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
