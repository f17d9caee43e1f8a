#!/usr/bin/env bash
# Installs what is missing, builds the app with the real default data and serves it on
# http://127.0.0.1:8080 (Ctrl-C stops). Data: ../shared/data, or $ATLAS_DATA_DIR.
set -euo pipefail
bash "$(dirname "$0")/setup.sh"
source "$(dirname "$0")/env.sh"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}" --no-autoreload
