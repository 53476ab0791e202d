#!/usr/bin/env bash
# Installs what the program and its tests need on a fresh Debian/Ubuntu machine:
# the system libraries Qt loads, poppler (PDF checks), Xvfb (screenshots), then a venv in .venv.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-glx0 libxcb-sync1
  libxcb-xfixes0 libxcb-shm0 libxcb-util1 libxcb-render0 poppler-utils python3-venv
)

install_missing() {
  local missing=() p
  if command -v dpkg-query >/dev/null 2>&1; then
    for p in "$@"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    local SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
install_missing "${SYSTEM_PACKAGES[@]}"

# The distribution's own Python where it is recent enough (what python3-venv above is for): Debian's and Ubuntu's
# are built with profile-guided and link-time optimisation and score a batch row about a sixth faster than a
# Python built by hand with a shared libpython (pyenv's way). PYTHON=... chooses another.
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    PYTHON=/usr/bin/python3
    # its shared libpython, which the desktop bundle (PyInstaller) is built around
    install_missing "libpython$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  log=$(mktemp)
  if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e ".[test]"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing the Python packages failed (log above)." >&2
    exit 1
  fi
  rm -f "$log"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# The wizard's translations: .qm files built from the committed .ts files (not committed themselves).
bash scripts/build_translations.sh
