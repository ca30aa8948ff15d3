// The Nu Html Checker (vnu-jar, run with the machine's Java) over every HTML file
// (and the stylesheet) of the pilot campaign, of its discreet build and of a
// right-to-left build: zero errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

import { REPO, buildPilot, buildVariant, htmlFiles } from "./lib/site.mjs";

const require = createRequire(import.meta.url);
const VNU = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

function check(root) {
  const files = htmlFiles(root).map((f) => path.join(root, f));
  assert.ok(files.length > 0, `no HTML in ${root}`);
  const css = fs.readdirSync(path.join(root, "assets")).filter((f) => f.endsWith(".css")).map((f) => path.join(root, "assets", f));
  const args = ["-jar", VNU, "--errors-only", "--also-check-css", "--format", "json", ...files, ...css];
  const run = spawnSync("java", args, {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, `cannot run java: ${run.error}`);
  // vnu writes its JSON report on stderr.
  const out = (run.stderr || "").trim() || (run.stdout || "").trim();
  assert.ok(out.startsWith("{"), `vnu did not report: ${out.slice(0, 500)}`);
  const report = JSON.parse(out);
  const errors = report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
    .map((m) => `${path.relative(root, new URL(m.url).pathname)}:${m.lastLine ?? m.firstLine ?? 1}:${m.lastColumn}: ${m.message} «${m.extract ?? ""}»`);
  return { files: files.length, errors, status: run.status };
}

test("the pilot campaign: every HTML file is valid", () => {
  const { files, errors, status } = check(buildPilot("vnu"));
  assert.ok(files > 100, `only ${files} files`);
  assert.deepEqual(errors, []);
  assert.equal(status, 0);
});

test("a discreet build and a right-to-left build are valid too", () => {
  for (const [name, edit] of [
    ["vnu-discreet", (y) => `${y.trimEnd()}\ndiscreet: true\n`],
    ["vnu-rtl", (y) => y.replace(/^locales:.*$/m, "locales: [it, en, ar, fa]\ninterface_only: [ar, fa]")],
  ]) {
    const { errors, status } = check(buildVariant(name, edit));
    assert.deepEqual(errors, [], name);
    assert.equal(status, 0, name);
  }
});
