#!/usr/bin/env sh
# Install Regiostem for the current user on Linux: a virtual environment, a launcher and a menu entry.
set -eu
here="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}/regiostem-app"
python3 -m venv "$prefix"
"$prefix/bin/pip" install --upgrade pip >/dev/null
"$prefix/bin/pip" install "$here"
mkdir -p "$HOME/.local/bin" "${XDG_DATA_HOME:-$HOME/.local/share}/applications" "${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
ln -sf "$prefix/bin/delegate-app" "$HOME/.local/bin/delegate-app"
cp "$here/packaging/linux/regiostem.desktop" "${XDG_DATA_HOME:-$HOME/.local/share}/applications/"
if [ -f "$here/resources/icons/regiostem.svg" ]; then
    cp "$here/resources/icons/regiostem.svg" "${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps/regiostem.svg"
fi
echo "Regiostem is geïnstalleerd: start het via het menu of met 'delegate-app'."
