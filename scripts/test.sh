#!/usr/bin/env bash
# Runs every check and test: formatting, clippy (native and wasm32), native unit, property,
# real-data and render tests, browser tests (wasm-bindgen-test in headless Chromium), the
# release build, and the end-to-end tests (Playwright driving Chromium against dist/).
set -euo pipefail
bash "$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"

step() { printf '\n== %s ==\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "clippy (native)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy (wasm32)"
cargo clippy -p diversiteitsatlas --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "native tests"
cargo test --workspace
step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test -p diversiteitsatlas --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
