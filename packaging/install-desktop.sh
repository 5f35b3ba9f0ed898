#!/usr/bin/env bash
# Adds guicalc to the current user's desktop: the menu entry, the icon at every size
# and the .guicalc file type (double-click a lesson to open it in guicalc).
#   bash packaging/install-desktop.sh [path/to/guicalc]   install
#   bash packaging/install-desktop.sh --uninstall         remove again
# The menu entry runs the given executable; by default the bundle built by
# packaging/build.sh (dist/guicalc/guicalc), else the guicalc command on PATH.
# Files go under ${XDG_DATA_HOME:-~/.local/share}; nothing needs root.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes=(16 32 48 64 128 256 512)
files=("$data/applications/guicalc.desktop" "$data/mime/packages/guicalc.xml"
       "$data/icons/hicolor/scalable/apps/guicalc.svg")
for size in "${sizes[@]}"; do
  files+=("$data/icons/hicolor/${size}x${size}/apps/guicalc.png")
done

refresh() {
  # Each cache is optional: desktops without these tools read the files directly.
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications"; fi
  # An icon cache only where one exists: a new one would hide icons other programs add later.
  if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "${files[@]}"
  refresh
  echo "removed guicalc's menu entry, icons and file type from $data"
  exit 0
fi

exe=${1:-}
if [ -z "$exe" ]; then
  if [ -x "$here/dist/guicalc/guicalc" ]; then
    exe=$here/dist/guicalc/guicalc
  elif command -v guicalc >/dev/null; then
    exe=$(command -v guicalc)
  else
    echo "no guicalc to run: build it (bash packaging/build.sh) or give its path" >&2
    exit 1
  fi
fi
[ -x "$exe" ] || { echo "$exe is not an executable" >&2; exit 1; }
exe=$(realpath "$exe")
case $exe in
  *[\"\`\$\\%]* | *$'\n'*)
    # The Desktop Entry spec would need these escaped twice over; refuse rather than guess.
    echo "the path $exe holds a character (\" \` \$ \\ %) a menu entry cannot run safely; move guicalc" >&2
    exit 1 ;;
esac

install -d "$data/applications" "$data/mime/packages"
for size in "${sizes[@]}"; do
  install -D -m 644 "$here/resources/icons/guicalc-$size.png" "$data/icons/hicolor/${size}x${size}/apps/guicalc.png"
done
install -D -m 644 "$here/resources/icons/guicalc.svg" "$data/icons/hicolor/scalable/apps/guicalc.svg"
install -m 644 "$here/packaging/guicalc-mime.xml" "$data/mime/packages/guicalc.xml"
# The packaged entry says Exec=guicalc %f; this one runs the chosen executable (quoted: paths may hold spaces).
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s" %%f\n' "$exe" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/packaging/guicalc.desktop" > "$data/applications/guicalc.desktop"
refresh
echo "installed guicalc ($exe) in $data: applications/guicalc.desktop, icons/hicolor, mime/packages/guicalc.xml"
