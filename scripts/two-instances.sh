#!/usr/bin/env bash
# Two app instances on one PostgreSQL behind nginx (round robin), as a centre would run them.
# Usage: DATABASE_URL=postgres://… scripts/two-instances.sh [proxy-port]   (Ctrl-C stops all)
# Prints "READY http://127.0.0.1:<port>" when both instances answer through the proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL server}"
PROXY_PORT="${1:-3100}"
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
DIR=$(mktemp -d /tmp/ostoja-2i.XXXXXX)
A=$(free_port); B=$(free_port)
pids=()
cleanup() {
  "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -s stop 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

# Migrate and seed once, then start both instances without racing each other.
node --import tsx apps/server/src/migrate-cli.ts >/dev/null
for pair in "a:$A" "b:$B"; do
  name=${pair%%:*}; port=${pair##*:}
  OSTOJA_TRUST_PROXY=loopback OSTOJA_INSTANCE_NAME=$name PORT=$port HOST=127.0.0.1 node --import tsx apps/server/src/main.ts >"$DIR/$name.log" 2>&1 &
  pids+=($!)
  echo "instance $name pid $! port $port" >&2
done
cat >"$DIR/nginx.conf" <<CONF
pid $DIR/nginx.pid;
error_log $DIR/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $DIR/body;
  proxy_temp_path $DIR/proxy;
  upstream ostoja { server 127.0.0.1:$A max_fails=1 fail_timeout=2s; server 127.0.0.1:$B max_fails=1 fail_timeout=2s; }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://ostoja;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream error timeout http_502;
    }
  }
}
CONF
"$NGINX" -p "$DIR" -c "$DIR/nginx.conf"
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$A/api/health" >/dev/null && curl -fs "http://127.0.0.1:$B/api/health" >/dev/null; then
    echo "READY http://127.0.0.1:$PROXY_PORT a=$A b=$B pids=${pids[*]}"
    wait
    exit 0
  fi
  sleep 0.5
done
echo "instances did not start; logs in $DIR" >&2
cat "$DIR"/*.log >&2
exit 1
