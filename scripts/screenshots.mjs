#!/usr/bin/env node
// Screenshots of the built pilot campaign, with the browser set-up of the
// tests (Debian's Chromium, headless, nothing fetched from the network): the
// root language chooser, the Italian home page, a content page and the
// Materials page, each at phone (390 × 844) and desktop (1280 × 900) size.
//
//   node scripts/screenshots.mjs [OUT_DIR]        default: target/screenshots
//   node scripts/screenshots.mjs --readme         also refresh docs/screenshots/
//
// It builds campaigns/veneto with the newest target/{debug,release}/faro (or
// $FARO_BIN). Only the first screen is captured, as a visitor first sees it;
// `--full` captures whole pages. The README shows docs/screenshots/*.png: run
// with --readme whenever the design changes, and look at every picture.
import fs from "node:fs";
import path from "node:path";

import { launch } from "../tests/browser/lib/browser.mjs";
import { serve } from "../tests/browser/lib/server.mjs";
import { REPO, buildPilot } from "../tests/browser/lib/site.mjs";

const args = process.argv.slice(2);
const readme = args.includes("--readme");
const full = args.includes("--full");
const out = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(REPO, "target", "screenshots"));
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
/** The pictures the README shows, copied to docs/screenshots/. */
const README_SHOTS = ["home-phone", "home-desktop"];

const root = buildPilot("screenshots");
const server = await serve(root);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: SIZES.desktop });
  const page = await context.newPage();
  await page.goto(`${server.origin}/it/`);
  // The content page and the Materials page, found as a visitor finds them.
  const content = new URL(await page.getAttribute(".main-nav li:nth-child(3) a", "href"), server.origin).pathname;
  // The footer menu ends with the Materials page.
  const materials = (await page.$$eval("footer nav a", (as) => as.map((a) => new URL(a.href).pathname))).at(-1);
  await context.close();
  const shots = { chooser: "/", home: "/it/", content, materials };
  fs.mkdirSync(out, { recursive: true });
  for (const [name, url] of Object.entries(shots)) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const p = await ctx.newPage();
      await p.goto(server.origin + url, { waitUntil: "load" });
      await p.evaluate(() => document.fonts.ready);
      // A full-page capture does not scroll, so images with loading="lazy"
      // far below the first screen (the Materials page's share images on a
      // phone) stayed empty boxes, which no visitor sees: Chromium loads
      // them as a scroll brings them near. Scroll as a visitor does, a
      // screen at a time, and wait for every image before the capture.
      if (full) {
        const height = await p.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += viewport.height) {
          await p.mouse.wheel(0, viewport.height);
          await p.waitForTimeout(100);
        }
        await p.waitForFunction(() => [...document.images].every((i) => i.complete));
        await p.evaluate(() => window.scrollTo(0, 0));
      }
      const file = path.join(out, `${name}-${size}.png`);
      await p.screenshot({ path: file, fullPage: full });
      await ctx.close();
      console.log(`${file}  (${url})`);
      if (readme && README_SHOTS.includes(`${name}-${size}`)) {
        const dir = path.join(REPO, "docs", "screenshots");
        fs.mkdirSync(dir, { recursive: true });
        fs.copyFileSync(file, path.join(dir, `${name}-${size}.png`));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
