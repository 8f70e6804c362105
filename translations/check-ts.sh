#!/usr/bin/env bash
# Test: every translatable string of the code is translated in caravan_ru.ts and caravan_kk.ts (and every plural
# in caravan_en.ts), and no .ts entry is obsolete. Runs lupdate on copies, so the committed files are untouched.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$here"/caravan_*.ts "$tmp/"
KEEP_OBSOLETE=1 bash "$here/update-ts.sh" "$tmp"
status=0
for ts in "$tmp"/caravan_*.ts; do
    name="$(basename "$ts")"
    python3 - "$ts" "$name" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
bad = []
for context in ET.parse(path).getroot().iter('context'):
    ctx = context.findtext('name')
    for message in context.iter('message'):
        t = message.find('translation')
        kind = t.get('type') if t is not None else 'missing'
        if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
            bad.append(f"{name}: {kind}: [{ctx}] {message.findtext('source')!r}")
for line in bad[:40]:
    print(line)
if bad:
    print(f"{name}: {len(bad)} entries need work (run translations/update-ts.sh, then translate)")
    sys.exit(1)
print(f"{name}: complete")
PY
done
exit $status
