#!/usr/bin/env bash
# Installs the Debian packages guicalc and its tests need: Qt's xcb platform
# libraries, Xvfb and Mesa (software OpenGL for the 3D view), fonts (Noto Sans CJK
# for the Korean and Chinese interface and exported figures), a Python with venv,
# and what the golden-figure tests draw exported files with: librsvg2-bin
# (rsvg-convert), libcairo2 (CairoSVG), poppler-utils (pdftoppm, pdffonts) and
# chromium. Safe to run again; uses sudo when not root. Packages named as arguments
# are installed too (packaging/build.sh adds binutils, CI the desktop-file validators).
set -euo pipefail
packages=(
  python3 python3-venv python3-pip
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libgl1-mesa-dri libfontconfig1 libdbus-1-3
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
  librsvg2-bin libcairo2 poppler-utils chromium
  "$@"
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
