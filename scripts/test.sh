#!/usr/bin/env bash
# Runs every test of Faro: formatting, lints, unit and end-to-end tests, then the
# browser tests (Chromium, axe-core), the Nu Html Checker and the page weight
# over the built pilot campaign.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --all-targets --locked
# The browser tests build the pilot with this checkout's faro (the debug binary,
# already compiled by `cargo test`).
cargo build --locked --quiet
FARO_BIN=target/debug/faro node --test --test-concurrency=1 tests/browser/*.test.mjs
