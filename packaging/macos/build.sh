#!/usr/bin/env sh
# Build Regiostem.app and a disk image on macOS (needs pyinstaller and create-dmg or hdiutil).
set -eu
cd "$(dirname "$0")/../.."
python -m delegate_app.ui.i18n_build
pyinstaller packaging/regiostem.spec --noconfirm
hdiutil create -volname Regiostem -srcfolder dist/Regiostem.app -ov -format UDZO dist/Regiostem.dmg
