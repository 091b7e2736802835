#!/usr/bin/env bash
# pg_dump, pg_restore and psql of one PostgreSQL major version, for BackupRestoreTests: bin/backup.sh
# needs a client of the server's major version or newer, and the tests' server is production's.
#
#   .ci/postgresql-client.sh 18      prints the directory holding pg_dump, pg_restore and psql
#
# 1. /usr/lib/postgresql/<major>/bin when Debian's (or PGDG's) postgresql-client-<major> is installed.
# 2. Else the copy built earlier in ${XDG_CACHE_HOME:-~/.cache}/cchc-portal/postgresql-client-<major>.
# 3. Else it builds that copy: the client programs only (no server), from Debian's own source package
#    postgresql-<major>, fetched with apt-get from the newest Debian suites into a private apt state
#    (the machine's apt sources and packages are left alone). Debian 12 and 13 carry older majors
#    only, and the newer suites' binary packages need a newer libc, hence the build: about 1.5 min
#    on 2 cores the first time, nothing afterwards. As root it installs the build tools it lacks
#    (gcc, make, bison, flex, zlib and OpenSSL headers) from the machine's own suite.
set -euo pipefail

major=${1:?usage: .ci/postgresql-client.sh <PostgreSQL major version>}
prefix="${XDG_CACHE_HOME:-$HOME/.cache}/cchc-portal/postgresql-client-$major"

# The major version of the client programs in a directory, or nothing.
client_major() {
  [ -x "$1/pg_dump" ] && [ -x "$1/pg_restore" ] && [ -x "$1/psql" ] || return 0
  "$1/pg_dump" --version 2>/dev/null | sed -nE 's/^pg_dump \(PostgreSQL\) ([0-9]+).*/\1/p'
}

for bin in "/usr/lib/postgresql/$major/bin" "$prefix/bin"; do
  if [ "$(client_major "$bin")" = "$major" ]; then
    echo "$bin"
    exit 0
  fi
done

mkdir -p "$(dirname "$prefix")"
exec 9> "$prefix.lock"
flock 9 # one build at a time; a second caller waits and then finds the first one's
if [ "$(client_major "$prefix/bin")" = "$major" ]; then
  echo "$prefix/bin"
  exit 0
fi

started=$SECONDS
missing=()
for tool in gcc make bison flex perl; do command -v "$tool" > /dev/null || missing+=("$tool"); done
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "postgresql-client.sh: missing ${missing[*]}; install them (apt-get install ${missing[*]}) and run it again" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Debian's source package, checked against the suites' signed indexes, in a private apt state.
mkdir -p "$work/apt/lists/partial" "$work/src"
cat > "$work/apt/sources.list" << EOF
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian forky main
EOF
apt_private=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent
  -o "Dir::State::Lists=$work/apt/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
  -o APT::Sandbox::User=root -qq)
apt-get "${apt_private[@]}" update >&2
(cd "$work/src" && apt-get "${apt_private[@]}" source --download-only "postgresql-$major" > /dev/null)
tar -xf "$work"/src/postgresql-"$major"_*.orig.tar.* -C "$work/src"
cd "$work"/src/postgresql-"$major".*/

# Only what pg_dump, pg_restore and psql need: libpq and the front-end libraries.
./configure --quiet --prefix="$prefix" --without-icu --without-readline --with-zlib --with-openssl > /dev/null
make -s -C src/backend generated-headers > /dev/null
for dir in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do
  make -s -j"$(nproc)" -C "$dir" > /dev/null
  make -s -C "$dir" install DESTDIR="$work/install" > /dev/null
done

# Built for $prefix (its libpq found there through the rpath), staged elsewhere, moved in whole.
rm -rf "$prefix"
mv "$work/install$prefix" "$prefix"
[ "$(client_major "$prefix/bin")" = "$major" ] || { echo "postgresql-client.sh: the build in $prefix does not work" >&2; exit 1; }
echo "postgresql-client.sh: built $("$prefix/bin/pg_dump" --version) in $((SECONDS - started)) s" >&2
echo "$prefix/bin"
