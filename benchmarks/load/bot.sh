# Bot: a Direct Line client loop against the Release site (sourced by scripts/bench.sh). The flood limits
# are raised for this run only: they cap one client per minute, and here one machine plays 100 users.
# shellcheck shell=bash

bench_bot() {
  echo "==> bot: cold start to the first reply, Direct Line round trips, then 100 concurrent conversations"
  local db; db=$(fresh_db bot)
  local secret="bench-$RANDOM$RANDOM"
  local site_env=(Bot__DirectLineSecret="$secret" Bot__TokensPerMinute=100000 Bot__MessagesPerMinute=100000 Bot__ReadsPerMinute=1000000 Jobs__Enabled=false
    Logging__LogLevel__PartnerHelp.Web.Bot.ChatRecognizerWarmUp=Information)
  bench_bot_first "$db" "$secret" "${site_env[@]}"
  # The recognizer's warm-up logs its load time at Information; only that logger is raised.
  start_site bot "$db" "${site_env[@]}"
  local status=0
  "${load_tool[@]}" bot --url "$site_url" --secret "$secret" --samples 200 --conversations 100 --seconds "${BOT_SECONDS:-20}" | tee "$work/bot.txt" || status=$?
  stop_pid "$site_pid"
  local median p95 conv post load
  load=$(grep -o 'recognizer loaded ([0-9]* utterances) in [0-9.]* ms' "$work/bot.log" | head -1 | awk '{ print $6 }')
  figure bot_model_load_ms "${load:-?} ms (the shipped model, read once at start-up in the site's first seconds, off the request path)"
  verdict bot_model_start "$(pass_if lt "${load:-99999}" 100)" "recognizer loaded in ${load:-?} ms, cold, in the starting site (budget: well under a second, read as < 100 ms)"
  median=$(awk '/^figure bot_reply_ms/ { print $4 }' "$work/bot.txt")
  p95=$(awk '/^figure bot_reply_ms/ { print $6 }' "$work/bot.txt")
  conv=$(grep '^figure bot_concurrent' "$work/bot.txt" | sed 's/^figure bot_concurrent //')
  post=$(grep '^figure bot_post_ms' "$work/bot.txt" | sed 's/^figure bot_post_ms //')
  figure bot_reply_ms "median $median ms, p95 $p95 ms (POST activity to reply readable, 200 round trips)"
  figure bot_post_ms "$post"
  verdict bot_median "$(pass_if lt "${median:-999}" 20)" "reply readable after $median ms at the median (budget < 20 ms)"
  verdict bot_concurrent "$( ((status == 0)) && echo PASS || echo MISS)" "$conv (budget: errors = 0)"
}

# Cold start to the first bot reply: process start until a Direct Line conversation has answered a question that
# needs the recognizer (3 starts on the existing database; the load tool's own start-up is inside the figure).
bench_bot_first() {
  local db=$1 secret=$2; shift 2
  local times=() i t0 pid port
  for ((i = 1; i <= 3; i++)); do
    port=$(free_port)
    t0=$(now_ms)
    (cd "$web_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${site_env[@]}" \
      ConnectionStrings__PartnerHelp="Data Source=$db" "$@" dotnet PartnerHelp.Web.dll --urls "http://127.0.0.1:$port") >"$work/bot-first-$i.log" 2>&1 &
    pid=$!; started_pids+=("$pid")
    if "${load_tool[@]}" bot-first --url "http://127.0.0.1:$port" --secret "$secret" --timeout 120 >"$work/bot-first-$i.txt"; then
      times+=($(( $(now_ms) - t0 )))
    else
      times+=(999999) # no reply within the timeout
    fi
    stop_pid "$pid"
  done
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  figure bot_cold_first_reply "${times[*]} ms (3 starts; model loads: $(grep -ho 'in [0-9.]* ms' "$work"/bot-first-*.log | awk '{ printf "%s%s", sep, $2; sep=", " }') ms)"
  verdict bot_cold_start "$(pass_if lt "$med" 3000)" "process start to the first bot reply = $med ms median (the site's cold-start budget < 3000 ms)"
}
