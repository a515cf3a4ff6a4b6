#!/usr/bin/env bash
# Runs every test of sonder. On a fresh Debian 12 machine run .ci/run instead: it installs what
# these tests need (Chromium, Java for vnu, poppler-utils, the wasm target, node packages) first.
#   1. Rust: unit and integration tests of the sonder crate and the widget crate (native)
#   2. the committed widget is byte-identical to a fresh reproducible build
#   3. end-to-end browser tests of the widget (headless Debian Chromium via playwright-core)
#   4. the sample course shares no run of 8 words with the source articles
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

# The IMS/ADL schemas tests/package.rs validates manifests against (fetched once into target/).
tests/tools/fetch-scorm-schemas.sh || echo "could not fetch the SCORM schemas: tests/package.rs will skip (or fail under CI)"

echo "== cargo test"
cargo test --workspace --locked

echo "== widget reproducibility"
widget/build.sh --check

echo "== browser tests"
npm test

echo "== originality"
python3 ../shared/tools/originality.py content exercises README.md

echo "All tests passed."
