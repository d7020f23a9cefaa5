# Helpers shared by the load scripts (sourced by scripts/bench.sh). Every site started here is killed on exit.
# shellcheck shell=bash

# The published site (scripts/bench.sh runs `dotnet publish`), as production runs it, and the load tool published the
# same way (ReadyToRun): the jobs benchmark runs the site's code in it as a reference.
web_dir="$root/artifacts/publish/web"
load_tool=(dotnet "$root/artifacts/publish/load/PartnerHelp.Load.dll")
started_pids=()
password='PartnerHelp!1'
# The deployment's environment for the site (docs/performance.md, "Deployment"): the collector's gen0 budget at 32 MB.
# .NET 10 reads this setting from the environment only (runtimeconfig.json's System.GC.Gen0Size and GCgen0size are
# ignored), so a deployment sets it where it starts the site, and so does every site started here. SITE_GEN0SIZE=
# (empty) starts the sites without it; another hex value tries another budget.
site_env=()
[[ -z ${SITE_GEN0SIZE-0x2000000} ]] || site_env+=("DOTNET_GCgen0size=${SITE_GEN0SIZE-0x2000000}")

cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  started_pids=()
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# figure NAME VALUE TEXT: one line for the console and artifacts/bench/figures.txt.
figure() { printf '%-28s %s\n' "$1" "$2" | tee -a "$figures"; }

# verdict NAME PASS|MISS TEXT
verdict() { printf 'verdict %-20s %s  %s\n' "$1" "$2" "$3" | tee -a "$figures"; }

# start_site NAME DATABASE_FILE [KEY=VALUE...]: the Release site in Production on a free loopback port.
# Sets site_url and site_pid; logs to $work/NAME.log. Waits for the first page (not /healthz: it reports the
# scheduler, which a run with Jobs__Enabled=false never starts).
start_site() {
  local name=$1 db=$2; shift 2
  local port; port=$(free_port)
  site_url="http://127.0.0.1:$port"
  (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${site_env[@]}" \
    ConnectionStrings__PartnerHelp="Data Source=$db" "$@" \
    dotnet PartnerHelp.Web.dll --urls "$site_url") >"$work/$name.log" 2>&1 &
  site_pid=$!
  started_pids+=("$site_pid")
  wait_for "$site_url/en/refund-criteria" 120 || { echo "site $name did not start:" >&2; tail -20 "$work/$name.log" >&2; return 1; }
}

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# wait_for URL SECONDS: until URL answers 200.
wait_for() {
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 0.01
  done
  return 1
}

# sign_in URL EMAIL [CULTURE]: prints the Cookie header value of a signed-in session. The session signs in
# on the CULTURE's pages (default en), so its culture cookie is the one a browser would hold after browsing them.
sign_in() {
  local jar; jar=$(mktemp -p "$work")
  local token culture=${3:-en}
  token=$(curl -s -c "$jar" -b "$jar" "$1/$culture/account/sign-in" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$1/$culture/account/sign-in"
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }'
}

# to_ms VALUE: wrk's 812.00us / 12.34ms / 1.02s in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# run_wrk LABEL CONNECTIONS SECONDS URL [COOKIE] [SCRIPT SCRIPT_ARG]: sets rps, p50, p99 and errs; keeps wrk's output.
# With a script (a wrk Lua file), SCRIPT_ARG is passed to it after "--".
run_wrk() {
  local label=$1 conns=$2 secs=$3 url=$4 cookie=${5:-} script=${6:-} script_arg=${7:-}
  local out="$work/wrk-$label.txt"
  local header=() tail=()
  [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
  [ -n "$script" ] && { header+=(-s "$script"); tail=(-- "$script_arg"); }
  local threads=$(( conns < 2 ? conns : 2 ))
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "${header[@]}" "$url" "${tail[@]}" >"$out" 2>&1 || true
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  errs=$(awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
pass_if() { if "$@"; then echo PASS; else echo MISS; fi; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; }'; }

# fresh_db NAME: a new bench database the site has created (schema, demo data), site stopped again.
fresh_db() {
  local db="$work/$1.db"
  rm -f "$db" "$db"-*
  start_site "init-$1" "$db" Jobs__Enabled=false
  stop_pid "$site_pid"
  echo "$db"
}
