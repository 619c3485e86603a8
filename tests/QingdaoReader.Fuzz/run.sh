#!/usr/bin/env bash
# A bounded fuzzing run of the import and Markdown+annotation targets with SharpFuzz and AFL++.
#   apt-get install -y afl++ && dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
#   tests/QingdaoReader.Fuzz/run.sh [import|markdown] [seconds, default 120]
# Crashes (inputs that raise anything but a UserError, or change the text) land in findings/default/crashes/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-import}
seconds=${2:-120}
out=bin/fuzz
rm -rf "$out"
dotnet publish -c Release -o "$out" >/dev/null
export PATH="$PATH:$HOME/.dotnet/tools"
sharpfuzz "$out/QingdaoReader.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
rm -rf findings
timeout --preserve-status $((seconds + 30)) afl-fuzz -V "$seconds" -i corpus -o findings -t 10000 -m none \
  -- dotnet "$out/QingdaoReader.Fuzz.dll" "$target" || true
crashes=$(find findings/default/crashes -type f ! -name README.txt 2>/dev/null | wc -l)
execs=$(grep -E '^execs_done' findings/default/fuzzer_stats | awk '{print $3}')
echo "target=$target seconds=$seconds execs=$execs crashes=$crashes"
[ "$crashes" = 0 ]
