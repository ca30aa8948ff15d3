// Reading built HTML without depending on the minifier's attribute order or
// quoting: the attributes of each element with a given tag name.

const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Every `<tag …>` start tag in `html`, as a map of its attributes. */
export function elements(html, tag) {
  const found = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>`, "gi");
  for (const m of html.matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(ATTR)) {
      const value = a[2] === undefined ? "" : a[2].replace(/^["']|["']$/g, "");
      attrs[a[1].toLowerCase()] = value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    }
    found.push(attrs);
  }
  return found;
}

/** The value of `want` on the first `<tag>` whose attributes include `match`. */
export function attrOf(html, tag, match, want) {
  const el = elements(html, tag).find((a) => Object.entries(match).every(([k, v]) => (a[k] || "").toLowerCase() === v.toLowerCase()));
  return el ? el[want] : undefined;
}
