#!/usr/bin/env bash
# Builds the image's base without a Docker daemon or a registry: a Debian trixie root file system from Debian's
# packages (mmdebstrap; Debian package `mmdebstrap`) with a Java 21 runtime, Python 3 and bubblewrap, wrapped as a
# one-layer `docker save` tarball that Jib takes as `tar://...` (the `image` profile's default base).
#   scripts/base-image.sh [OUT]   (default: build/base-image.tar; needs root, or mmdebstrap's unshare mode)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/base-image.tar}"
suite="${SUITE:-trixie}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: sudo apt-get install mmdebstrap" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/image" "$(dirname "$out")"

# essential + these packages: no apt. Documentation and locales are left out, but man1 must exist: the JRE's
# postinst links its manual page there with update-alternatives.
mmdebstrap --variant=essential \
  --include=openjdk-21-jre-headless,python3,bubblewrap,ca-certificates,tzdata \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='echo "skilltree:x:10001:10001:skilltree:/data:/usr/sbin/nologin" >>"$1/etc/passwd"' \
  --customize-hook='echo "skilltree:x:10001:" >>"$1/etc/group"' \
  --customize-hook='mkdir -p "$1/data" && chown 10001:10001 "$1/data"' \
  --customize-hook='rm -rf "$1"/var/cache/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
  "$suite" "$work/image/layer.tar" "$mirror" >&2

diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
java_home="$(tar -tf "$work/image/layer.tar" | sed -n 's#^\./\(usr/lib/jvm/java-21-openjdk-[a-z0-9]*\)/bin/java$#/\1#p' | head -1)"
[ -n "$java_home" ] || { echo "no Java 21 runtime in the root file system" >&2; exit 1; }
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
           "User":"10001:10001","WorkingDir":"/data"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
cat >"$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["skilltree-base:$suite"],"Layers":["layer.tar"]}]
JSON
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "$out: $(du -h "$out" | cut -f1), Debian $suite, Java $(basename "$java_home"), $diff_id"
