#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate): new strings come in unfinished, strings no
# longer in the code are dropped. English is the source language: caravan_en.ts holds only plural forms.
# Usage: translations/update-ts.sh [DIR]   (DIR: where to write the .ts files; default: translations/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/translations}"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate="$(command -v lupdate6 || command -v lupdate)"
cd "$root"
common=(-locations none -no-ui-lines -extensions cpp,h -silent -I "$root")
"$lupdate" "${common[@]}" ${KEEP_OBSOLETE:+} $([ -z "${KEEP_OBSOLETE:-}" ] && echo -no-obsolete) \
    models ui app -ts "$out/caravan_ru.ts" "$out/caravan_kk.ts"
"$lupdate" "${common[@]}" -pluralonly $([ -z "${KEEP_OBSOLETE:-}" ] && echo -no-obsolete) \
    models ui app -ts "$out/caravan_en.ts"
