# Pages: the signed-in memberships page (Contoso, 50 orders, German) against the stock Razor Pages
# template's home page, alternately in one run; output cache of the refund criteria; cold start and
# working set under load. Sourced by scripts/bench.sh.
# shellcheck shell=bash

bench_pages() {
  local rounds=${BENCH_ROUNDS:-3} secs=${BENCH_SECONDS:-10}
  echo "==> pages: stock template vs memberships page, $rounds alternating rounds of ${secs}s at 32 connections"
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

  local db; db=$(fresh_db pages)
  "${load_tool[@]}" seed-orders --connection "Data Source=$db" --partner contoso --count 50
  start_site pages "$db"
  # Signed in on the German pages: the browser then holds the de culture cookie, as after any visit there.
  local cookie; cookie=$(sign_in "$site_url" admin@contoso.example de)
  local page="$site_url/de/memberships"
  local code; code=$(curl -s -o "$work/memberships.html" -w '%{http_code}' -H "Cookie: $cookie" "$page")
  local cards; cards=$(grep -c 'class="order-card"' "$work/memberships.html" || true)
  echo "memberships page: HTTP $code, $(wc -c <"$work/memberships.html") bytes, $cards orders, $(grep -o '<html lang="[^"]*"' "$work/memberships.html" | head -1 || true)"
  [ "$code" = 200 ] || { verdict pages MISS "memberships page answered $code"; return; }

  # Warm-up long enough for tiered compilation to settle on a busy machine (not measured).
  run_wrk warm-stock 8 "${BENCH_WARMUP:-10}" "$stock_url/"
  run_wrk warm-site 8 "${BENCH_WARMUP:-10}" "$page" "$cookie"
  local s_rps=() m_rps=() m_p99=() s_p99=() errors=0 i
  for ((i = 1; i <= rounds; i++)); do
    run_wrk "stock-$i" 32 "$secs" "$stock_url/"; s_rps+=("$rps"); s_p99+=("$p99"); errors=$((errors + errs))
    run_wrk "memberships-$i" 32 "$secs" "$page" "$cookie"; m_rps+=("$rps"); m_p99+=("$p99"); errors=$((errors + errs))
    echo "  round $i: stock ${s_rps[-1]} req/s (p99 ${s_p99[-1]} ms), memberships ${m_rps[-1]} req/s (p99 ${m_p99[-1]} ms)"
  done
  local stock_rps member_rps member_p99 stock_p99r
  stock_rps=$(printf '%s\n' "${s_rps[@]}" | median)
  member_rps=$(printf '%s\n' "${m_rps[@]}" | median)
  member_p99=$(printf '%s\n' "${m_p99[@]}" | median)
  stock_p99r=$(printf '%s\n' "${s_p99[@]}" | median)
  local r; r=$(ratio "$member_rps" "$stock_rps")
  figure pages_stock_rps "$stock_rps req/s, p99 $stock_p99r ms (median of $rounds rounds)"
  figure pages_memberships_rps "$member_rps req/s, p99 $member_p99 ms (median of $rounds rounds, non-2xx/socket errors $errors)"
  verdict pages_ratio "$(pass_if ge "$r" 0.5)" "memberships/stock = $r (budget >= 0.50)"
  verdict pages_p99 "$(pass_if lt "$member_p99" 50)" "memberships p99 at 32 connections = $member_p99 ms (budget < 50 ms)"

  local hwm; hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$site_pid/status")
  verdict memory "$(pass_if lt "$hwm" 300)" "peak working set of the site after load = $hwm MB (budget < 300 MB)"

  bench_output_cache "$site_url"
  stop_pid "$site_pid"; stop_pid "$stock_pid"
  bench_startup "$db"
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
    (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      ConnectionStrings__PartnerHelp="Data Source=$db" dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port") >"$work/startup-$i.log" 2>&1 &
    pid=$!; started_pids+=("$pid")
    wait_for "http://127.0.0.1:$port/en/refund-criteria" 60
    times+=($(( $(now_ms) - t0 )))
    stop_pid "$pid"
  done
  local fresh="$work/startup-fresh.db" port; port=$(free_port)
  rm -f "$fresh"*
  t0=$(now_ms)
  (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__PartnerHelp="Data Source=$fresh" dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port") >"$work/startup-fresh.log" 2>&1 &
  pid=$!; started_pids+=("$pid")
  wait_for "http://127.0.0.1:$port/en/refund-criteria" 60
  local fresh_ms=$(( $(now_ms) - t0 ))
  stop_pid "$pid"
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  figure startup_existing_db "${times[*]} ms (3 starts)"
  verdict startup "$(pass_if lt "$med" 3000)" "cold start to first page = $med ms median on an existing database, $fresh_ms ms on a new one (schema + demo data) (budget < 3000 ms)"
}
