#!/bin/sh
# Turns the benchmark's synthetic campaign into a Zola site with what Faro's
# pages have, for benches/compare/run.sh (which times `zola build` on it).
#
#   sh benches/compare/zola-site.sh target/bench/campaign-v3-4000x6 SITE_DIR
#   zola --root SITE_DIR build --output-dir OUT
#
# As in hugo-site.sh: every language's pages with translated slugs (Zola puts
# the default language at the root and the others under /<lang>/), a language
# switcher and hreflang alternates, canonical, description and Open Graph meta,
# a three-entry menu, a contents list, checked page links (Zola fails the
# build on an `@/` link to a missing page), a sitemap and minified HTML
# (`minify_html`, the same minify-html crate as Faro). Faro also makes print
# assets (cached), the replication kit and its safety checks; Zola has no
# equivalent, so the comparison favours Zola.
#
# Checked with Zola 0.22.1 on a 20 × 3 campaign: every language's pages at
# their translated slugs, switcher and alternates naming the same page in the
# other languages, menu and contents list, and a link to a missing page fails
# the build.
#
# Zola is not packaged by Debian; build it from its source (Rust 1.85 or later):
#   git clone --branch v0.22.1 https://github.com/getzola/zola
#   cd zola && cargo build --release --locked   # tens of minutes on 2 cores (LTO)
#   cp target/release/zola ~/bin/   # any folder on the PATH
# Its release profile is `lto = true` with one codegen unit, and `--locked`
# compiles 610 crates: with `nice -n 19 ... -j1` on this 2-core VM at load
# 10-25 (sixteenth session) only 295 of them were built after 50 minutes, so
# start it well before a comparison is due. From a clone of a local mirror
# whose first checkout stops on a missing blob (a theme screenshot under
# docs/, not needed to build), `git checkout -f v0.22.1` still gives the
# sources the build needs; rustc 1.95 builds it.
set -eu
campaign=${1:?campaign folder made by the bench harness}
site=${2:?folder for the Zola site (replaced)}
rm -rf "$site"
mkdir -p "$site/content" "$site/templates"

langs=$(sed -n 's/^locales: \[\(.*\)\]$/\1/p' "$campaign/campaign.yaml" | tr -d ' ' | tr ',' ' ')
default=$(sed -n 's/^default_locale: *//p' "$campaign/campaign.yaml")
{
  echo 'base_url = "https://bench.example"'
  echo 'title = "Benchmark"'
  echo "default_language = \"$default\""
  echo 'minify_html = true'
  echo 'compile_sass = false'
  echo 'build_search_index = false'
  echo 'generate_feeds = false'
  echo 'generate_sitemap = true'
  for l in $langs; do
    # Each language has its own title (Zola leaves config.title empty in the
    # others), as Faro's pages name the campaign in every language.
    [ "$l" = "$default" ] || printf '[languages.%s]\ntitle = "Benchmark"\n' "$l"
  done
} > "$site/config.toml"

# A page of language L is `page-N.L.md` (the default language has no suffix),
# and the home page the root section `_index.L.md`; Faro's `@/page-N.md`
# links name the same language's file. One perl process per language.
for l in $langs; do
  suffix=".$l"
  [ "$l" = "$default" ] && suffix=""
  perl -e '
    my ($to, $suffix) = (shift, shift);
    for my $f (@ARGV) {
      (my $name = $f) =~ s#.*/##;
      $name = "_index.md" if $name eq "index.md";
      $name =~ s#\.md$#$suffix.md#;
      open my $in, "<", $f or die "$f: $!";
      local $/; my $text = <$in>;
      # translated_from (the translation record of Faro): Zola refuses the field.
      $text =~ s#^translated_from:[^\n]*\n##m;
      $text =~ s#\(\@/index\.md\)#(\@/_index.md)#g;
      $text =~ s#\(\@/([^)]*)\.md\)#(\@/$1$suffix.md)#g;
      open my $out, ">", "$to/$name" or die "$to/$name: $!";
      print $out $text;
    }' "$site/content" "$suffix" "$campaign/content/$l"/*.md
done

cat > "$site/templates/base.html" <<'HTML'
{% set this = page | default(value=section) %}<!DOCTYPE html>
<html lang="{{ lang }}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ this.title }} · {{ config.title }}</title>
<meta name="description" content="{{ this.description }}">
<meta property="og:title" content="{{ this.title }}">
<meta property="og:description" content="{{ this.description }}">
<meta property="og:url" content="{{ this.permalink }}">
<link rel="canonical" href="{{ this.permalink }}">
{% for t in this.translations %}<link rel="alternate" hreflang="{{ t.lang }}" href="{{ t.permalink }}">
{% endfor %}<link rel="alternate" hreflang="x-default" href="{{ config.base_url }}/">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Languages"><ul>{% for t in this.translations %}<li><a href="{{ t.permalink }}" hreflang="{{ t.lang }}" lang="{{ t.lang }}">{{ t.lang }}</a></li>{% endfor %}</ul></nav>
<nav aria-label="Menu"><ul>{% for p in ["page-1.md", "page-2.md", "page-3.md"] %}{% set m = get_page(path=p, lang=lang) %}<li><a href="{{ m.permalink }}">{{ m.title }}</a></li>{% endfor %}</ul></nav>
</header>
<main id="main"><h1>{{ this.title }}</h1>
<nav aria-label="Contents"><ul>{% for h in this.toc %}<li><a href="#{{ h.id }}">{{ h.title }}</a></li>{% endfor %}</ul></nav>
{{ this.content | safe }}</main>
<footer><p>1522 · 112</p></footer>
</body>
</html>
HTML
printf '{%% extends "base.html" %%}\n' > "$site/templates/page.html"
cp "$site/templates/page.html" "$site/templates/index.html"
cp "$site/templates/page.html" "$site/templates/section.html"
