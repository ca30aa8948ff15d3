#!/usr/bin/env bash
# Makes the website's copies of the print fonts: WOFF2 subsets of the TTFs in
# this folder, one per script, written to ../static/fonts/. Browsers download a
# subset only when a page uses characters of its `unicode-range` (see the
# @font-face rules at the top of ../static/style.css, which list the same ranges).
# The output is committed; run this again only when the fonts change.
# Needs Debian's python3-fonttools and python3-brotli.
set -euo pipefail
cd "$(dirname "$0")"
out=../static/fonts
mkdir -p "$out"
latin='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD'
latin_ext='U+0100-0130,U+0132-0151,U+0154-024F,U+0259,U+1E9E,U+20A0-20AB,U+20AD-20C0,U+2113'
greek='U+0370-03FF,U+1F00-1FFF'
cyrillic='U+0400-052F,U+1C80-1C88,U+2116,U+2DE0-2DFF,U+A640-A69F'
arabic='U+0600-06FF,U+0750-077F,U+200C-200E,U+2010-2011,U+204F,U+2E41'
subset() { # font subset-name ranges
  /usr/bin/python3 -m fontTools.subset "$1.ttf" --unicodes="$3" --flavor=woff2 \
    --no-hinting --desubroutinize --layout-features='*' --output-file="$out/$1-$2.woff2"
}
for w in Regular Bold; do
  subset "NotoSans-$w" latin "$latin"
  subset "NotoSans-$w" latin-ext "$latin_ext"
  subset "NotoSans-$w" greek "$greek"
  subset "NotoSans-$w" cyrillic "$cyrillic"
  subset "NotoSansArabic-$w" arabic "$arabic"
done
cp OFL.txt "$out/OFL.txt"
