#!/usr/bin/env bash
# Re-resolve constraints.txt: the newest releases that pyproject.toml's ranges admit, with
# the test and lint extras and nox, pinned exactly. Run the tests before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3.11}
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT

"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet ".[test,lint]" nox
{
    sed -n '/^#/p' constraints.txt
    "$venv/bin/python" -m pip freeze --exclude sphinx-lastenheft
} >constraints.txt.new
mv constraints.txt.new constraints.txt
git --no-pager diff --stat -- constraints.txt || true
