#!/bin/sh
# Turns the benchmark's synthetic campaign into a Hugo site with what Faro's
# pages have, for benches/compare/run.sh (which times `hugo` on it).
#
#   sh benches/compare/hugo-site.sh target/bench/campaign-v3-4000x6 SITE_DIR
#   hugo --quiet --minify --source SITE_DIR --destination OUT
#
# The site has one tree per language, translated slugs, a language switcher and
# hreflang alternates, canonical, description and Open Graph meta, a menu, a
# contents list, checked page links (relref fails the build on a missing page),
# a sitemap and minified HTML. Faro also makes print assets (cached), the
# replication kit and its safety checks; Hugo has no equivalent, so the
# comparison favours Hugo.
set -eu
campaign=${1:?campaign folder made by the bench harness}
site=${2:?folder for the Hugo site (replaced)}
rm -rf "$site"
mkdir -p "$site"

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
    printf '  [languages.%s]\n    weight = %s\n    contentDir = "content/%s"\n    label = "%s"\n' "$l" "$w" "$l" "$l"
  done
} > "$site/hugo.toml"

# Faro's `@/page.md` links become relref shortcodes (checked by Hugo).
# One perl process per language rather than one process per page (60,000 at the largest size).
for l in $langs; do
  mkdir -p "$site/content/$l"
  perl -e '
    my $to = shift;
    for my $f (@ARGV) {
      (my $name = $f) =~ s#.*/##;
      $name = "_index.md" if $name eq "index.md";
      open my $in, "<", $f or die "$f: $!";
      local $/; my $text = <$in>;
      $text =~ s#\(@/([^)]*)\)#({{< relref "$1" >}})#g;
      $text =~ s#relref "index.md"#relref "/"#g;
      open my $out, ">", "$to/$name" or die "$to/$name: $!";
      print $out $text;
    }' "$site/content/$l" "$campaign/content/$l"/*.md
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
{{ end }}{{ with (index hugo.Sites 0).Home }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Languages"><ul>{{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.Label }}</a></li>{{ end }}</ul></nav>
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
