#!/usr/bin/env bash
# Builds the app's data bundle into data-bundle/atlas.bin from ../shared/data (or
# $ATLAS_DATA_DIR). Trunk runs this before every build; it is quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data-bundle
cargo run --quiet --release --bin atlas -- build-data --out data-bundle/atlas.bin
