# Soak: the process-level suites at full size (sourced by scripts/bench.sh).
# shellcheck shell=bash

bench_soak() {
  local project status
  for project in tests/PartnerHelp.Resilience.Tests tests/PartnerHelp.Web.Tests; do
    echo "==> soak: $project (PARTNERHELP_PROFILE=full, Category=Soak)"
    status=0
    PARTNERHELP_PROFILE=full dotnet test "$project" -c Release --filter Category=Soak -nologo 2>&1 | tee "$work/soak.txt" || status=$?
    local line; line=$(grep -E 'Passed!|Failed!|No test matches' "$work/soak.txt" | tail -1 | sed 's/^ *//')
    local result=PASS
    ((status == 0)) || result=MISS
    case $line in "No test matches"*|"") result=NONE ;; esac
    local suite=${project#tests/PartnerHelp.}; verdict "soak_${suite%.Tests}" "$result" "${line:-no summary line}"
  done
  if compgen -G "$root/artifacts/figures/*.txt" >/dev/null; then cat "$root"/artifacts/figures/*.txt | tee -a "$figures"; fi
}
