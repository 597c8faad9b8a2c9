#!/usr/bin/env bash
# Builds resumd (release), writes the 2,000-line resume, and measures resumd
# beside vim, nano, lowdown and mdcat (those installed) in one run.
# Report: bench/report.md. Options: --runs N --chars N --out FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
