# Pages: signed-in first views against the stock Razor Pages template's home page, alternately in one run. Many
# sessions of several users and partners take turns (benchmarks/load/sessions.lua); every first-view request has a
# query string no request had before, so no cache can answer it; "same URL again" repeats each session's URL (neither
# page is output-cached: the memberships page's per-session cache was removed on 2026-12-06, so these are rendered
# again too). Then /healthz, the output cache of the refund criteria, cold start and working set. Sourced by
# scripts/bench.sh.
# shellcheck shell=bash

# The sessions: user, the culture they browse in (their culture cookie matches, as after any visit), the orders they open.
pages_sessions=("admin@contoso.example en CT-1002 CT-1008 BNC-100010" "user@contoso.example sv CT-1007 BNC-100011"
  "admin@fabrikam.example de FB-2001 BNF-100010" "agent@northwind.example ja NW-3001 BNN-100010"
  "admin@contoso.example ar CT-1005 BNC-100012" "user@contoso.example vi CT-1003 BNC-100013"
  "admin@fabrikam.example fr BNF-100011" "agent@northwind.example pt-BR BNN-100011"
  "admin@contoso.example es CT-1001 BNC-100014" "user@contoso.example de CT-1008 BNC-100015"
  "admin@fabrikam.example en BNF-100012" "agent@northwind.example sv BNN-100012")

# pages_wrk LABEL FILE UNIQUE: wrk at 32 connections over the sessions in FILE; sets rps, p50, p99, errs.
pages_wrk() {
  SESSIONS_UNIQUE=$3 run_wrk "$1" 32 "${BENCH_SECONDS:-10}" "$site_url" "" "$root/benchmarks/load/sessions.lua" "$2"
}

bench_pages() {
  local rounds=${BENCH_ROUNDS:-5}
  echo "==> pages: stock template vs signed-in first views and the same URLs again, $rounds alternating rounds of ${BENCH_SECONDS:-10}s at 32 connections"
  local stock="$work/stock"
  rm -rf "$stock"
  (cd "$work" && dotnet new webapp -o stock -n Stock --no-update-check >/dev/null 2>&1)
  dotnet build "$stock" -c Release -nologo -clp:ErrorsOnly -o "$stock/out" >/dev/null
  local port; port=$(free_port)
  local stock_url="http://127.0.0.1:$port"
  (cd "$stock/out" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet Stock.dll --urls "$stock_url") >"$work/stock.log" 2>&1 &
  local stock_pid=$!
  started_pids+=("$stock_pid")
  wait_for "$stock_url/" 60

  # 50 membership orders for each of the three partners: three pages, so every first view renders a full first page of 20
  # cards (the page size; before the list was paged, all 50) with its pager.
  local db partner; db=$(fresh_db pages)
  for partner in contoso fabrikam northwind; do
    "${load_tool[@]}" seed-orders --connection "Data Source=$db" --partner "$partner" --count 50
  done
  # Twelve sign-ins from one address: the sign-in rate limit (10 a minute per address) is raised for this run only.
  start_site pages "$db" RateLimits__SignInPerMinute=100
  local memberships="$work/sessions-memberships.txt" orders="$work/sessions-orders.txt" entry
  : >"$memberships"; : >"$orders"
  for entry in "${pages_sessions[@]}"; do
    read -r email culture ids <<<"$entry"
    local cookie id; cookie=$(sign_in "$site_url" "$email" "$culture")
    printf '%s\t/%s/memberships\n' "$cookie" "$culture" >>"$memberships"
    for id in $ids; do printf '%s\t/%s/orders/%s\n' "$cookie" "$culture" "$id" >>"$orders"; done
  done
  pages_check "$memberships" "$orders" || return

  # Warm-up (not measured) long enough for tiered compilation to settle, as on a node that has served for a while: 10 s
  # a page left ≈ 5,000 methods at the instrumented tier and the recompiling thread at 14% of the process's CPU 18-28 s
  # after start, and a memberships view cost 1.17 ms of CPU in the first round and 0.72 ms a minute later (branch
  # pages-cards-5, docs/performance.md). Cold start has its own budget below.
  run_wrk warm-stock 8 "${BENCH_WARMUP:-30}" "$stock_url/"
  SESSIONS_UNIQUE=1 run_wrk warm-memberships 8 "${BENCH_WARMUP:-30}" "$site_url" "" "$root/benchmarks/load/sessions.lua" "$memberships"
  SESSIONS_UNIQUE=1 run_wrk warm-orders 8 "${BENCH_WARMUP:-30}" "$site_url" "" "$root/benchmarks/load/sessions.lua" "$orders"
  run_wrk warm-healthz 8 3 "$site_url/healthz"
  local -A r=() p=() ; local errors=0 i kind
  for ((i = 1; i <= rounds; i++)); do
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    run_wrk "stock-$i" 32 "${BENCH_SECONDS:-10}" "$stock_url/"; r[stock]+="$rps "; p[stock]+="$p99 "; errors=$((errors + errs))
    pages_wrk "m-first-$i" "$memberships" 1; r[m_first]+="$rps "; p[m_first]+="$p99 "; errors=$((errors + errs))
    pages_wrk "m-repeat-$i" "$memberships" 0; r[m_repeat]+="$rps "; p[m_repeat]+="$p99 "; errors=$((errors + errs))
    pages_wrk "o-first-$i" "$orders" 1; r[o_first]+="$rps "; p[o_first]+="$p99 "; errors=$((errors + errs))
    pages_wrk "o-repeat-$i" "$orders" 0; r[o_repeat]+="$rps "; p[o_repeat]+="$p99 "; errors=$((errors + errs))
    run_wrk "healthz-$i" 32 "${BENCH_SECONDS:-10}" "$site_url/healthz"; r[healthz]+="$rps "; p[healthz]+="$p99 "; errors=$((errors + errs))
    printf '  round %d (load %s):' "$i" "$load"
    for kind in stock m_first m_repeat o_first o_repeat healthz; do
      printf ' %s %s req/s p99 %s ms;' "$kind" "$(awk '{ print $NF }' <<<"${r[$kind]}")" "$(awk '{ print $NF }' <<<"${p[$kind]}")"
    done
    echo
  done
  local -A med=() med_p99=()
  for kind in stock m_first m_repeat o_first o_repeat healthz; do
    med[$kind]=$(tr ' ' '\n' <<<"${r[$kind]}" | grep . | median)
    med_p99[$kind]=$(tr ' ' '\n' <<<"${p[$kind]}" | grep . | median)
  done
  local note="median of $rounds rounds, 32 connections, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  figure pages_stock "${med[stock]} req/s, p99 ${med_p99[stock]} ms ($note)"
  figure pages_memberships_first "${med[m_first]} req/s, p99 ${med_p99[m_first]} ms: ratio $(ratio "${med[m_first]}" "${med[stock]}")"
  figure pages_memberships_repeat "${med[m_repeat]} req/s, p99 ${med_p99[m_repeat]} ms: ratio $(ratio "${med[m_repeat]}" "${med[stock]}") (same URL again; not output-cached)"
  figure pages_order_first "${med[o_first]} req/s, p99 ${med_p99[o_first]} ms: ratio $(ratio "${med[o_first]}" "${med[stock]}")"
  figure pages_order_repeat "${med[o_repeat]} req/s, p99 ${med_p99[o_repeat]} ms: ratio $(ratio "${med[o_repeat]}" "${med[stock]}") (same URL again; not output-cached)"
  figure pages_errors "$errors non-2xx or socket errors in all rounds"
  local m o h
  m=$(ratio "${med[m_first]}" "${med[stock]}"); o=$(ratio "${med[o_first]}" "${med[stock]}"); h=$(ratio "${med[healthz]}" "${med[stock]}")
  verdict pages_memberships "$(pass_if pages_within "$m" "${med_p99[m_first]}")" "memberships first view / stock = $m, p99 ${med_p99[m_first]} ms (budget >= 0.20 and p99 < 25 ms)"
  verdict pages_order "$(pass_if pages_within "$o" "${med_p99[o_first]}")" "order first view / stock = $o, p99 ${med_p99[o_first]} ms (budget >= 0.20 and p99 < 25 ms)"
  verdict healthz "$(pass_if ge "$h" 0.5)" "/healthz / stock = $h (${med[healthz]} req/s; budget >= 0.50)"

  local hwm; hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$site_pid/status")
  verdict memory "$(pass_if lt "$hwm" 300)" "peak working set of the site after load = $hwm MB (budget < 300 MB)"

  bench_output_cache "$site_url"
  stop_pid "$site_pid"; stop_pid "$stock_pid"
  bench_startup "$db"
}

pages_within() { ge "$1" 0.2 && lt "$2" 25; }

# pages_check MEMBERSHIPS ORDERS: every session's pages answer 200, each memberships page a full page of 20 order cards
# and a pager (its partner has 50 orders).
pages_check() {
  local cookie path code cards pager bytes=0 bad=0
  while IFS=$'\t' read -r cookie path; do
    code=$(curl -s -o "$work/check.html" -w '%{http_code}' -H "Cookie: $cookie" "$site_url$path")
    cards=$(grep -c 'class="order-card"' "$work/check.html" || true)
    pager=$(grep -c '<nav class="pager"' "$work/check.html" || true)
    [[ $path == */memberships ]] && bytes=$(wc -c <"$work/check.html")
    if [ "$code" != 200 ] || { [[ $path == */memberships ]] && { [ "$cards" != 20 ] || [ "$pager" != 1 ]; }; }; then
      echo "  $path answered $code with $cards order cards" >&2; bad=1
    fi
  done < <(cat "$1" "$2")
  echo "sessions: $(wc -l <"$1") signed in ($(wc -l <"$2") order pages), a memberships page $bytes bytes"
  if ((bad)); then verdict pages MISS "a session's page did not answer as expected"; return 1; fi
}

# The criteria page is output-cached per culture: a second request a second later comes from the cache
# (Age header, the first response's correlation id), and each culture has its own entry. Requests carry the
# matching culture cookie: a response that sets a cookie is never cached (the default policy), and the
# site sets the culture cookie when it differs from the URL's culture, so a first visit is rendered.
bench_output_cache() {
  local url=$1 culture ok=PASS detail="" first second
  for culture in en de ja; do
    local jar=".AspNetCore.Culture=c%3D$culture%7Cuic%3D$culture"
    first=$(curl -s -D - -o /dev/null -b "$jar" "$url/$culture/refund-criteria" | tr -d '\r')
    sleep 1.1
    second=$(curl -s -D - -o "$work/criteria-$culture.html" -b "$jar" "$url/$culture/refund-criteria" | tr -d '\r')
    local age id1 id2 lang
    age=$(awk -F': ' 'tolower($1) == "age" { print $2 }' <<<"$second")
    id1=$(awk -F': ' 'tolower($1) == "x-correlation-id" { print $2 }' <<<"$first")
    id2=$(awk -F': ' 'tolower($1) == "x-correlation-id" { print $2 }' <<<"$second")
    lang=$(grep -o '<html lang="[^"]*"' "$work/criteria-$culture.html" | head -1 | sed 's/.*="//; s/"//' || true)
    if [ -z "$age" ] || [ "$id1" != "$id2" ] || [ "$lang" != "$culture" ]; then ok=MISS; fi
    detail+="$culture: lang=$lang age=${age:-none} same-response=$([ "$id1" = "$id2" ] && echo yes || echo no); "
  done
  run_wrk criteria 32 5 "$url/de/refund-criteria" ".AspNetCore.Culture=c%3Dde%7Cuic%3Dde"
  verdict output_cache "$ok" "refund criteria cached per culture ($detail) cached page $rps req/s, p99 $p99 ms"
}

# Cold start to first page: process start until /en/refund-criteria answers 200, on the existing database and on a new one.
bench_startup() {
  local db=$1 times=() i t0 pid
  echo "==> startup: process start to first page"
  for ((i = 1; i <= 3; i++)); do
    local port; port=$(free_port)
    t0=$(now_ms)
    (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${site_env[@]}" \
      ConnectionStrings__PartnerHelp="Data Source=$db" dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port") >"$work/startup-$i.log" 2>&1 &
    pid=$!; started_pids+=("$pid")
    wait_for "http://127.0.0.1:$port/en/refund-criteria" 60
    times+=($(( $(now_ms) - t0 )))
    stop_pid "$pid"
  done
  local fresh="$work/startup-fresh.db" port; port=$(free_port)
  rm -f "$fresh"*
  t0=$(now_ms)
  (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${site_env[@]}" \
    ConnectionStrings__PartnerHelp="Data Source=$fresh" dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port") >"$work/startup-fresh.log" 2>&1 &
  pid=$!; started_pids+=("$pid")
  wait_for "http://127.0.0.1:$port/en/refund-criteria" 60
  local fresh_ms=$(( $(now_ms) - t0 ))
  stop_pid "$pid"
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  figure startup_existing_db "${times[*]} ms (3 starts)"
  verdict startup "$(pass_if lt "$med" 3000)" "cold start to first page = $med ms median on an existing database, $fresh_ms ms on a new one (schema + demo data) (budget < 3000 ms)"
}
