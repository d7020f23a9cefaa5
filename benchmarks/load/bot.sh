# Bot: a Direct Line client loop against the Release site (sourced by scripts/bench.sh). The flood limits
# are raised for this run only: they cap one client per minute, and here one machine plays 100 users.
# shellcheck shell=bash

bench_bot() {
  echo "==> bot: Direct Line round trips, then 100 concurrent conversations"
  local db; db=$(fresh_db bot)
  local secret="bench-$RANDOM$RANDOM"
  # The recognizer's warm-up logs its training time at Information; only that logger is raised.
  start_site bot "$db" Bot__DirectLineSecret="$secret" Bot__TokensPerMinute=100000 Bot__MessagesPerMinute=100000 Bot__ReadsPerMinute=1000000 Jobs__Enabled=false \
    Logging__LogLevel__PartnerHelp.Web.Bot.ChatRecognizerWarmUp=Information
  local status=0
  "${load_tool[@]}" bot --url "$site_url" --secret "$secret" --samples 200 --conversations 100 --seconds "${BOT_SECONDS:-20}" | tee "$work/bot.txt" || status=$?
  stop_pid "$site_pid"
  local median p95 conv post train
  train=$(grep -o 'trained on [0-9]* utterances in [0-9]* ms' "$work/bot.log" | head -1 | awk '{ print $6 }')
  figure bot_model_training_ms "${train:-?} ms ($(grep -o 'trained on [0-9]* utterances' "$work/bot.log" | head -1)), at start-up, off the request path"
  verdict bot_model_start "$(pass_if lt "${train:-99999}" 1000)" "recognizer trained in ${train:-?} ms (budget: well under a second)"
  median=$(awk '/^figure bot_reply_ms/ { print $4 }' "$work/bot.txt")
  p95=$(awk '/^figure bot_reply_ms/ { print $6 }' "$work/bot.txt")
  conv=$(grep '^figure bot_concurrent' "$work/bot.txt" | sed 's/^figure bot_concurrent //')
  post=$(grep '^figure bot_post_ms' "$work/bot.txt" | sed 's/^figure bot_post_ms //')
  figure bot_reply_ms "median $median ms, p95 $p95 ms (POST activity to reply readable, 200 round trips)"
  figure bot_post_ms "$post"
  verdict bot_median "$(pass_if lt "${median:-999}" 20)" "reply readable after $median ms at the median (budget < 20 ms)"
  verdict bot_concurrent "$( ((status == 0)) && echo PASS || echo MISS)" "$conv (budget: errors = 0)"
}
