// Page weight: every page's HTML + CSS at most 14 KB gzipped; each home page at
// most 60 KB transferred, images and non-Latin font subsets (at most 100 KB)
// excluded (figures: tests/browser/weight.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { launch } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { buildPilot } from "./lib/site.mjs";
import { pageWeights, homeTransfers, PAGE_LIMIT, HOME_LIMIT, SCRIPT_FONT_LIMIT } from "./weight.mjs";

const root = buildPilot("weight-test");
let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(root);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("every page's HTML and CSS fit in 14 KB gzipped", () => {
  const pages = pageWeights(root);
  assert.ok(pages.length > 100, `only ${pages.length} pages`);
  const over = pages.filter((p) => p.total > PAGE_LIMIT).map((p) => `${p.page}: ${p.total} B`);
  assert.deepEqual(over, []);
  for (const p of pages) assert.ok(p.cssGz > 0, `${p.page} links no stylesheet`);
});

test("each home page transfers at most 60 KB, images excluded", { timeout: 120_000 }, async () => {
  const homes = await homeTransfers(root, browser, server);
  assert.ok(homes.length >= 6, `only ${homes.length} home pages`);
  const over = homes.filter((h) => h.total > HOME_LIMIT).map((h) => `${h.page}: ${h.total} B (${h.files.join(", ")})`);
  assert.deepEqual(over, []);
  const heavyFonts = homes.filter((h) => h.scriptFonts > SCRIPT_FONT_LIMIT).map((h) => `${h.page}: ${h.scriptFonts} B of fonts`);
  assert.deepEqual(heavyFonts, []);
  for (const h of homes) assert.ok(h.files.length >= 3, `${h.page}: only ${h.files.join(", ")}`);
});
