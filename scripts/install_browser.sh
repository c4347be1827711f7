#!/usr/bin/env bash
# Installs what tests/python/test_browser.py needs from Debian's packages, when missing:
# Chromium (the headless browser) and a font with Chinese characters (to draw labels).
set -euo pipefail
if command -v chromium >/dev/null && fc-list ':charset=4e2d' family 2>/dev/null | grep -q .; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
packages=(chromium fonts-wqy-microhei fontconfig)
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
"${sudo[@]}" apt-get install -y -q "${packages[@]}" >/dev/null ||
    { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "${packages[@]}" >/dev/null; }
echo "installed ${packages[*]}"
