#!/usr/bin/env node
// Page weight of the built pilot campaign.
//
//   node tests/browser/weight.mjs            print the figures; exit 1 above the limits
//   node tests/browser/weight.mjs --write    also write them into benches/RESULTS.md
//
// Per page: the HTML plus the CSS it links, each gzipped (zlib level 6, what a
// static host's gzip sends), at most 14 KB (14,336 bytes: a first TCP round trip).
// Per locale home page: everything the browser fetched to show it, images
// excluded, as transferred from a gzipping server, at most 60 KB (61,440 bytes);
// the font subsets of a script other than Latin (Arabic, Cyrillic…) are counted
// apart, at most 100 KB: an Arabic page needs two Arabic weights of ~40 KB each
// on top of the Latin ones its digits and Latin words use.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

import { REPO, buildPilot, htmlFiles, urlPathOf, locales } from "./lib/site.mjs";
import { elements } from "./lib/html.mjs";

export const PAGE_LIMIT = 14 * 1024;
export const HOME_LIMIT = 60 * 1024;
export const SCRIPT_FONT_LIMIT = 100 * 1024;

/** Font subsets for a script other than Latin, named `…-<subset>.<hash>.woff2`. */
export const isScriptFont = (url) => /-(arabic|cyrillic|greek|hebrew|devanagari)[-.][^/]*\.woff2$/.test(url);

const gz = (bytes) => zlib.gzipSync(bytes, { level: 6 }).length;

/** HTML + linked CSS, gzipped, for every HTML file of `root`. */
export function pageWeights(root) {
  const cssCache = new Map();
  return htmlFiles(root).map((file) => {
    const html = fs.readFileSync(path.join(root, file));
    const text = html.toString("utf8");
    const css = elements(text, "link").filter((a) => a.rel === "stylesheet").map((a) => a.href);
    let cssGz = 0;
    for (const href of css) {
      if (!cssCache.has(href)) cssCache.set(href, gz(fs.readFileSync(path.join(root, href.replace(/^\//, "")))));
      cssGz += cssCache.get(href);
    }
    const htmlGz = gz(html);
    return { page: urlPathOf(file), html: html.length, htmlGz, cssGz, total: htmlGz + cssGz };
  });
}

/** What the browser fetches to show each locale's home page (images excluded). */
export async function homeTransfers(root, browser, server) {
  const out = [];
  for (const lang of locales(root)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const responses = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`${server.origin}/${lang}/`, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.classList.contains("js"));
    const parts = [];
    for (const r of responses) {
      const type = (await r.headerValue("content-type")) || "";
      const sizes = await r.request().sizes();
      parts.push({ url: r.url().replace(server.origin, ""), type, bytes: sizes.responseBodySize, image: type.startsWith("image/") });
    }
    await context.close();
    const counted = parts.filter((p) => !p.image && !isScriptFont(p.url));
    out.push({
      page: `/${lang}/`,
      total: counted.reduce((s, p) => s + p.bytes, 0),
      scriptFonts: parts.filter((p) => isScriptFont(p.url)).reduce((s, p) => s + p.bytes, 0),
      images: parts.filter((p) => p.image).reduce((s, p) => s + p.bytes, 0),
      files: counted.map((p) => `${p.url} ${p.bytes}`),
    });
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The figures as Markdown, for benches/RESULTS.md. */
export function markdown(pages, homes, date = new Date().toISOString().slice(0, 10)) {
  const byLocale = new Map();
  for (const p of pages) {
    const lang = p.page.split("/")[1].replace(/\.html$/, "") || "(root)";
    const key = /^[a-z]{2,3}$/.test(lang) ? lang : "(root)";
    if (!byLocale.has(key)) byLocale.set(key, []);
    byLocale.get(key).push(p);
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)];
  };
  const lines = [
    "## Page weight",
    "",
    "`node tests/browser/weight.mjs --write` (run by `scripts/test.sh` without `--write`,",
    "where it fails above the limits). It builds the pilot (`campaigns/veneto`) and measures",
    "each page's HTML plus the CSS it links, each gzipped (zlib level 6), against 14 KB; and",
    "each locale's home page as Chromium fetched it from a gzipping local server, images",
    "excluded, against 60 KB.",
    "",
    `### Figures (${date}, ${pages.length} HTML files)`,
    "",
    "| pages | count | HTML+CSS gzipped: smallest | median | largest (page) |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const [lang, ps] of [...byLocale].sort()) {
    const totals = ps.map((p) => p.total);
    const max = ps.reduce((a, b) => (b.total > a.total ? b : a));
    lines.push(`| ${lang} | ${ps.length} | ${kb(Math.min(...totals))} | ${kb(median(totals))} | ${kb(max.total)} (\`${max.page}\`) |`);
  }
  const heaviest = [...pages].sort((a, b) => b.total - a.total).slice(0, 5);
  lines.push("", "Heaviest pages (limit 14 KB):", "", "| page | HTML | HTML gzipped | CSS gzipped | HTML+CSS gzipped |", "| --- | --- | --- | --- | --- |");
  for (const p of heaviest) lines.push(`| \`${p.page}\` | ${kb(p.html)} | ${kb(p.htmlGz)} | ${kb(p.cssGz)} | ${kb(p.total)} |`);
  lines.push("", "Home pages, everything transferred but images and non-Latin font subsets (limits 60 KB and 100 KB):", "", "| page | transferred | of which | non-Latin fonts (apart) | images (not counted) |", "| --- | --- | --- | --- | --- |");
  for (const h of homes) lines.push(`| \`${h.page}\` | ${kb(h.total)} | ${h.files.map((f) => f.replace(/ (\d+)$/, (_, n) => ": " + kb(+n))).join("; ")} | ${kb(h.scriptFonts)} | ${kb(h.images)} |`);
  return lines.join("\n") + "\n";
}

/** Replaces the "## Page weight" section of RESULTS.md, or appends it. */
export function writeResults(md, file = path.join(REPO, "benches", "RESULTS.md")) {
  const text = fs.readFileSync(file, "utf8");
  const start = text.search(/^## Page weight$/m);
  let out;
  if (start < 0) {
    out = text.trimEnd() + "\n\n" + md;
  } else {
    const rest = text.slice(start + 1);
    const next = rest.search(/^## /m);
    out = text.slice(0, start) + md + (next < 0 ? "" : "\n" + rest.slice(next));
  }
  fs.writeFileSync(file, out);
}

/** Limits broken, as readable lines. */
export function overLimits(pages, homes) {
  return [
    ...pages.filter((p) => p.total > PAGE_LIMIT).map((p) => `${p.page}: HTML+CSS ${p.total} B gzipped > ${PAGE_LIMIT} B`),
    ...homes.filter((h) => h.total > HOME_LIMIT).map((h) => `${h.page}: ${h.total} B transferred > ${HOME_LIMIT} B`),
    ...homes.filter((h) => h.scriptFonts > SCRIPT_FONT_LIMIT).map((h) => `${h.page}: ${h.scriptFonts} B of script fonts > ${SCRIPT_FONT_LIMIT} B`),
  ];
}

async function main() {
  const { launch } = await import("./lib/browser.mjs");
  const { serve } = await import("./lib/server.mjs");
  const root = buildPilot("weight");
  const pages = pageWeights(root);
  const browser = await launch();
  const server = await serve(root);
  let homes;
  try {
    homes = await homeTransfers(root, browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
  for (const p of pages) console.log(`${String(p.total).padStart(6)} B  HTML ${p.htmlGz} + CSS ${p.cssGz} gzipped  ${p.page}`);
  for (const h of homes) console.log(`${String(h.total).padStart(6)} B  home page transferred, images excluded  ${h.page}  (${h.files.join(", ")})`);
  const md = markdown(pages, homes);
  if (process.argv.includes("--write")) {
    writeResults(md);
    console.log("written to benches/RESULTS.md");
  }
  const over = overLimits(pages, homes);
  for (const o of over) console.error(`over the limit: ${o}`);
  const max = Math.max(...pages.map((p) => p.total));
  console.log(`largest page ${max} B of ${PAGE_LIMIT}; largest home ${Math.max(...homes.map((h) => h.total))} B of ${HOME_LIMIT}`);
  process.exitCode = over.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
