#!/usr/bin/env bash
# The documentation pages of ccd without Quarto: every notebook of nbs/ rendered to HTML in _docs/ (git-ignored).
#   tools/docs.sh            render the notebooks as they are (fast; outputs are cleared by nbdev_clean, so code only)
#   tools/docs.sh --execute  run every notebook first, on the CPU, offline (minutes: each notebook's tests run too)
set -euo pipefail
cd "$(dirname "$0")/.."
extra=()
if [[ "${1:-}" == "--execute" ]]; then extra=(--execute --ExecutePreprocessor.timeout=600); fi
export CCD_QUIET=1
jupyter nbconvert --to html --output-dir _docs "${extra[@]}" nbs/[!_]*.ipynb
ls _docs/*.html
