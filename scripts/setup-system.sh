#!/usr/bin/env bash
# System packages that rendering needs, installed with apt-get when missing:
#   chromium        prints the PDFs (driven by Playwright; no browser download)
#   fonts-wqy-microhei  Chinese text in the HTML, the PDFs and the charts: a CJK font
#                   with TrueType outlines, which Chromium embeds in PDFs as a
#                   subsetted CID TrueType font (the CFF-outline fonts-noto-cjk
#                   would be embedded as Type 3 fonts, rendering.md)
#   poppler-utils   pdftotext/pdftoppm/pdffonts, to look at the PDFs (only
#                   installed together with the others)
# Does nothing when `chromium` and WenQuanYi Micro Hei (`fc-list`) are there.
# Needs root and Debian (or a derivative) to install; otherwise says what to install.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1; }
have_cjk_font() { command -v fc-list >/dev/null 2>&1 && [[ "$(fc-list : family 2>/dev/null)" == *"WenQuanYi Micro Hei"* ]]; }

if have_chromium && have_cjk_font; then
  exit 0
fi

missing=()
have_chromium || missing+=(chromium)
have_cjk_font || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

hint="rendering briefings needs: ${missing[*]}"

if ! command -v apt-get >/dev/null 2>&1 || [ ! -e /etc/debian_version ]; then
  cat >&2 <<EOF
error: $hint
This is not a Debian system, so this script cannot install them. Install:
  - Chromium or Google Chrome (then, if it is not on PATH as 'chromium',
    set ANALYSIS_CHROMIUM=/path/to/the/browser);
  - a Chinese font with TrueType outlines: WenQuanYi Micro Hei (so that PDFs embed
    no Type 3 font; Noto Sans CJK SC, PingFang SC or Microsoft YaHei also render,
    with Type 3 fonts in the PDFs), visible to fontconfig (fc-list).
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

if ! have_chromium || ! have_cjk_font; then
  echo "error: apt-get finished but chromium or a Chinese font is still missing ($hint)" >&2
  exit 1
fi
echo "installed ${missing[*]}" >&2
