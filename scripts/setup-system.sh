#!/usr/bin/env bash
# System packages that rendering needs, installed with apt-get when missing:
#   chromium        prints the PDFs (driven by Playwright; no browser download)
#   the fonts of src/analysis/fonts.py (the one list the code and the tests read):
#     fonts-wqy-microhei  Chinese text in the HTML, the PDFs and the charts: a CJK
#                   font with TrueType outlines, which Chromium embeds in PDFs as
#                   a subsetted CID TrueType font (rendering.md)
#     fonts-dejavu-core   Latin text and digits in the charts (most images have it)
#   poppler-utils   pdftotext/pdftoppm/pdffonts, to look at the PDFs (only
#                   installed together with the others)
# Does nothing when `chromium` and every font family of fonts.py (`fc-list`) are there.
# Needs root and Debian (or a derivative) to install; otherwise says what to install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v python3 >/dev/null 2>&1 || { echo "error: python3 is needed (on Debian: apt-get install python3 python3-venv)" >&2; exit 1; }
# "package<TAB>family" lines: the fonts the set-up installs (src/analysis/fonts.py)
mapfile -t FONTS < <(python3 "$here/src/analysis/fonts.py")
[ "${#FONTS[@]}" -gt 0 ] || { echo "error: src/analysis/fonts.py listed no fonts" >&2; exit 1; }

have_chromium() { command -v chromium >/dev/null 2>&1; }
have_family() { command -v fc-list >/dev/null 2>&1 && [[ "$(fc-list : family 2>/dev/null)" == *"$1"* ]]; }
missing_fonts() {
  local line
  for line in "${FONTS[@]}"; do
    have_family "${line#*$'\t'}" || echo "${line%%$'\t'*}"
  done
}

if have_chromium && [ -z "$(missing_fonts)" ]; then
  exit 0
fi

missing=()
have_chromium || missing+=(chromium)
mapfile -t -O "${#missing[@]}" missing < <(missing_fonts)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

hint="rendering briefings needs: ${missing[*]}"

if ! command -v apt-get >/dev/null 2>&1 || [ ! -e /etc/debian_version ]; then
  cat >&2 <<EOF
error: $hint
This is not a Debian system, so this script cannot install them. Install:
  - Chromium or Google Chrome (then, if it is not on PATH as 'chromium',
    set ANALYSIS_CHROMIUM=/path/to/the/browser);
  - the fonts WenQuanYi Micro Hei (Chinese, TrueType outlines, so that PDFs embed
    no Type 3 font) and DejaVu Sans, visible to fontconfig (fc-list).
EOF
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<EOF
error: $hint
Run as root (or with sudo):
  apt-get update && apt-get install -y ${missing[*]}
EOF
  exit 1
fi

echo "installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

if ! have_chromium || [ -n "$(missing_fonts)" ]; then
  echo "error: apt-get finished but chromium or a font is still missing ($hint)" >&2
  exit 1
fi
echo "installed ${missing[*]}" >&2
