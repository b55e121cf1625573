#!/usr/bin/env bash
# `npm test`: lint, type check, import cycles, unit tests, integration tests on a throwaway PostgreSQL 15,
# and browser tests in Debian's Chromium. Installs PostgreSQL and Chromium with apt-get where missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ="${TZ:-Europe/Warsaw}"

step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "Need root to run: $*" >&2; return 1; fi; }
apt_install() {
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

[ -d node_modules/.bin ] || { step "npm install"; npm install --no-audit --no-fund; }

step "lint (biome)"
npx biome check .
step "type check (tsc)"
npx tsc -p tsconfig.json --noEmit
step "import cycles (dependency-cruiser)"
node scripts/check-cycles.mjs
step "unit tests"
npx vitest run --project unit

# --- a throwaway PostgreSQL 15 cluster, unless DATABASE_URL points at one already ---
if [ -z "${DATABASE_URL:-}" ]; then
  PGBIN=/usr/lib/postgresql/15/bin
  if [ ! -x "$PGBIN/initdb" ]; then step "installing PostgreSQL 15 (apt-get)"; apt_install postgresql postgresql-contrib; fi
  PGTMP=$(mktemp -d /tmp/ostoja-pg.XXXXXX)
  PGPORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres: "$PGTMP"
  run_pg "$PGBIN/initdb -D $PGTMP/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --locale-provider=icu --icu-locale=pl-PL" >/dev/null
  run_pg "$PGBIN/pg_ctl -D $PGTMP/data -o '-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200' -l $PGTMP/log -w start" >/dev/null
  trap 'run_pg "$PGBIN/pg_ctl -D $PGTMP/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PGTMP"' EXIT
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
  echo "PostgreSQL $($PGBIN/postgres --version | awk '{print $3}') on port $PGPORT"
fi

# Tools the tests use to read what the app produces (PDF text, DOCX), and the proxy of the
# two-instance test.
missing=""
command -v pdftotext >/dev/null || missing="$missing poppler-utils"
command -v unzip >/dev/null || missing="$missing unzip"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$missing nginx"
if [ -n "$missing" ]; then step "installing$missing (apt-get)"; apt_install $missing; fi

step "integration tests (real PostgreSQL)"
npx vitest run --project int

if [ ! -x /usr/lib/chromium/chromium ]; then step "installing Chromium (apt-get)"; apt_install chromium; fi
step "building the web app"
npm run build --silent -w apps/web
step "browser tests (Chromium)"
npx vitest run --project e2e

printf '\nAll checks passed.\n'
