#!/bin/sh
# macOS: put the .app that build.py froze into a compressed disk image.
# UNTESTED on this project's machines (Linux only); needs macOS (hdiutil ships with it).
#
#   python packaging/build.py [--pack P.yaml --name "Acme Career Compass" --icon logo.png]
#   sh packaging/macos/make-dmg.sh <id> "<Product name>" <version>
#   -> dist/<id>-<version>-macos.dmg
#
# The app is not signed or notarised: Gatekeeper will ask learners to right-click > Open the
# first time. A bootcamp with an Apple Developer ID signs it before this step:
#   codesign --deep --force --options runtime --sign "Developer ID Application: ..." "$APP"
#   (then xcrun notarytool submit ... --wait and xcrun stapler staple "$APP")
set -eu
ID="${1:-pathfinder}"
NAME="${2:-Pathfinder}"
VERSION="${3:?give the version, e.g. 0.1.0}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/build/$ID/bundle/$NAME.app"
OUT="$ROOT/dist/$ID-$VERSION-macos.dmg"
[ -d "$APP" ] || { echo "make-dmg.sh: $APP not found: run packaging/build.py first" >&2; exit 1; }
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag the app onto this to install it
mkdir -p "$ROOT/dist"
rm -f "$OUT"
hdiutil create -volname "$NAME" -srcfolder "$STAGE" -ov -format UDZO "$OUT"
echo "wrote $OUT"
