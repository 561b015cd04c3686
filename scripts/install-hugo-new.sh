#!/usr/bin/env bash
# A newer Hugo beside Debian's 0.111, for the sample-site builds: Debian unstable's package, fetched from
# this machine's own configured Debian mirror (read from its apt sources, with the suite changed to
# unstable) with a private sources list, and unpacked into .hugo/new (never installed). Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.hugo/new

# The first Debian archive the machine's apt sources name for its release (not -security or -updates),
# in the deb822 form (*.sources) or the one-line form (sources.list, *.list).
debian_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
      {
        uris = ""; suites = ""; types = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
          if ($i ~ /^Types:/) types = $i
          if ($i ~ /^Enabled:[ \t]*no/) enabled = "no"
        }
        if (enabled == "yes" && types ~ /(^|[ \t])deb([ \t]|$)/ && uris ~ /debian/ && (" " suites " ") ~ / [a-z]+ /) {
          split(uris, u, /[ \t]+/); print u[1]; exit
        }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -E 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && $2 ~ /debian/ && $3 ~ /^[a-z]+$/ { print $2; exit }'
  done
}

if [ ! -x "$dest/usr/bin/hugo" ]; then
  mirror=$(debian_mirror | head -n 1)
  if [ -z "$mirror" ]; then
    echo "No Debian mirror in this machine's apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): add one, or install a Hugo of 0.146 or newer by hand." >&2
    exit 1
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "deb $mirror unstable main" > "$work/unstable.list"
  mkdir -p "$work/state/lists/partial" "$work/cache/archives/partial"
  opts=(-o "Dir::Etc::SourceList=$work/unstable.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State=$work/state" -o "Dir::Cache=$work/cache")
  # A mirror hiccup should not fail CI: three tries.
  for try in 1 2 3; do
    if apt-get "${opts[@]}" update -qq >/dev/null 2>&1 && (cd "$work" && apt-get "${opts[@]}" download hugo >/dev/null 2>&1); then break; fi
    [ "$try" = 3 ] && { echo "could not download hugo from $mirror (suite unstable)" >&2; exit 1; }
    sleep 5
  done
  mkdir -p "$dest"
  dpkg-deb -x "$work"/hugo_*.deb "$dest"
fi
# The package is unpacked, not installed: the libraries it links (libsass1, libwebp7) come with Debian's hugo.
if ! problem=$("$dest/usr/bin/hugo" version 2>&1 >/dev/null); then
  echo "$dest/usr/bin/hugo does not run: $problem" >&2
  echo "Install its libraries from Debian (they come with Debian's hugo): apt-get install hugo, or apt-get install libsass1 libwebp7." >&2
  exit 1
fi
echo "$PWD/$dest/usr/bin/hugo"
