#!/usr/bin/env bash
# The GPU benchmark of the CLIP passes (one H200, a few minutes): a random-init RN50x64 at 640×640 in bf16 with
# channels-last weights and a random ResNet-50 student, against the official batch-1 loop, on 200 real images (the
# bundled sample's 100 train images, listed twice; pass --root/--split for a larger VOC set). Prints images per
# second of both passes (ccd and naive), peak memory, FLOPs per image (FlopCounterMode) and the share of the H200's
# dense bf16 peak (989 TFLOP/s) they reach, the encoder alone by batch size (1, 8, 32, 64), time of both passes
# against N, then the two speed-up lines. Options given here win over the --gpu settings.
# Usage: tools/gpu_bench.sh [more ccd_bench options, e.g. --limit 400 --precision fp32]
set -euo pipefail
cd "$(dirname "$0")/.."
export CCD_QUIET=1 HF_HUB_OFFLINE=1
venv=${CCD_VENV:-.venv}   # the README's install; falls back to whatever is on PATH
[ -x "$venv/bin/python" ] && export PATH="$PWD/$venv/bin:$PATH"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
python3 -c "import torch; assert torch.cuda.is_available(), 'no CUDA device'; print(torch.__version__, torch.cuda.get_device_name())"
# In bf16 the two loops' outputs are reported, not asserted (the 1e-5 check applies to fp32).
exec ccd_bench --gpu --limit 200 --scaling 100,200,400 --no-sample-run "$@"
