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
for name in dev probe-5 probe-6 probe-7 probe-8 probe-9 probe-10 probe-11 probe-12 probe-13 probe-14 probe-15 probe-16 probe-17 probe-18 probe-20 heldout heldout-2 heldout-3 heldout-4 heldout-5 heldout-6 heldout-7 \
  heldout-8 heldout-9 heldout-10 heldout-11 heldout-12 heldout-13 heldout-14 heldout-15 heldout-16 heldout-17 heldout-18 \
  heldout-19 heldout-20 heldout-21 heldout-22 heldout-23 heldout-24 heldout-25 heldout-26 heldout-27; do
  report=artifacts/bot-eval/$name.txt
  echo "==> $report"
  cat "$report"
done
exit $status
