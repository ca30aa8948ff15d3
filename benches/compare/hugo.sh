#!/bin/sh
# Builds the benchmark's synthetic campaign with Hugo, for a figure beside
# Faro's on the same pages (benches/RESULTS.md). Not part of the tests.
#
#   cargo bench --bench build -- --pages 4000 --langs 6 --runs 1   # makes the campaign
#   sh benches/compare/hugo.sh target/bench/campaign-v2-4000x6 /dev/shm/hugo-out
#
# The Hugo site gets what Faro's pages have: one tree per language, translated
# slugs, a language switcher and hreflang alternates, canonical, description
# and Open Graph meta, a menu, a contents list, checked page links (relref
# fails the build on a missing page), sitemap and minified HTML. Faro also
# makes print assets (cached), the replication kit and its safety checks;
# Hugo has no equivalent, so the comparison favours Hugo.
set -eu
campaign=${1:?campaign folder made by the bench harness}
out=${2:?output folder}
site=$(mktemp -d "${TMPDIR:-/tmp}/faro-hugo-XXXXXX")
trap 'rm -rf "$site"' EXIT

langs=$(sed -n 's/^locales: \[\(.*\)\]$/\1/p' "$campaign/campaign.yaml" | tr -d ' ' | tr ',' ' ')
{
  echo 'baseURL = "https://bench.example/"'
  echo 'defaultContentLanguage = "en"'
  echo 'defaultContentLanguageInSubdir = true'
  echo 'disableKinds = ["taxonomy", "term", "RSS", "section"]'
  echo '[markup.tableOfContents]'
  echo '  startLevel = 2'
  echo '  endLevel = 3'
  echo '[languages]'
  w=0
  for l in $langs; do
    w=$((w + 1))
    printf '  [languages.%s]\n    weight = %s\n    contentDir = "content/%s"\n    languageName = "%s"\n' "$l" "$w" "$l" "$l"
  done
} > "$site/hugo.toml"

# Faro's `@/page.md` links become relref shortcodes (checked by Hugo).
for l in $langs; do
  mkdir -p "$site/content/$l"
  for f in "$campaign/content/$l"/*.md; do
    name=$(basename "$f")
    [ "$name" = index.md ] && name=_index.md
    sed -E 's#\(@/([^)]*)\)#({{< relref "\1" >}})#g; s#relref "index.md"#relref "/"#g' "$f" > "$site/content/$l/$name"
  done
done

mkdir -p "$site/layouts/_default" "$site/layouts/partials"
cat > "$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ .Description }}">
<meta property="og:url" content="{{ .Permalink }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}{{ with .Sites.First.Home }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Languages"><ul>{{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
<nav aria-label="Menu"><ul>{{ range slice "/page-1" "/page-2" "/page-3" }}{{ with site.GetPage . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>1522 · 112</p></footer>
</body>
</html>
HTML
cat > "$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>
<nav aria-label="Contents">{{ .TableOfContents }}</nav>
{{ .Content }}{{ end }}
HTML
cp "$site/layouts/_default/single.html" "$site/layouts/index.html"
cp "$site/layouts/_default/single.html" "$site/layouts/_default/list.html"

rm -rf "$out"
cd "$site"
/usr/bin/time -f 'hugo: %e s wall, %U s user, %S s system, %M KiB peak' \
  hugo --quiet --minify --destination "$out"
echo "pages: $(find "$out" -name index.html | wc -l)"
