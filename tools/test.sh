#!/usr/bin/env bash
# The test command of ccd: install into a virtual environment, check that the package is exported from the notebooks
# and that the notebooks are clean, then run every notebook's tests on the CPU, offline. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
venv=${CCD_VENV:-.venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip >/dev/null
if ! "$venv/bin/pip" install -q -e ".[dev]"; then echo "install failed"; echo "0 passed, 1 failed"; exit 1; fi
source "$venv/bin/activate"
export CUDA_VISIBLE_DEVICES="" CCD_QUIET=1 HF_HUB_OFFLINE=1 PYTHONWARNINGS=ignore
# The real VOC/COCO files the tests read: $CCD_SHARED_DATA, else shared/data next to this checkout, else next to the
# local checkout this one was cloned from (so that a clone in a temporary folder finds them too).
origin=$(git config --get remote.origin.url 2>/dev/null); origin=${origin#file://}
for cand in "${CCD_SHARED_DATA:-}" ../shared/data "${origin:+$origin/../shared/data}"; do
  if [ -n "$cand" ] && [ -d "$cand" ]; then export CCD_SHARED_DATA=$(cd "$cand" && pwd); break; fi
done
[ -d "${CCD_SHARED_DATA:-}" ] || echo "warning: no real data found (set CCD_SHARED_DATA); nbs/01 and nbs/08 will fail"
passed=0; failed=0; failures=()
ok()   { passed=$((passed+1)); echo "PASS $1"; }
fail() { failed=$((failed+1)); failures+=("$1"); echo "FAIL $1"; }

# The package must be what the notebooks export, and the notebooks must be clean: both leave git status unchanged.
before=$(git status --porcelain -- ccd nbs 2>/dev/null)
nbdev_export && nbdev_clean
after=$(git status --porcelain -- ccd nbs 2>/dev/null)
if [ "$before" == "$after" ] && { [ -n "${CCD_ALLOW_DIRTY:-}" ] || [ -z "$after" ]; }; then ok "nbdev_export + nbdev_clean leave git clean"
else fail "nbdev_export + nbdev_clean leave git clean"; git status --porcelain -- ccd nbs | head -20; fi

# Every notebook, one at a time (flags slow and gpu are skipped, as settings.ini's tst_flags says).
for nb in nbs/[0-9]*.ipynb nbs/index.ipynb; do
  [ -f "$nb" ] || continue
  start=$(date +%s)
  if timeout 1800 nbdev_test --path "$nb" >/tmp/ccd_test_$$.log 2>&1; then ok "$nb ($(( $(date +%s) - start ))s)"
  else fail "$nb ($(( $(date +%s) - start ))s)"; tail -40 /tmp/ccd_test_$$.log; fi
done
rm -f /tmp/ccd_test_$$.log
[ $failed -eq 0 ] || printf 'failed: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
