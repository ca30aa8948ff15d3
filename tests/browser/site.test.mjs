// The built pilot campaign in a real browser (Debian's Chromium, headless), served
// on 127.0.0.1: for every page of every locale, the chooser and the 404 pages,
// nothing is loaded from another host, nothing is stored, the policy holds and
// axe-core finds no WCAG 2.1 A/AA violation; the quick exit works with and
// without JavaScript; pages fit a phone and 320 px (400 % zoom). An RTL build of
// the same campaign (Arabic and Persian added) is checked the same way.
//
// Run: node --test tests/browser/   (scripts/test.sh does, after `cargo build`).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { launch } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { buildPilot, buildVariant, htmlFiles, urlPathOf, locales, exitUrl } from "./lib/site.mjs";
import { watchRequests, watchErrors, axeViolations, storageLeft, headingProblems, layoutProblems } from "./lib/checks.mjs";
import { attrOf } from "./lib/html.mjs";

const NEUTRAL = "<!DOCTYPE html><html lang=en><title>Neutral</title><p>A neutral page.</p></html>";

const pilot = buildPilot("browser");
const rtl = buildVariant("rtl", (yaml) => {
  const out = yaml.replace(/^locales:.*$/m, "locales: [it, en, ar, fa]\ninterface_only: [ar, fa]");
  assert.notEqual(out, yaml, "campaign.yaml has no `locales:` line");
  return out;
});

let browser;
const servers = {};
before(async () => {
  browser = await launch();
  servers.pilot = await serve(pilot);
  servers.rtl = await serve(rtl);
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** The policy of the pages (meta) and of the generated `_headers` file. */
function policies(root) {
  const html = fs.readFileSync(path.join(root, "index.html"), "utf8");
  const meta = attrOf(html, "meta", { "http-equiv": "Content-Security-Policy" }, "content");
  const headers = fs.readFileSync(path.join(root, "_headers"), "utf8");
  const header = headers.match(/^\s+Content-Security-Policy: (.+)$/m)[1];
  return { meta, header };
}

/** Every check that holds for any page. */
async function checkPage(server, root, urlPath, status) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const net = await watchRequests(context, server.origin);
    const page = await context.newPage();
    const errors = await watchErrors(page);
    const response = await page.goto(server.origin + urlPath, { waitUntil: "load" });
    assert.equal(response.status(), status, `HTTP status of ${urlPath}`);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));

    // The same strict policy in the page and in the header (which adds frame-ancestors).
    const { meta, header } = policies(root);
    assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content"), meta);
    assert.equal(header, `${meta}; frame-ancestors 'none'`);
    const h = response.headers();
    assert.equal(h["content-security-policy"], header);
    assert.equal(h["referrer-policy"], "no-referrer");
    assert.equal(h["x-content-type-options"], "nosniff");
    assert.match(h["permissions-policy"], /camera=\(\).*microphone=\(\).*geolocation=\(\)/);

    assert.deepEqual(await axeViolations(page), [], "axe-core violations");
    assert.deepEqual(await headingProblems(page), [], "heading order");
    assert.deepEqual(await layoutProblems(page), [], "layout");
    assert.deepEqual(await storageLeft(context, page), {}, "cookies or storage written");
    assert.deepEqual(errors, [], "script, console or CSP errors");
    assert.deepEqual(net.foreign, [], "requests to other hosts");
    for (const url of net.all) assert.ok(url.startsWith(server.origin + "/"), `request to ${url}`);
    assert.ok(net.all.length >= 3, `only ${net.all.length} requests were seen`);
  } finally {
    await context.close();
  }
}

/** A context whose requests to the exit URL get a blank local page. */
async function exitContext(server, exit, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
  const exits = [];
  // While `gate.held` is set, the request for the exit page waits: the campaign
  // page stays in the tab, in the state it left itself in, until `gate.open()`.
  const gate = { held: false, arrived: null, open: () => {} };
  const net = await watchRequests(context, server.origin, {
    test: (url) => url.split("#")[0] === exit,
    async handle(route) {
      exits.push(route.request().url());
      if (gate.held) {
        await new Promise((resolve) => {
          gate.open = resolve;
          gate.arrived?.();
        });
      }
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: NEUTRAL });
    },
  });
  return { context, net, exits, gate };
}

/** Holds the next request for the exit page; resolves once it has been asked for. */
function holdExit(gate) {
  gate.held = true;
  return new Promise((resolve) => {
    gate.arrived = resolve;
  });
}

const exitState = (page) =>
  page.evaluate(() => ({
    dots: document.querySelectorAll(".exit-dots span.on").length,
    status: document.querySelector("[data-exit-status]").textContent,
    overlay: document.querySelectorAll(".exit-overlay").length,
  }));
const exitMessage = (page, name) =>
  page.evaluate((n) => document.querySelector(`[data-exit-msg="${n}"]`).textContent, name);

/** Shift ×3 on a locale's home page, with JavaScript. */
async function checkShiftExit(server, root, lang) {
  const exit = exitUrl(root);
  const { context, net, exits, gate } = await exitContext(server, exit);
  try {
    const page = await context.newPage();
    const errors = await watchErrors(page);
    // A fake clock, to check the five-second window without waiting for it.
    await page.clock.install();
    // A page before the campaign's, as when arriving from a search engine.
    await page.goto(`${server.origin}/robots.txt`);
    await page.goto(`${server.origin}/${lang}/`);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    assert.ok(await page.isVisible(".exit-hint"), "the Shift hint is shown");
    // The dots appear at the first press, not before (empty circles look broken).
    assert.equal(await page.isVisible(".exit-dots"), false, "the progress dots show before any press");
    const before = await page.evaluate(() => history.length);

    await page.keyboard.press("Shift");
    assert.deepEqual(await exitState(page), { dots: 1, status: await exitMessage(page, 2), overlay: 0 });
    await page.keyboard.press("Shift");
    assert.deepEqual(await exitState(page), { dots: 2, status: await exitMessage(page, 1), overlay: 0 });
    // Any other key starts again.
    await page.keyboard.press("KeyA");
    assert.deepEqual(await exitState(page), { dots: 0, status: "", overlay: 0 });
    // So do five seconds after the first press.
    await page.keyboard.press("Shift");
    await page.clock.runFor(3000);
    await page.keyboard.press("Shift");
    assert.equal((await exitState(page)).dots, 2);
    await page.clock.runFor(2100);
    assert.deepEqual(await exitState(page), { dots: 0, status: await exitMessage(page, "expired"), overlay: 0 });
    assert.equal(exits.length, 0);

    // The moment the overlay is added (before the page goes), it must cover the
    // page; the page reports what it sees on the console. The request for the
    // exit page is held until that report is in: the browser accepts no
    // commands for a page while it is leaving for another site, and without the
    // hold the report could race the page's end.
    const exiting = await exitMessage(page, "exiting");
    await page.evaluate(() => {
      new MutationObserver(() => {
        const o = document.querySelector(".exit-overlay");
        if (!o) return;
        const hits = [
          [innerWidth / 2, innerHeight / 2],
          [4, 4],
          [innerWidth - 4, innerHeight - 4],
        ].map(([x, y]) => document.elementFromPoint(x, y) === o);
        const status = document.querySelector("[data-exit-status]").textContent;
        console.log(`exit-overlay ${JSON.stringify({ covered: hits.every(Boolean), status })}`);
      }).observe(document.body, { childList: true });
    });
    const blanked = page.waitForEvent("console", { predicate: (m) => m.text().startsWith("exit-overlay "), timeout: 30_000 });
    const asked = holdExit(gate);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    const [, report] = await Promise.all([asked, blanked]);
    const blank = JSON.parse(report.text().slice("exit-overlay ".length));
    gate.held = false;
    gate.open();
    assert.deepEqual(blank, { covered: true, status: exiting });
    await page.waitForURL(exit);
    assert.equal(await page.title(), "Neutral");
    // location.replace: no new history entry, and Back skips the campaign page.
    assert.equal(await page.evaluate(() => history.length), before, "the exit added a history entry");
    await page.goBack();
    assert.equal(page.url(), `${server.origin}/robots.txt`, "Back returned to the campaign page");

    // Coming back through the history to a campaign page shows it, not the blank overlay.
    await page.goto(`${server.origin}/${lang}/`);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    await Promise.all([page.waitForURL((u) => u.pathname !== `/${lang}/`), page.click(".main-nav a")]);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(exit);
    await page.goBack();
    assert.equal(page.url(), `${server.origin}/${lang}/`);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    assert.deepEqual(await exitState(page), { dots: 0, status: "", overlay: 0 });
    const shown = await page.evaluate(() => {
      const h1 = document.querySelector("h1").getBoundingClientRect();
      const hit = document.elementFromPoint(h1.left + 5, h1.top + h1.height / 2);
      return !!hit && !!hit.closest("h1");
    });
    assert.ok(shown, "the page is hidden after coming back");
    // The same when the browser restores a blanked page from its back-forward cache.
    const restored = await page.evaluate(() => {
      const o = document.createElement("div");
      o.className = "exit-overlay";
      document.body.appendChild(o);
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
      return document.querySelectorAll(".exit-overlay").length;
    });
    assert.equal(restored, 0, "the overlay survives a back-forward cache restore");

    assert.equal(exits.length, 2);
    assert.deepEqual(await storageLeft(context, page), {}, "cookies or storage written");
    assert.deepEqual(errors, []);
    assert.deepEqual(net.foreign, []);
  } finally {
    await context.close();
  }
}

/** The exit link and the exit skip link, without JavaScript. */
async function checkExitWithoutJs(server, root, lang) {
  const exit = exitUrl(root);
  const { context, net, exits } = await exitContext(server, exit, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/`);
    assert.equal(await page.isVisible(".exit-hint"), false, "the Shift hint shows without JavaScript");
    assert.equal(await page.getAttribute(".exit-button", "rel"), "nofollow noreferrer");
    await Promise.all([page.waitForURL(exit), page.click(".exit-button")]);
    assert.equal(await page.title(), "Neutral");

    // Keyboard: the second Tab stop is the exit skip link, shown when focused.
    await page.goto(`${server.origin}/${lang}/`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "#main");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { href: a.href, inView: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.width > 20 && r.height > 10 };
    });
    assert.deepEqual(focused, { href: exit, inView: true });
    await Promise.all([page.waitForURL(exit), page.keyboard.press("Enter")]);
    assert.equal(exits.length, 2);
    assert.deepEqual(await storageLeft(context, page), {});
    assert.deepEqual(net.foreign, []);
  } finally {
    await context.close();
  }
}

/** Every focusable element, reached with Tab, shows a focus indicator and is in view. */
async function checkFocus(server, lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await watchRequests(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/`);
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    const problems = [];
    const seen = new Set();
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        window.tabSeen ??= new WeakSet();
        if (!el || el === document.body || window.tabSeen.has(el)) return null;
        window.tabSeen.add(el);
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
        const r = el.getClientRects()[0] || el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 8);
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        return {
          id: el.outerHTML.slice(0, 90),
          ring,
          inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
          onTop: !!hit && (el.contains(hit) || hit.contains(el)),
        };
      });
      if (!f) break;
      seen.add(i);
      if (!f.ring) problems.push(`no focus indicator: ${f.id}`);
      if (!f.inView) problems.push(`focused but out of view: ${f.id}`);
      else if (!f.onTop) problems.push(`focused but covered: ${f.id}`);
    }
    assert.ok(seen.size > 20, `only ${seen.size} Tab stops`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/** The EU emblem and the funding statement are in view without scrolling on a
 * small phone, and the emblem is at least as large as the campaign's logo. */
async function checkEuVisibility(server, lang) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  try {
    await watchRequests(context, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/`);
    const found = await page.evaluate(() => {
      const box = (el) => el && el.getBoundingClientRect().toJSON();
      const emblem = document.querySelector(".funding img");
      return {
        emblem: box(emblem),
        statement: box(emblem?.nextElementSibling),
        logo: box(document.querySelector(".brand img")),
        viewport: innerHeight,
      };
    });
    assert.ok(found.emblem, "no EU emblem in the funding statement");
    for (const part of ["emblem", "statement"]) {
      const r = found[part];
      assert.ok(r.top >= 0 && r.bottom <= found.viewport, `${part} not in view without scrolling: ${JSON.stringify(r)}`);
    }
    if (found.logo) assert.ok(found.emblem.height >= found.logo.height, "the EU emblem is smaller than the logo");
  } finally {
    await context.close();
  }
}

describe("pilot campaign, every page", () => {
  const files = htmlFiles(pilot);
  assert.ok(files.length > 100, `only ${files.length} pages`);
  for (const file of files) {
    const urlPath = urlPathOf(file);
    test(urlPath, { timeout: 60_000 }, () => checkPage(servers.pilot, pilot, urlPath, 200));
  }
  test("a missing page gets the 404 page, in its language", { timeout: 120_000 }, async () => {
    for (const lang of ["", ...locales(pilot)]) {
      const urlPath = `${lang ? `/${lang}` : ""}/no-such-page/`;
      await checkPage(servers.pilot, pilot, urlPath, 404);
    }
  });
});

describe("pilot campaign, quick exit on each home page", () => {
  for (const lang of locales(pilot)) {
    test(`/${lang}/: Shift three times`, { timeout: 60_000 }, () => checkShiftExit(servers.pilot, pilot, lang));
    test(`/${lang}/: without JavaScript`, { timeout: 60_000 }, () => checkExitWithoutJs(servers.pilot, pilot, lang));
    test(`/${lang}/: visible focus`, { timeout: 120_000 }, () => checkFocus(servers.pilot, lang));
    test(`/${lang}/: EU emblem and funding statement in view on a phone`, { timeout: 60_000 }, () =>
      checkEuVisibility(servers.pilot, lang));
  }
});

describe("right-to-left build (Arabic, Persian)", () => {
  const files = htmlFiles(rtl).filter((f) => /^(ar|fa)\//.test(f));
  assert.ok(files.length > 30, `only ${files.length} RTL pages`);
  for (const file of files) {
    const urlPath = urlPathOf(file);
    test(urlPath, { timeout: 60_000 }, () => checkPage(servers.rtl, rtl, urlPath, 200));
  }
  test("the layout is mirrored", { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await watchRequests(page.context(), servers.rtl.origin);
      await page.goto(`${servers.rtl.origin}/ar/`);
      const home = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        exitLeft: document.querySelector(".exit-button").getBoundingClientRect().left,
        callRight: document.querySelector(".call-now").getBoundingClientRect().right,
        contentDir: getComputedStyle(document.querySelector(".content")).direction,
      }));
      assert.equal(home.dir, "rtl");
      // The safety bar: the call link at the start (right), the exit button at the end (left).
      assert.ok(home.exitLeft < 60, `the exit button is not at the end (left): ${home.exitLeft}`);
      assert.ok(home.callRight > 1280 - 60, `the call link is not at the start (right): ${home.callRight}`);
      // The pilot is translated into Arabic: its text runs right to left.
      assert.equal(home.contentDir, "rtl");
      // Fallback text (Italian; Persian has no pages) keeps its own direction
      // inside the RTL page.
      await page.goto(`${servers.rtl.origin}/fa/`);
      const fallbackDir = await page.evaluate(() => getComputedStyle(document.querySelector(".content")).direction);
      assert.equal(fallbackDir, "ltr");
      // Logical properties: the table of contents has its rule on the right.
      const tocFile = files.find((f) => /class="?toc/.test(fs.readFileSync(path.join(rtl, f), "utf8")));
      assert.ok(tocFile, "no RTL page with a table of contents");
      await page.goto(servers.rtl.origin + urlPathOf(tocFile));
      const borders = await page.evaluate(() => {
        const s = getComputedStyle(document.querySelector(".toc"));
        return { right: parseFloat(s.borderRightWidth) > 0, left: parseFloat(s.borderLeftWidth) > 0 };
      });
      assert.deepEqual(borders, { right: true, left: false });
    } finally {
      await page.close();
    }
  });
});
