#!/usr/bin/env bash
# Fails, naming file and line, when a C++ file changed against the base branch breaks the house's identifier names
# (clang-tidy's readability-identifier-naming, configured in .clang-tidy). Only the changed files are read, so the
# check costs seconds and old files are held to it when they are next touched.
# Usage: packaging/check-tidy.sh [BASE]   (BASE: the branch to compare with; default main, else origin/main).
# Needs build/compile_commands.json (the build writes it); run after packaging/build.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base="${1:-}"
if [ -z "$base" ]; then
    for ref in main origin/main; do
        git rev-parse -q --verify "$ref^{commit}" >/dev/null && { base="$ref"; break; }
    done
fi
[ -n "$base" ] || { echo "clang-tidy: no main or origin/main to compare with; nothing checked"; exit 0; }
[ -f build/compile_commands.json ] || { echo "clang-tidy: build/compile_commands.json is missing; build first" >&2; exit 1; }
tidy="$(command -v clang-tidy || command -v clang-tidy-14 || true)"
[ -n "$tidy" ] || { echo "clang-tidy: not installed (packaging/deps.sh installs it)" >&2; exit 1; }
mapfile -t changed < <(git diff --name-only --diff-filter=AM "$(git merge-base HEAD "$base")" -- '*.cpp' '*.h')
# A header is read through the source file of the same name; the sources are what the compile database knows.
files=()
for f in "${changed[@]}"; do
    case "$f" in
    *.h) [ -f "${f%.h}.cpp" ] && files+=("${f%.h}.cpp") ;;
    *) [ -f "$f" ] && files+=("$f") ;;
    esac
done
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | grep -v '^$' || true)
mapfile -t files < <(for f in "${files[@]}"; do grep -q "\"file\": \"$PWD/$f\"" build/compile_commands.json && echo "$f"; done)
if [ ${#files[@]} -eq 0 ]; then
    echo "clang-tidy: no changed C++ source against $base"
    exit 0
fi
# GCC's warning flags mean nothing to clang: without this each would be an error.
# Two at a time (the CI machine has two cores); xargs fails when any file does.
printf '%s\0' "${files[@]}" |
    xargs -0 -n 4 -P 2 "$tidy" -p build --quiet --checks='-*,readability-identifier-naming' \
        --warnings-as-errors='readability-identifier-naming' --extra-arg=-Wno-unknown-warning-option 2>/dev/null ||
    { echo "clang-tidy: identifier names above break .clang-tidy's naming (files changed against $base)" >&2; exit 1; }
echo "clang-tidy: identifier names clean in ${#files[@]} files changed against $base"
