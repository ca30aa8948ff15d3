// A tiny static server for the built site, on 127.0.0.1 and a free port. It
// serves what a static host would: index.html for folders, the site's 404.html
// with status 404, gzip when the browser asks for it, and the headers of the
// generated `_headers` file (so the browser tests also check that policy).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
};
const COMPRESSIBLE = /^(text\/|application\/(xml|json)|image\/svg)/;

/** Headers of a Netlify/Cloudflare `_headers` file: [{pattern, headers}]. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(":");
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, urlPath) {
  const re = new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
  return re.test(urlPath);
}

/** Starts the server; resolves to { origin, port, close(), requests }. */
export function serve(root) {
  const headersFile = path.join(root, "_headers");
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, "utf8")) : [];
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, path.normalize(urlPath));
    let status = 200;
    if (!file.startsWith(root)) file = null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!urlPath.endsWith("/")) {
        res.writeHead(301, { Location: urlPath + "/" }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    if (!file || !fs.existsSync(file)) {
      status = 404;
      const lang = urlPath.split("/")[1];
      const local = path.join(root, lang || "", "404.html");
      file = lang && fs.existsSync(local) ? local : path.join(root, "404.html");
    }
    let body = fs.readFileSync(file);
    const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
    const headers = { "Content-Type": type, "Cache-Control": "no-store" };
    for (const rule of rules) {
      if (matches(rule.pattern, urlPath)) for (const [k, v] of rule.headers) headers[k] = v;
    }
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      body = zlib.gzipSync(body);
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
