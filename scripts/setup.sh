#!/usr/bin/env bash
# Installs every tool the build and the tests need, pinned, idempotently: skips what is there.
# Versions are the ones verified on this kind of machine (see docs/build.md).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# playwright-core (drives Debian's Chromium) and binaryen (wasm-opt 132) from npm, pinned by
# tools/package-lock.json.
if [ ! -x "$here/tools/node_modules/.bin/wasm-opt" ] || [ ! -d "$here/tools/node_modules/playwright-core" ] \
   || [ "$here/tools/package-lock.json" -nt "$here/tools/node_modules/.package-lock.json" ]; then
  say "installing npm tools (playwright-core, binaryen)"
  (cd "$here/tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
# Trunk runs cargo --offline: fetch every crate (all targets) while the registry is reachable.
(cd "$here" && cargo fetch --quiet)
say "tools ready"
