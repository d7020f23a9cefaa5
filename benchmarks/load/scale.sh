# Scale of data: latencies of the memberships page, the JSON API and the operators' dashboard on the demo data
# and on a copy to which the Bogus generator added 100,000 partners and 1,000,000 orders (every 4th
# cancelled with its settled refund). Both sites run at once and are measured alternately, so machine
# noise hits both alike. Budget: each page within 2x of its demo-data latency. Sourced by scripts/bench.sh.
# The dashboard is Hangfire's: its home and job lists read Hangfire's storage (in memory here, holding only the jobs
# this site ran), while the refunds board and alerts inside it read the application's tables, which the generator grew.
# shellcheck shell=bash

scale_pages=("member:/de/memberships" "member:/api/v1/orders" "ops:/admin/jobs" "ops:/admin/jobs/refunds"
  "ops:/admin/jobs/refunds?status=Failed" "ops:/admin/jobs/alerts" "ops:/admin/jobs/jobs/succeeded")

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
  cookies[demo:member]=$(sign_in "$demo_url" admin@contoso.example); cookies[demo:ops]=$(sign_in "$demo_url" ops@partnerhelp.example)
  cookies[big:member]=$(sign_in "$big_url" admin@contoso.example); cookies[big:ops]=$(sign_in "$big_url" ops@partnerhelp.example)
  local entry who path ok=PASS i
  for entry in "${scale_pages[@]}"; do
    who=${entry%%:*}; path=${entry#*:}
    local codes="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[demo:$who]}" "$demo_url$path")/$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[big:$who]}" "$big_url$path")"
    run_wrk warm 1 3 "$demo_url$path" "${cookies[demo:$who]}"
    run_wrk warm 1 3 "$big_url$path" "${cookies[big:$who]}"
    local d=() b=()
    for ((i = 1; i <= rounds; i++)); do
      run_wrk scale-demo 1 "${SCALE_SECONDS:-3}" "$demo_url$path" "${cookies[demo:$who]}"; d+=("$p50")
      run_wrk scale-big 1 "${SCALE_SECONDS:-3}" "$big_url$path" "${cookies[big:$who]}"; b+=("$p50")
    done
    local demo big r
    demo=$(printf '%s\n' "${d[@]}" | median); big=$(printf '%s\n' "${b[@]}" | median); r=$(ratio "$big" "$demo")
    [ "$codes" = 200/200 ] || ok=MISS
    ge 2 "$r" || ok=MISS
    figure "scale $path" "demo $demo ms, scaled $big ms (median latency, 1 connection), x$r, HTTP $codes"
  done
  stop_pid "$demo_pid"; stop_pid "$big_pid"
  verdict scale "$ok" "every page within 2x of its demo-data median latency (budget <= 2.0)"
}
