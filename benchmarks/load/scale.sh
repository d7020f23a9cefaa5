# Scale of data: latencies of the memberships and order pages, the JSON API and the operators' dashboard on the demo
# data and on a copy to which the Bogus generator added 100,000 partners and 1,000,000 orders (every 4th
# cancelled with its settled refund). Both sites run at once and are measured alternately, so machine
# noise hits both alike. The partner's pages are first views: every request has a query string no request had
# before (benchmarks/load/sessions.lua), so no cache answers. Budget: each page within 2x of its demo-data latency.
# The dashboard is Hangfire's: its home and job lists read Hangfire's storage (in memory here, holding only the jobs
# this site ran), while the refunds board and alerts inside it read the application's tables, which the generator grew.
# Sourced by scripts/bench.sh.
# shellcheck shell=bash

scale_pages=("member:/de/memberships" "member:/de/orders/CT-1002" "member:/api/v1/orders" "ops:/admin/jobs"
  "ops:/admin/jobs/refunds" "ops:/admin/jobs/refunds?status=Failed" "ops:/admin/jobs/alerts" "ops:/admin/jobs/jobs/succeeded")

bench_scale() {
  local partners=${SCALE_PARTNERS:-100000} orders=${SCALE_ORDERS:-1000000} rounds=${SCALE_ROUNDS:-3}
  echo "==> scale: demo data vs $partners partners and $orders orders, $rounds alternating rounds per page"
  local db; db=$(fresh_db scale)
  "${load_tool[@]}" seed-orders --connection "Data Source=$db" --partner contoso --count 50
  local demo_db="$work/scale-demo.db"
  cp "$db" "$demo_db"
  "${load_tool[@]}" scale --connection "Data Source=$db" --partners "$partners" --orders "$orders" | tee "$work/scale-gen.txt"
  figure scale_data "$(sed -n 's/^figure scale_generated //p' "$work/scale-gen.txt"), database $(du -m "$db" | cut -f1) MB"

  start_site scale-demo "$demo_db"; local demo_url=$site_url demo_pid=$site_pid
  start_site scale-big "$db"; local big_url=$site_url big_pid=$site_pid
  local -A cookies
  # The partner admin browses in German, so the culture cookie matches the pages' URLs (as after any visit).
  cookies[demo:member]=$(sign_in "$demo_url" admin@contoso.example de); cookies[demo:ops]=$(sign_in "$demo_url" ops@partnerhelp.example)
  cookies[big:member]=$(sign_in "$big_url" admin@contoso.example de); cookies[big:ops]=$(sign_in "$big_url" ops@partnerhelp.example)
  local entry who path ok=PASS i
  for entry in "${scale_pages[@]}"; do
    who=${entry%%:*}; path=${entry#*:}
    local codes="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[demo:$who]}" "$demo_url$path")/$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[big:$who]}" "$big_url$path")"
    local d=() b=() site
    for site in demo big; do
      printf '%s\t%s\n' "${cookies[$site:$who]}" "$path" >"$work/scale-$site.sessions"
    done
    scale_wrk warm 3 "$demo_url" "$who" demo
    scale_wrk warm 3 "$big_url" "$who" big
    for ((i = 1; i <= rounds; i++)); do
      scale_wrk scale-demo "${SCALE_SECONDS:-3}" "$demo_url" "$who" demo; d+=("$p50")
      scale_wrk scale-big "${SCALE_SECONDS:-3}" "$big_url" "$who" big; b+=("$p50")
    done
    local demo big r
    demo=$(printf '%s\n' "${d[@]}" | median); big=$(printf '%s\n' "${b[@]}" | median); r=$(ratio "$big" "$demo")
    [ "$codes" = 200/200 ] || ok=MISS
    ge 2 "$r" || ok=MISS
    figure "scale $path" "demo $demo ms, scaled $big ms (median latency, 1 connection$([ "$who" = member ] && echo ', first views')), x$r, HTTP $codes"
  done
  stop_pid "$demo_pid"; stop_pid "$big_pid"
  verdict scale "$ok" "every page within 2x of its demo-data median latency (budget <= 2.0)"
}

# scale_wrk LABEL SECONDS URL WHO SITE: one connection on SITE's session file; a partner's page gets a new query string
# on every request (a first view), the operator's pages are asked as they are.
scale_wrk() {
  SESSIONS_UNIQUE=$([ "$4" = member ] && echo 1 || echo 0) run_wrk "$1" 1 "$2" "$3" "" "$root/benchmarks/load/sessions.lua" "$work/scale-$5.sessions"
}
