// Builds campaigns with the faro binary and lists the pages of a built site.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Scratch space under target/ (ignored by git; inside the repo so that copied
 * campaigns find this checkout's templates, themes and locales). */
export const SCRATCH = path.join(REPO, "target", "browser-tests");

/** The faro binary: $FARO_BIN, else the newest of target/{debug,release}/faro. */
export function faroBinary() {
  if (process.env.FARO_BIN) return path.resolve(process.env.FARO_BIN);
  const found = ["debug", "release"]
    .map((p) => path.join(REPO, "target", p, "faro"))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error("no faro binary: run `cargo build` first or set FARO_BIN");
  return found[0];
}

/** Builds `campaignDir` into a fresh folder under target/browser-tests/; returns it. */
export function build(campaignDir, name) {
  const out = path.join(SCRATCH, "out", name);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(faroBinary(), ["build", campaignDir, "-o", out, "--quiet"], {
    cwd: REPO,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return out;
}

/** Builds the pilot campaign (campaigns/veneto) into target/browser-tests/out/<name>. */
export function buildPilot(name = "veneto") {
  return build(path.join(REPO, "campaigns", "veneto"), name);
}

/** Copies the pilot campaign under target/browser-tests/, lets `edit` change its
 * campaign.yaml text, builds it and returns the output folder. */
export function buildVariant(name, edit) {
  const dir = path.join(SCRATCH, "campaigns", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(REPO, "campaigns", "veneto"), dir, { recursive: true });
  const yaml = path.join(dir, "campaign.yaml");
  fs.writeFileSync(yaml, edit(fs.readFileSync(yaml, "utf8")));
  return build(dir, name);
}

/** Every HTML file under `root`, as site paths (`en/about/index.html`), sorted. */
export function htmlFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html")) out.push(path.relative(root, p).split(path.sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** URL path of an HTML file: `en/about/index.html` → `/en/about/`. */
export function urlPathOf(file) {
  return "/" + file.replace(/(^|\/)index\.html$/, "$1");
}

/** Locale codes of the site, from the language folders that have a home page. */
export function locales(root) {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, "index.html")))
    .map((e) => e.name)
    .sort();
}

/** The campaign's quick-exit URL, as written on the pages. */
export function exitUrl(root) {
  const html = fs.readFileSync(path.join(root, "index.html"), "utf8");
  const m = html.match(/class="?exit-button"?[^>]*?href="?([^" >]+)/) || html.match(/href="?([^" >]+)"?[^>]*class="?exit-button/);
  if (!m) throw new Error("no exit button on the chooser page");
  return m[1].replace(/&amp;/g, "&");
}
