// The checks run on every page in the browser: requests, storage, policy,
// axe-core, headings, phone and narrow layouts.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core: every WCAG 2.1 A and AA rule, plus the best-practice rules about
 * landmarks, headings and skip links that the issue asks for. */
export const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  resultTypes: ["violations"],
};
export const AXE_BEST_PRACTICE = [
  "region",
  "landmark-one-main",
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-no-duplicate-main",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
  "landmark-main-is-top-level",
  "landmark-complementary-is-top-level",
  "page-has-heading-one",
  "heading-order",
  "empty-heading",
  "skip-link",
];

/** Records every request of a browser context; requests to another origin are
 * recorded and aborted (the network is closed anyway), except those for which
 * `allow.test(url)` holds: `allow.handle(route)` answers them (the quick-exit
 * destination, answered locally with a blank page). */
export async function watchRequests(context, origin, allow = null) {
  const all = [];
  const foreign = [];
  context.on("request", (r) => all.push(r.url()));
  await context.route(
    () => true,
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) return route.continue();
      if (allow && allow.test(url)) return allow.handle(route);
      foreign.push(url);
      return route.abort("blockedbyclient");
    },
  );
  return { all, foreign };
}

/** Collects script errors, console errors and CSP violations of a page. */
export async function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`script error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: .* 404/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return errors;
}

/** axe-core violations on the page, as short readable lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE_SOURCE);
  const run = (opts) => page.evaluate((o) => window.axe.run(document, o), opts);
  const wcag = await run(AXE_OPTIONS);
  const best = await run({ runOnly: { type: "rule", values: AXE_BEST_PRACTICE }, resultTypes: ["violations"] });
  return [...wcag.violations, ...best.violations].flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`),
  );
}

/** Everything the page left on the device: cookies and every kind of storage. */
export async function storageLeft(context, page) {
  const cookies = await context.cookies();
  const inPage = await page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    cacheStorage: "caches" in self ? await caches.keys() : [],
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  const left = {};
  if (cookies.length) left.cookies = cookies.map((c) => c.name);
  for (const [k, v] of Object.entries(inPage)) if (v && (v.length || typeof v === "number")) left[k] = v;
  return left;
}

/** Heading problems: not exactly one h1, h1 not first, or a skipped level. */
export async function headingProblems(page) {
  return page.evaluate(() => {
    const hs = [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")];
    const problems = [];
    const h1s = hs.filter((h) => h.tagName === "H1").length;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    if (hs.length && hs[0].tagName !== "H1") problems.push(`first heading is ${hs[0].tagName}`);
    let last = 0;
    for (const h of hs) {
      const level = +h.tagName[1];
      if (last && level > last + 1) problems.push(`${h.tagName} "${h.textContent.trim()}" after H${last}`);
      last = level;
    }
    return problems;
  });
}

/** Layout problems at phone and narrow widths. */
export async function layoutProblems(page) {
  const problems = [];
  // 320 CSS px wide (a small phone, or 1280 px at 400 % zoom): no horizontal scrolling,
  // also with the language list open.
  for (const size of [
    { width: 320, height: 640 },
    { width: 320, height: 180 },
  ]) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => {
      const el = document.documentElement;
      const details = document.querySelector(".languages details");
      const out = [];
      if (el.scrollWidth > el.clientWidth) out.push(`scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      if (details) {
        details.open = true;
        const r = details.querySelector("ul").getBoundingClientRect();
        if (r.left < 0 || r.right > el.clientWidth) out.push(`open language list at ${Math.round(r.left)}..${Math.round(r.right)}`);
        if (el.scrollWidth > el.clientWidth) out.push(`scrolls sideways with the language list open`);
        details.open = false;
      }
      return out;
    });
    problems.push(...overflow.map((p) => `${size.width}×${size.height}: ${p}`));
  }
  // A phone (360×740): the exit button is in view without scrolling, and stays
  // in view once scrolled down (sticky).
  await page.setViewportSize({ width: 360, height: 740 });
  for (const where of ["top", "bottom"]) {
    const r = await page.evaluate((w) => {
      window.scrollTo(0, w === "top" ? 0 : document.documentElement.scrollHeight);
      const b = document.querySelector(".exit-button").getBoundingClientRect();
      const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, onTop: !!hit && !!hit.closest(".exit-button") };
    }, where);
    if (r.top < 0 || r.bottom > 740 || r.left < 0 || r.right > 360 || !r.onTop)
      problems.push(`360×740, scrolled to the ${where}: exit button not fully in view (${JSON.stringify(r)})`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return problems;
}
