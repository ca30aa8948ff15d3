// Debian's Chromium, headless, driven by playwright-core. No browser is ever
// downloaded: the tests use /usr/bin/chromium (installed by scripts/setup.sh).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Launches Chromium. Playwright starts it with a fresh, empty --user-data-dir
 * of its own (a new temporary folder, removed on close); it refuses one given
 * in `args`. The flags keep Chromium from calling home (the network is closed
 * anyway): without them it retries Google's hosts at every start. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
