// Discreet mode (`discreet: true` in campaign.yaml): what a browser shows in its
// tabs, history and bookmarks, and what a link preview shows, gives nothing away.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { REPO, buildPilot, buildVariant, htmlFiles } from "./lib/site.mjs";
import { attrOf, elements } from "./lib/html.mjs";

const site = buildVariant("discreet", (yaml) => `${yaml.trimEnd()}\n\ndiscreet: true\n`);
const normal = buildPilot("discreet-off");

/** `key = value` of a Fluent file (single-line messages only). */
function ftl(file, key) {
  const m = fs.readFileSync(file, "utf8").match(new RegExp(`^${key} = (.+)$`, "m"));
  return m && m[1].trim();
}

const campaignFtl = (lang) => path.join(REPO, "campaigns", "veneto", "locales", lang, "campaign.ftl");
const discreetTitle = (lang) =>
  (fs.existsSync(campaignFtl(lang)) && ftl(campaignFtl(lang), "discreet-title")) ||
  ftl(path.join(REPO, "locales", lang, "ui.ftl"), "discreet-title");

/** Words that would tell what the site is about, in every language of the campaign. */
function campaignWords() {
  const words = new Set(["stalk", "violen", "abus", "spy", "spia", "destalk", "veneto", "1522", "help", "aiuto", "hilfe", "ayuda", "ajuda", "aide"]);
  for (const lang of fs.readdirSync(path.join(REPO, "campaigns", "veneto", "locales"))) {
    for (const key of ["campaign-name", "campaign-tagline"]) {
      const value = ftl(campaignFtl(lang), key) || "";
      for (const w of value.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 5) words.add(w);
    }
  }
  return [...words];
}

const attr = (html, re) => (html.match(re) || [])[1];
const titleOf = (html) => attr(html, /<title>([^<]*)<\/title>/);
const langOf = (html) => elements(html, "html")[0]?.lang;
const ogTitleOf = (html) => attrOf(html, "meta", { property: "og:title" }, "content");

test("every locale has a neutral discreet-title", () => {
  const words = campaignWords();
  for (const lang of fs.readdirSync(path.join(REPO, "locales"))) {
    const title = discreetTitle(lang);
    assert.ok(title, `locales/${lang}/ui.ftl has no discreet-title`);
    for (const w of words) assert.ok(!title.toLowerCase().includes(w), `${lang}: "${title}" contains "${w}"`);
  }
});

test("a discreet build's titles name nothing of the campaign", () => {
  const words = campaignWords();
  const files = htmlFiles(site);
  assert.ok(files.length > 100, `only ${files.length} pages`);
  for (const file of files) {
    const html = fs.readFileSync(path.join(site, file), "utf8");
    const lang = langOf(html);
    const expected = discreetTitle(lang);
    assert.equal(titleOf(html), expected, `${file}: <title>`);
    const og = ogTitleOf(html);
    if (og !== undefined) assert.equal(og, expected, `${file}: og:title`);
    assert.ok(!/og:site_name/.test(html), `${file}: og:site_name names the campaign`);
    for (const w of words) assert.ok(!titleOf(html).toLowerCase().includes(w), `${file}: title contains "${w}"`);
  }
});

test("a discreet build has a neutral favicon and no logo in the header", () => {
  for (const file of htmlFiles(site)) {
    const html = fs.readFileSync(path.join(site, file), "utf8");
    const icon = attrOf(html, "link", { rel: "icon" }, "href");
    assert.ok(icon, `${file}: no favicon`);
    const svg = fs.readFileSync(path.join(site, icon), "utf8");
    assert.ok(!/<text|<image|<title/.test(svg), `${file}: the favicon shows text or a picture`);
    const brand = attr(html, /<a\b[^>]*\bclass="?brand"?[^>]*>(.*?)<\/a>/);
    if (brand !== undefined) assert.ok(!/<img/.test(brand), `${file}: the header shows the campaign logo`);
  }
});

test("without discreet mode, titles name the page and the campaign", () => {
  const html = fs.readFileSync(path.join(normal, "en", "index.html"), "utf8");
  // The site sets its strings by the typography rules (docs/typography.md):
  // a dash between words keeps a no-break space before it, a range a word
  // joiner. Compare the words a reader sees, not the spaces between them.
  const plain = (s) => s.replace(/&nbsp;|[\u00a0\u202f]/g, " ").replace(/\u2060/g, "");
  const name = plain(ftl(campaignFtl("en"), "campaign-name"));
  assert.ok(plain(titleOf(html)).includes(name), titleOf(html));
});
