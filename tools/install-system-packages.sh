#!/usr/bin/env bash
# Install the Debian packages the project needs that PyPI and npm cannot provide.
#
#   bash tools/install-system-packages.sh            # the project's packages (below)
#   bash tools/install-system-packages.sh PKG...     # these packages instead
#
# Idempotent: packages already installed are left alone, and the package lists are only
# updated when something is missing. Uses sudo when not run as root.
set -euo pipefail

# chromium: headless browser; renders the diagrams for the PDF and runs the browser tests.
# fonts-dejavu-core: a font, so that Chromium measures and draws diagram labels.
# TeX Live (a small set) and latexmk: the PDF. poppler-utils: pdftotext for the PDF tests.
DEFAULT_PACKAGES=(chromium fonts-dejavu-core texlive-latex-recommended texlive-fonts-recommended
    texlive-latex-extra tex-gyre texlive-lang-german latexmk poppler-utils)

if [[ $# -gt 0 ]]; then
    packages=("$@")
else
    packages=("${DEFAULT_PACKAGES[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-system-packages: already installed: ${packages[*]}"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-packages: apt-get not found. This script supports Debian and" \
        "derivatives; install these packages with your system's package manager:" \
        "${missing[*]}" >&2
    exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
elif command -v sudo >/dev/null 2>&1 && [[ -t 0 ]]; then
    as_root=(sudo)  # asks for the password on the terminal
else
    echo "install-system-packages: need root to install ${missing[*]}, but this is not root" \
        "and sudo is not available without a password. Run as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "install-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
