#!/usr/bin/env bash
# Signs Desktop Chat.app, packs it into a .dmg with hdiutil, signs and notarises the .dmg.
# Usage: packaging/macos/make_dmg.sh "path/Desktop Chat.app" path/DesktopChat-VERSION.dmg
#
# Each step runs only when its credentials are in the environment, and says so otherwise:
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" in the keychain → signing
#                             (hardened runtime, packaging/macos/entitlements.plist); without it the
#                             app keeps PyInstaller's ad-hoc signature (fine on the build Mac only).
#   Notarisation (needs signing), either
#     MACOS_NOTARY_PROFILE    a `xcrun notarytool store-credentials` keychain profile, or
#     MACOS_NOTARY_KEY_PATH + MACOS_NOTARY_KEY_ID + MACOS_NOTARY_ISSUER   an App Store Connect API key.
# No secret is ever passed on a command line.
set -euo pipefail
app=$1
dmg=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { printf '    %s\n' "$*" >&2; }

identity=${MACOS_CODESIGN_IDENTITY:-}
if [[ -n $identity ]]; then
  say "signing $(basename "$app") as: $identity"
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" --sign "$identity" "$app"
  codesign --verify --deep --strict "$app"
else
  say "signing skipped: MACOS_CODESIGN_IDENTITY is not set (the app keeps an ad-hoc signature)"
fi

stage=$(mktemp -d -t desktop-chat-dmg)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
say "creating $(basename "$dmg") with hdiutil"
hdiutil create -quiet -volname "Desktop Chat" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [[ -n $identity ]]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi

notary=()
if [[ -n ${MACOS_NOTARY_PROFILE:-} ]]; then
  notary=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n ${MACOS_NOTARY_KEY_PATH:-} && -n ${MACOS_NOTARY_KEY_ID:-} && -n ${MACOS_NOTARY_ISSUER:-} ]]; then
  notary=(--key "$MACOS_NOTARY_KEY_PATH" --key-id "$MACOS_NOTARY_KEY_ID" --issuer "$MACOS_NOTARY_ISSUER")
fi
if [[ ${#notary[@]} -eq 0 ]]; then
  say "notarisation skipped: set MACOS_NOTARY_PROFILE or MACOS_NOTARY_KEY_PATH/_KEY_ID/_ISSUER"
elif [[ -z $identity ]]; then
  say "notarisation skipped: Apple notarises only signed apps (set MACOS_CODESIGN_IDENTITY)"
else
  say "notarising $(basename "$dmg") (this waits for Apple's answer)"
  xcrun notarytool submit "$dmg" "${notary[@]}" --wait
  xcrun stapler staple "$dmg"
fi
