#!/usr/bin/env bash
# Installs what Faro's build and tests need on a fresh Debian machine (run as root
# or with sudo). Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install the Rust toolchain first (https://rustup.rs)" >&2
  exit 1
fi

# Debian packages used by the tests: Chromium for the browser tests (never a
# browser downloaded by npm or Playwright), fonts so that pages render the same
# everywhere (DejaVu covers Latin, Greek, Cyrillic, Arabic and Persian), and
# Node.js and Java where the machine lacks them (the Nu Html Checker is a jar),
# and the tools the print tests read PDFs and QR codes with (pdfinfo, pdffonts,
# pdftotext; zbarimg).
packages=(chromium fonts-dejavu-core fonts-liberation poppler-utils zbar-tools)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages of the browser tests (playwright-core, axe-core, vnu-jar), exactly as
# package-lock.json pins them. No install scripts: vnu-jar's would fetch a Java.
stamp=node_modules/.faro-package-lock.json
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
