#!/usr/bin/env bash
# A newer Hugo beside Debian's 0.111, for the sample-site builds: Debian unstable's package, fetched
# with a private sources list and unpacked into .hugo/ (never installed). Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.hugo/new
if [ ! -x "$dest/usr/bin/hugo" ]; then
  work=$(mktemp -d)
  echo "deb http://deb.debian.org/debian unstable main" > "$work/unstable.list"
  mkdir -p "$work/state/lists/partial" "$work/cache/archives/partial"
  opts=(-o "Dir::Etc::SourceList=$work/unstable.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State=$work/state" -o "Dir::Cache=$work/cache")
  # A mirror hiccup should not fail CI: three tries.
  for try in 1 2 3; do
    if apt-get "${opts[@]}" update -qq >/dev/null 2>&1 && (cd "$work" && apt-get "${opts[@]}" download hugo >/dev/null 2>&1); then break; fi
    [ "$try" = 3 ] && { echo "could not download Debian unstable's hugo" >&2; exit 1; }
    sleep 5
  done
  mkdir -p "$dest"
  dpkg-deb -x "$work"/hugo_*.deb "$dest"
  rm -rf "$work"
fi
echo "$PWD/$dest/usr/bin/hugo"
