#!/usr/bin/env bash
# The help bot's accuracy on whole conversations: the development set (the bot author's own check) and the
# held-out set (written separately from the tuning data, never tuned against), each row run through the real
# dialog as its user, history first. Prints overall, per-language, per-topic and per-tag accuracy; the reports
# are also in artifacts/bot-eval/. BOT_EVAL_MISSES=1 lists the held-out misses too (for the final report only).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/PartnerHelp.Web.Tests -c Release --nologo -v quiet >/dev/null
status=0
dotnet test tests/PartnerHelp.Web.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~PartnerHelp.Web.Tests.Bot.Evaluation.BotEvaluationTests" >/dev/null || status=$?
for report in artifacts/bot-eval/dev.txt artifacts/bot-eval/probe-6.txt artifacts/bot-eval/probe-7.txt artifacts/bot-eval/probe-8.txt artifacts/bot-eval/probe-9.txt artifacts/bot-eval/heldout.txt artifacts/bot-eval/heldout-2.txt artifacts/bot-eval/heldout-3.txt artifacts/bot-eval/heldout-4.txt artifacts/bot-eval/heldout-5.txt artifacts/bot-eval/heldout-6.txt artifacts/bot-eval/heldout-7.txt artifacts/bot-eval/heldout-8.txt artifacts/bot-eval/heldout-9.txt; do
  echo "==> $report"
  cat "$report"
done
exit $status
