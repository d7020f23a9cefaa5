#!/usr/bin/env bash
# A throwaway PartnerHelp cluster on this machine: one PostgreSQL (Debian package binaries, a temp folder, a
# loopback port) and N nodes of the site (Release build, loopback ports), optionally nginx on loopback as a
# round-robin load balancer. Every node is a Hangfire server on Hangfire.PostgreSql in the application database
# (Database:Provider=PostgreSql makes that the storage), named node-1..node-N (Jobs:ServerName) on the dashboard's
# servers page. Everything binds to 127.0.0.1.
#
#   scripts/cluster.sh [start] [-n N] [--nginx] [--install-nginx] [--env NAME] [--no-build] [--detach]
#   scripts/cluster.sh stop
#
# start (default) prints the URLs and waits; Ctrl-C tears everything down. --detach returns once the nodes
# are healthy (stop them with `scripts/cluster.sh stop`). --nginx uses an installed nginx; --install-nginx
# installs the Debian package first. --env picks ASPNETCORE_ENVIRONMENT (default Development: the retry and
# settlement delays of appsettings.json are seconds, Production's are hours). Extra settings for every node
# go in the environment as usual, e.g. Jobs__PaymentSimulator__Latency=00:00:00 scripts/cluster.sh -n 3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pointer="$root/artifacts/cluster/current"

nodes=2; use_nginx=0; install_nginx=0; environment=Development; build=1; detach=0; command=start
while (($#)); do
  case "$1" in
    start|stop) command=$1 ;;
    -n|--nodes) nodes=$2; shift ;;
    --nginx) use_nginx=1 ;;
    --install-nginx) use_nginx=1; install_nginx=1 ;;
    --env) environment=$2; shift ;;
    --no-build) build=0 ;;
    --detach) detach=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || { echo "-n wants 1..99 nodes" >&2; exit 2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# initdb refuses to run as root: PostgreSQL runs as the postgres user when we are root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
taken=" "
# Sets $port to a random loopback port nobody answers on and that this script has not handed out yet.
next_port() {
  while true; do
    port=$((20000 + RANDOM % 40000))
    case "$taken" in *" $port "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then taken="$taken$port "; return; fi
  done
}

stop_cluster() {
  local dir
  dir=$(cat "$pointer" 2>/dev/null || true)
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then echo "no cluster running"; rm -f "$pointer"; return 0; fi
  echo "==> stopping the cluster in $dir"
  if [ -f "$dir/nginx/nginx.pid" ]; then kill -QUIT "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true; fi
  local pids=()
  for f in "$dir"/node-*.pid; do [ -f "$f" ] && pids+=("$(cat "$f")"); done
  # SIGTERM: each node finishes its running jobs (within its shutdown timeout) and leaves Hangfire's servers list.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 60); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  if [ -f "$dir/pg.bin" ]; then as_postgres "$(cat "$dir/pg.bin")/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir" "$pointer"
  echo "==> stopped"
}

if [ "$command" = stop ]; then stop_cluster; exit 0; fi
if [ -f "$pointer" ] && [ -d "$(cat "$pointer")" ]; then
  echo "a cluster is already running ($(cat "$pointer")); run: scripts/cluster.sh stop" >&2; exit 1
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "==> installing postgresql (Debian package)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
if [ "$use_nginx" -eq 1 ] && ! command -v nginx >/dev/null 2>&1; then
  if [ "$install_nginx" -eq 1 ]; then
    echo "==> installing nginx (Debian package)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
  else
    echo "nginx is not installed: use --install-nginx, or leave out --nginx" >&2; exit 1
  fi
fi

site="$root/src/PartnerHelp.Web/bin/Release/net10.0"
if [ "$build" -eq 1 ]; then
  echo "==> build (Release)"
  dotnet build src/PartnerHelp.Web -c Release -nologo -clp:ErrorsOnly
fi
[ -f "$site/PartnerHelp.Web.dll" ] || { echo "no build at $site (drop --no-build)" >&2; exit 1; }

dir=$(mktemp -d /tmp/partnerhelp-cluster.XXXXXX)
chmod 755 "$dir"
mkdir -p "$(dirname "$pointer")" "$dir/pg" "$dir/mail-pickup"
echo "$dir" > "$pointer"
echo "$bin" > "$dir/pg.bin"
if [ "$detach" -eq 0 ]; then trap 'echo; stop_cluster; exit 0' INT TERM; fi
fail() { echo "$1" >&2; [ -n "${2:-}" ] && tail -n 40 "$2" >&2; stop_cluster; exit 1; }

next_port; pg_port=$port
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/pg"
echo "==> PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$pg_port"
as_postgres "$bin/initdb" -D "$dir/pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 || fail "initdb failed" "$dir/initdb.log"
as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg -c max_connections=300" start >/dev/null || fail "PostgreSQL did not start" "$dir/pg/log"
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres partnerhelp
connection="Host=127.0.0.1;Port=$pg_port;Database=partnerhelp;Username=postgres"

# All nodes start at once: the first to take the start-up advisory lock creates the schema and demo data; Hangfire
# creates its own schema ("hangfire") under its own lock.
ports=()
for i in $(seq 1 "$nodes"); do
  next_port; ports+=("$port")
  (
    cd "$site"
    export ASPNETCORE_ENVIRONMENT="$environment" Database__Provider=PostgreSql ConnectionStrings__PartnerHelp="$connection"
    export Jobs__ServerName="node-$i" Jobs__MailPickupFolder="$dir/mail-pickup"
    # Behind nginx the client's address comes from X-Forwarded-For, so per-address rate limits stay per client.
    if [ "$use_nginx" -eq 1 ]; then export Network__TrustedProxies__0=127.0.0.1; fi
    exec dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$dir/node-$i.log" 2>&1 &
  echo $! > "$dir/node-$i.pid"
done
echo "==> waiting for $nodes node(s)"
for i in $(seq 1 "$nodes"); do
  port=${ports[$((i - 1))]}
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    kill -0 "$(cat "$dir/node-$i.pid")" 2>/dev/null || fail "node-$i exited" "$dir/node-$i.log"
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || fail "node-$i did not become healthy" "$dir/node-$i.log"
done

lb=""
if [ "$use_nginx" -eq 1 ]; then
  next_port; lb_port=$port
  mkdir -p "$dir/nginx/temp"
  {
    echo "worker_processes 1; pid $dir/nginx/nginx.pid; error_log $dir/nginx/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log $dir/nginx/access.log; client_body_temp_path $dir/nginx/temp/body; proxy_temp_path $dir/nginx/temp/proxy;"
    echo "  fastcgi_temp_path $dir/nginx/temp/fastcgi; uwsgi_temp_path $dir/nginx/temp/uwsgi; scgi_temp_path $dir/nginx/temp/scgi;"
    echo "  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }"
    # Round robin, no sticky sessions on purpose: any node must serve any request.
    echo "  upstream partnerhelp {"
    for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$lb_port;"
    echo "    location / {"
    echo "      proxy_pass http://partnerhelp; proxy_http_version 1.1;"
    echo "      proxy_set_header Host \$http_host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "      proxy_set_header Upgrade \$http_upgrade; proxy_set_header Connection \$connection_upgrade; proxy_read_timeout 300s;"
    echo "      proxy_next_upstream error timeout http_502 http_503;"
    echo "    }"
    echo "  }"
    echo "}"
  } > "$dir/nginx/nginx.conf"
  nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" || fail "nginx did not start" "$dir/nginx/error.log"
  lb="http://127.0.0.1:$lb_port"
fi

echo
echo "PartnerHelp cluster ($nodes node(s), state in $dir):"
echo "  PostgreSQL      $connection"
for i in $(seq 1 "$nodes"); do
  echo "  node-$i          http://127.0.0.1:${ports[$((i - 1))]}   (log $dir/node-$i.log)"
done
[ -n "$lb" ] && echo "  load balancer   $lb   (nginx, round robin; config $dir/nginx/nginx.conf)"
echo "  dashboard       /admin/jobs/servers as ops@partnerhelp.example (password PartnerHelp!1)"
echo "NODES=$(for p in "${ports[@]}"; do printf 'http://127.0.0.1:%s ' "$p"; done)"
echo "DATABASE=$connection"
if [ "$detach" -eq 1 ]; then
  echo "stop with: scripts/cluster.sh stop"
  exit 0
fi
echo "Ctrl-C stops everything."
while true; do sleep 1; done
