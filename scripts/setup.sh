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
# pdftotext, pdftoppm; qpdf; zbarimg), Python's venv for the PDF/UA checker, and
# xmllint, which validates exported XLIFF files against the OASIS schemas in
# tests/schemas/xliff/.
packages=(chromium fonts-dejavu-core fonts-liberation poppler-utils qpdf zbar-tools libxml2-utils)
command -v python3 >/dev/null 2>&1 || packages+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || packages+=(python3-venv)
python3 -m pip --version >/dev/null 2>&1 || packages+=(python3-pip)
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

# npm packages of the browser tests (playwright-core, axe-core, vnu-jar, lighthouse), exactly as
# package-lock.json pins them. No install scripts: vnu-jar's would fetch a Java.
stamp=node_modules/.faro-package-lock.json
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

# The Translate Toolkit plays a CAT tool in tests/translate.rs (its XLIFF 2.0
# store needs 3.17 or later, newer than Debian's package).
if ! python3 -c 'import translate.storage.xliff2' >/dev/null 2>&1; then
  python3 -m pip install --quiet --break-system-packages translate-toolkit==3.20.4 2>/dev/null ||
    python3 -m pip install --quiet translate-toolkit==3.20.4
fi

# The PDF/UA-1 checker the print tests run on every PDF (pdfua, on PyPI; veraPDF
# is in no registry reachable here), in a virtual environment of its own under
# .tools/, pinned. The tests find it at .tools/pdfua/bin/pdfua.
pdfua_version=0.1.3
if ! .tools/pdfua/bin/pdfua --version 2>/dev/null | grep -qx "pdfua $pdfua_version"; then
  rm -rf .tools/pdfua
  python3 -m venv .tools/pdfua
  .tools/pdfua/bin/pip install --quiet --disable-pip-version-check "pdfua==$pdfua_version"
fi
