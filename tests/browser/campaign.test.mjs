// The pilot as a campaign site (issue 12), in a real Chromium over the built
// pilot: for every locale's home page and three content pages, at 390 × 844 (a
// phone) and 1280 × 900 (a laptop), help is in the first screen (the quick
// exit and a tap-to-call link to the first helpline), the safety bar is one
// line, nothing scrolls sideways, opening the language menu moves nothing, the
// menu is one line at 1280 px, and every phone number in the text is a tel:
// link with an accessible name. A scroll down the Materials page loads every
// preview. The root chooser carries the campaign's
// identity; partner logos never outsize the EU emblem; the art follows the
// palette; everything a page loads fits in 100 KB.
//
// Run: node --test tests/browser/campaign.test.mjs (after `cargo build`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { launch } from "./lib/browser.mjs";
import { serve } from "./lib/server.mjs";
import { REPO, buildPilot, buildVariant, locales } from "./lib/site.mjs";
import { isScriptFont, SCRIPT_FONT_LIMIT } from "./weight.mjs";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
const SIZES = [PHONE, LAPTOP];
/** Everything a page loads, fonts, script and art included. */
const PAGE_LOAD_LIMIT = 100 * 1024;

/** The helplines of campaign.yaml, in order: [{ number, dial }]. */
function helplines(yaml) {
  const found = [...yaml.matchAll(/^\s*number:\s*"?([+0-9 ]+?)"?\s*$/gm)].map((m) => m[1].trim());
  return found.map((number) => ({ number, dial: number.replace(/ /g, "") }));
}

const pilotYaml = fs.readFileSync(path.join(REPO, "campaigns", "veneto", "campaign.yaml"), "utf8");
const numbers = helplines(pilotYaml);
const pilot = buildPilot("campaign");
// Fictional partners with logo files (the pilot has no real logo files), and
// another palette: the footer shows the logos no larger than the EU emblem,
// and the illustrations take the new colours.
const variant = buildVariant("campaign-logos", (yaml) => {
  const dir = path.join(REPO, "target", "browser-tests", "campaigns", "campaign-logos", "assets");
  fs.writeFileSync(path.join(dir, "partner-wide.svg"), logo(400, 100, "#0b6e4f"));
  fs.writeFileSync(path.join(dir, "partner-tall.svg"), logo(120, 160, "#8a3b12"));
  const partners = `partners:
  - id: wide
    name: Fictional Wide Association
    logo: assets/partner-wide.svg
  - id: tall
    name: Fictional Tall Foundation
    logo: assets/partner-tall.svg
  - id: plain
    name: Fictional Text-Only Network
`;
  const out = yaml.replace(/^partners:\n(?:  .*\n)+/m, partners).replace(/primary: "#5b2a86"/, 'primary: "#0b5563"');
  assert.notEqual(out, yaml);
  return out;
});

/** A fictional logo, from the fixture the Rust tests fill in too (tests/common partner_logo). */
function logo(width, height, colour) {
  const template = fs.readFileSync(path.join(REPO, "tests", "fixtures", "partner-logo.svg.in"), "utf8");
  const values = { width, height, colour, centre: height / 2, radius: height / 3 };
  return template.trimEnd().replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}

let browser;
const servers = {};
before(async () => {
  browser = await launch();
  servers.pilot = await serve(pilot);
  servers.variant = await serve(variant);
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** The home page and the first three pages of the main menu of `lang`. */
async function pagesOf(lang) {
  const context = await browser.newContext({ viewport: LAPTOP });
  try {
    const page = await context.newPage();
    await page.goto(`${servers.pilot.origin}/${lang}/`);
    const menu = await page.$$eval(".main-nav a", (as) => as.map((a) => new URL(a.href).pathname));
    assert.ok(menu.length >= 3, `${lang}: only ${menu.length} menu entries`);
    return [`/${lang}/`, ...menu.slice(0, 3)];
  } finally {
    await context.close();
  }
}

/** What the first screen of the page shows, measured in the page. */
function firstScreen(page, dial) {
  return page.evaluate((dial) => {
    const inView = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    };
    const exit = document.querySelector(".exit-button");
    const calls = [...document.querySelectorAll(`a[href="tel:${dial}"]`)];
    const bar = document.querySelector(".safety-bar").getBoundingClientRect();
    const el = document.documentElement;
    return {
      exit: !!exit && inView(exit),
      call: calls.some(inView),
      barHeight: Math.round(bar.height),
      sideways: el.scrollWidth > el.clientWidth,
    };
  }, dial);
}

/** The layout shift (CLS entries and moved elements) when the language menu opens. */
async function languageMenuShift(page) {
  // Measure the menu alone: wait until the page's fonts have settled, so that a
  // late font (a separate finding) is not counted as the menu's shift.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: false });
  });
  const before = await page.evaluate(() => document.querySelector("main").getBoundingClientRect().top);
  await page.click(".languages summary");
  await page.waitForFunction(() => document.querySelector(".languages details").open);
  // Two frames for the layout-shift entries to arrive.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.evaluate(() => ({
    shift: window.__shift,
    top: document.querySelector("main").getBoundingClientRect().top,
    listShown: document.querySelector(".languages ul").getBoundingClientRect().height > 0,
  }));
  await page.click(".languages summary");
  return { moved: after.top - before, shift: after.shift, listShown: after.listShown };
}

/** Phone numbers in the text that are not inside a tel: link, and tel: links without a name that says the number. */
function phoneProblems(page, numbers) {
  return page.evaluate((numbers) => {
    const problems = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('a[href^="tel:"], script, style, [hidden], .visually-hidden')) continue;
      if (!parent.checkVisibility()) continue;
      for (const n of numbers) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[+ ]/g, (c) => (c === "+" ? "\\+" : "\\s"))}(?![\\p{L}\\p{N}])`, "u");
        if (re.test(node.textContent)) problems.push(`"${node.textContent.trim().slice(0, 60)}" shows ${n} without a tel: link`);
      }
    }
    for (const a of document.querySelectorAll('a[href^="tel:"]')) {
      const name = a.getAttribute("aria-label") || a.textContent;
      const number = a.getAttribute("href").slice(4);
      if (!name.replace(/\s/g, "").includes(number)) problems.push(`tel: link named "${name}" does not say ${number}`);
      if (name.replace(/\s/g, "") === number) problems.push(`tel: link to ${number} is named only by its number`);
    }
    return problems;
  }, numbers);
}

test("every locale's home and three content pages: help in the first screen, one-line safety bar, no shift, one-line menu, tel: links", { timeout: 600_000 }, async () => {
  const problems = [];
  const first = numbers[0];
  assert.ok(first, "the pilot has no helpline");
  const langs = locales(pilot);
  // Every pilot language, German and French (the longest menus) among them.
  for (const needed of ["it", "en", "de", "fr", "es", "pt"]) assert.ok(langs.includes(needed), `locales: ${langs}`);
  for (const lang of langs) {
    for (const url of await pagesOf(lang)) {
      for (const size of SIZES) {
        const where = `${url} at ${size.width}×${size.height}`;
        const context = await browser.newContext({ viewport: size });
        try {
          const page = await context.newPage();
          await page.goto(servers.pilot.origin + url, { waitUntil: "load" });
          const seen = await firstScreen(page, first.dial);
          if (!seen.exit) problems.push(`${where}: the exit link is not in the first screen`);
          if (!seen.call) problems.push(`${where}: no tel:${first.dial} link in the first screen`);
          if (size === PHONE && seen.barHeight > 56) problems.push(`${where}: the safety bar is ${seen.barHeight} px tall`);
          if (seen.sideways) problems.push(`${where}: the page scrolls sideways`);
          const shift = await languageMenuShift(page);
          if (!shift.listShown) problems.push(`${where}: the language menu did not open`);
          if (shift.moved !== 0 || shift.shift !== 0) problems.push(`${where}: opening the language menu moved the page (${shift.moved} px, CLS ${shift.shift})`);
          if (size === LAPTOP) {
            const tops = await page.$$eval(".main-nav li", (lis) => [...new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top)))]);
            if (tops.length !== 1) problems.push(`${where}: the menu takes ${tops.length} lines`);
          } else {
            // On a phone the menu folds behind one button.
            const folded = await page.evaluate(() => {
              const ul = document.querySelector(".main-nav ul");
              return !ul.checkVisibility() && !!document.querySelector(".main-nav summary").offsetHeight;
            });
            if (!folded) problems.push(`${where}: the menu is not folded behind its button`);
          }
          if (size === PHONE) problems.push(...(await phoneProblems(page, numbers.map((n) => n.number))).map((p) => `${url}: ${p}`));
        } finally {
          await context.close();
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("the menu opens without JavaScript on a phone, and the language menu overlays the page", async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${servers.pilot.origin}/it/`);
    assert.equal(await page.isVisible(".main-nav ul a"), false, "the menu is open before the button is pressed");
    await page.click(".main-nav summary");
    assert.ok(await page.isVisible(".main-nav ul a"), "the menu button does not open the menu");
    const href = await page.getAttribute(".main-nav ul a", "href");
    await Promise.all([page.waitForURL((u) => u.pathname === href), page.click(".main-nav ul a")]);
  } finally {
    await context.close();
  }
});

test("the root chooser shows the logo, a sentence per language in that language, the helplines and the EU emblem", async () => {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: size });
    try {
      const page = await context.newPage();
      await page.goto(`${servers.pilot.origin}/`);
      const seen = await page.evaluate(() => {
        const shown = (el) => !!el && el.getBoundingClientRect().width > 0 && el.checkVisibility();
        // EU visibility rules: the emblem and the statement without scrolling.
        const firstScreen = (el) => shown(el) && el.getBoundingClientRect().bottom <= innerHeight;
        return {
          logo: firstScreen(document.querySelector(".chooser-logo")),
          emblem: firstScreen(document.querySelector("img.eu-emblem")),
          funding: (document.querySelector(".funding")?.textContent || "").trim().length > 20 && firstScreen(document.querySelector(".funding")),
          languages: [...document.querySelectorAll(".language-list li")].map((li) => ({
            lang: li.lang,
            sentence: (li.querySelector("p")?.textContent || "").trim(),
          })),
          tel: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
        };
      });
      const help = await firstScreen(page, numbers[0].dial);
      assert.ok(help.exit && help.call && !help.sideways, `chooser at ${size.width} px: ${JSON.stringify(help)}`);
      assert.ok(seen.logo, `no logo in the first screen at ${size.width} px`);
      assert.ok(seen.emblem, `no EU emblem in the first screen at ${size.width} px`);
      assert.ok(seen.funding, `no funding statement in the first screen at ${size.width} px`);
      assert.deepEqual(seen.languages.map((l) => l.lang).sort(), locales(pilot));
      for (const l of seen.languages) {
        assert.ok(l.sentence.length > 40 && !l.sentence.startsWith("campaign-"), `${l.lang}: "${l.sentence}"`);
      }
      assert.equal(new Set(seen.languages.map((l) => l.sentence)).size, seen.languages.length, "the same sentence twice");
      for (const n of numbers) assert.ok(seen.tel.includes(`tel:${n.dial}`), `no tel:${n.dial} link`);
    } finally {
      await context.close();
    }
  }
});

test("every locale's Materials page: help in the first screen, a grid of cards with preview, format, language and working downloads", { timeout: 300_000 }, async () => {
  const problems = [];
  for (const lang of locales(pilot)) {
    const context = await browser.newContext({ viewport: LAPTOP });
    const home = await context.newPage();
    await home.goto(`${servers.pilot.origin}/${lang}/`);
    // Found as a visitor finds it: the last link of the footer menu.
    const url = (await home.$$eval("footer nav a", (as) => as.map((a) => new URL(a.href).pathname))).at(-1);
    await context.close();
    for (const size of SIZES) {
      const where = `${url} at ${size.width}×${size.height}`;
      const ctx = await browser.newContext({ viewport: size });
      try {
        const page = await ctx.newPage();
        await page.goto(servers.pilot.origin + url, { waitUntil: "load" });
        const seen = await firstScreen(page, numbers[0].dial);
        if (!seen.exit || !seen.call) problems.push(`${where}: exit ${seen.exit}, call ${seen.call} in the first screen`);
        if (seen.sideways) problems.push(`${where}: the page scrolls sideways`);
        const cards = await page.$$eval(".material", (lis) =>
          lis.map((li) => {
            const box = (el) => el && el.getBoundingClientRect();
            const preview = box(li.querySelector(".material-preview img, .material-preview svg"));
            const heading = box(li.querySelector("h2"));
            return {
              name: li.querySelector("h2")?.textContent,
              top: Math.round(box(li).top),
              preview: !!preview && preview.width > 0,
              besideHeading: !!preview && (document.dir === "rtl" ? preview.left >= heading.right : preview.right <= heading.left),
              aboveHeading: !!preview && preview.bottom <= heading.top,
              meta: li.querySelector(".material-meta")?.textContent || "",
              links: [...li.querySelectorAll("a.download")].map((a) => a.getAttribute("href")),
            };
          }),
        );
        const language = await page.$eval("html", (h) => h.lang);
        if (cards.length < 8) problems.push(`${where}: ${cards.length} cards`);
        for (const c of cards) {
          if (!c.preview) problems.push(`${where}: ${c.name} has no preview`);
          if (!/^(PDF|PNG|ZIP)\b/.test(c.meta)) problems.push(`${where}: ${c.name} says no format ("${c.meta}")`);
          if (c.links.length === 0) problems.push(`${where}: ${c.name} has no download`);
          for (const href of c.links) {
            const r = await page.request.get(servers.pilot.origin + href);
            if (r.status() !== 200) problems.push(`${where}: ${href} answers ${r.status()}`);
          }
          if (!c.meta.includes("ZIP") && !/·\s*\S+$/.test(c.meta)) problems.push(`${where}: ${c.name} names no language (${language})`);
        }
        const rows = new Set(cards.map((c) => c.top));
        if (size === LAPTOP && rows.size > Math.ceil(cards.length / 3)) problems.push(`${where}: ${rows.size} rows for ${cards.length} cards`);
        // On a phone each card is compact: the preview beside the name, not above it.
        if (size === PHONE && !cards.every((c) => c.besideHeading)) problems.push(`${where}: previews not beside the names`);
        if (size === LAPTOP && !cards.every((c) => c.aboveHeading)) problems.push(`${where}: previews not above the names`);
        // The previews load lazily: a visitor's scroll, a screen at a time,
        // loads every one of them (on a phone the share images lie over
        // 2,000 px down), none is left an empty box.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += size.height) {
          await page.mouse.wheel(0, size.height);
          await page.waitForTimeout(100);
        }
        const previews = () => [...document.querySelectorAll(".material-preview img")].every((i) => i.complete);
        await page.waitForFunction(previews, null, { timeout: 5000 }).catch(() => {});
        const empty = await page.$$eval(".material-preview img", (is) => is.filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.getAttribute("src")));
        for (const src of empty) problems.push(`${where}: ${src} not loaded after a scroll to it`);
        // Opened, the post's text and the alt text to copy stay inside their
        // card, and no card runs over another (review 18b: an address or a
        // glued phrase widened a card over the next one at 1280 px).
        await page.$$eval("details.material-copy", (ds) => ds.forEach((d) => { d.open = true; }));
        const spills = await page.$$eval(".material", (lis) => {
          const found = [];
          const boxes = lis.map((li) => li.getBoundingClientRect());
          lis.forEach((li, i) => {
            const name = li.querySelector("h2")?.textContent;
            const card = boxes[i];
            for (const el of li.querySelectorAll(".material-copy p, .material-copy summary, a.download, h2")) {
              const b = el.getBoundingClientRect();
              if (b.left < card.left - 1 || b.right > card.right + 1 || el.scrollWidth > el.clientWidth + 1) {
                found.push(`${name}: "${el.textContent.trim().slice(0, 30)}" runs out of its card`);
              }
            }
            boxes.forEach((other, j) => {
              const apart = other.left >= card.right - 1 || other.right <= card.left + 1 || other.top >= card.bottom - 1 || other.bottom <= card.top + 1;
              if (j > i && !apart) found.push(`${name} overlaps ${lis[j].querySelector("h2")?.textContent}`);
            });
          });
          return found;
        });
        for (const s of spills) problems.push(`${where}: opened, ${s}`);
        // What comms copies from the folds: an address breaks only between
        // its parts (after "/", before "." or "-"), the alt text's address
        // reads in one piece, a glued phrase stays on one line, and the
        // selected text carries no glue character (review 18b P1, P2).
        const copies = await page.$$eval(".material-copy p", (ps) => {
          const found = [];
          const tops = (root) => {
            const chars = [];
            const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              for (let i = 0; i < n.data.length; i++) {
                const r = document.createRange();
                r.setStart(n, i);
                r.setEnd(n, i + 1);
                const rect = r.getClientRects()[0];
                if (rect) chars.push({ c: n.data[i], top: Math.round(rect.top) });
              }
            }
            return chars;
          };
          for (const p of ps) {
            for (const bdi of p.querySelectorAll("bdi")) {
              const chars = tops(bdi);
              chars.forEach((ch, i) => {
                if (i > 0 && ch.top > chars[i - 1].top + 2 && chars[i - 1].c !== "/" && !".-".includes(ch.c)) {
                  found.push(`"${bdi.textContent}" breaks between "${chars[i - 1].c}" and "${ch.c}"`);
                }
              });
            }
            for (const a of p.querySelectorAll(".copy-address")) {
              if (new Set(tops(a).map((ch) => ch.top)).size > 1) found.push(`"${a.textContent}" is not in one piece`);
            }
            for (const g of p.querySelectorAll(".glued")) {
              if (new Set(tops(g).map((ch) => ch.top)).size > 1) found.push(`"${g.textContent}" is broken`);
            }
            const selection = getSelection();
            selection.selectAllChildren(p);
            const copied = selection.toString();
            selection.removeAllRanges();
            const glue = copied.match(/[\u00a0\u202f\u2007\u2060\ufeff\u00ad]/u);
            if (glue) found.push(`"${copied.slice(0, 40)}…" copies U+${glue[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
          }
          return found;
        });
        for (const c of copies) problems.push(`${where}: ${c}`);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        if (sideways) problems.push(`${where}: opened, the page scrolls sideways`);
      } finally {
        await ctx.close();
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("every 404 page has the exit and a call link in the first screen", async () => {
  const problems = [];
  for (const url of ["/404.html", ...locales(pilot).map((l) => `/${l}/404.html`)]) {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size });
      try {
        const page = await context.newPage();
        await page.goto(servers.pilot.origin + url);
        const seen = await firstScreen(page, numbers[0].dial);
        if (!seen.exit || !seen.call || seen.sideways) problems.push(`${url} at ${size.width}: ${JSON.stringify(seen)}`);
      } finally {
        await context.close();
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("partner logos come from campaign assets and are never larger than the EU emblem; the art takes the palette", async () => {
  const context = await browser.newContext({ viewport: LAPTOP });
  try {
    const page = await context.newPage();
    await page.goto(`${servers.variant.origin}/en/`);
    // The logos load lazily, when the footer comes near.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => [...document.querySelectorAll("footer img")].every((i) => i.complete && i.naturalWidth > 0));
    const seen = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      const emblem = box(document.querySelector("footer img.eu-emblem"));
      const logos = [...document.querySelectorAll("footer img.partner-logo")].map((img) => ({ alt: img.alt, src: img.getAttribute("src"), h: box(img).height, w: box(img).width, loaded: img.complete && img.naturalWidth > 0 }));
      const names = [...document.querySelectorAll("footer .partner-name")].map((s) => s.textContent);
      const art = document.querySelector(".art .p");
      return { emblem: { h: emblem.height, w: emblem.width }, logos, names, artFill: art && getComputedStyle(art).fill };
    });
    assert.equal(seen.logos.length, 2, JSON.stringify(seen.logos));
    for (const l of seen.logos) {
      assert.ok(l.loaded && l.h > 0, `${l.alt} did not load`);
      assert.match(l.src, /^\/(images|assets)\//, `${l.alt} is not a published campaign asset`);
      assert.ok(l.h <= seen.emblem.h + 0.5, `${l.alt} is ${l.h} px tall, the EU emblem ${seen.emblem.h} px`);
    }
    assert.deepEqual(seen.names, ["Fictional Text-Only Network"]);
    assert.equal(seen.artFill, "rgb(11, 85, 99)", "the illustration does not follow the palette");
  } finally {
    await context.close();
  }
});

test("everything a home or content page loads fits in 100 KB (script fonts of non-Latin pages apart)", { timeout: 300_000 }, async () => {
  const over = [];
  for (const lang of locales(pilot)) {
    for (const url of (await pagesOf(lang)).slice(0, 2)) {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const responses = [];
      page.on("response", (r) => responses.push(r));
      await page.goto(servers.pilot.origin + url, { waitUntil: "load" });
      // The 100 KB budget is for Latin-script pages: the font subsets of another
      // script (Arabic, Cyrillic…) are counted apart, with their own limit.
      let total = 0;
      let scriptFonts = 0;
      for (const r of responses) {
        const bytes = (await r.request().sizes()).responseBodySize;
        if (isScriptFont(r.url())) scriptFonts += bytes;
        else total += bytes;
      }
      if (total > PAGE_LOAD_LIMIT) over.push(`${url}: ${total} B`);
      if (scriptFonts > SCRIPT_FONT_LIMIT) over.push(`${url}: ${scriptFonts} B of script fonts`);
      assert.ok(responses.length >= 3, `${url}: only ${responses.length} responses`);
      await context.close();
    }
  }
  assert.deepEqual(over, []);
});
