#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan, UBSan without recovery) and runs each
# for a while, seeded from tests/scripts and fuzz/seeds (the hostile kinds: self-reference, deep
# nesting, huge sizes, values near 2^63, bad UTF-8), with fuzz/python.dict.
#
#   scripts/fuzz.sh                 60 s per target (what CI may call)
#   scripts/fuzz.sh --time 3600     the longer run: an hour per target
#   scripts/fuzz.sh --jobs 4        parallel fuzzing processes per target (default 1)
#
# The corpus grows in build/fuzz/corpus/<target> and is kept between runs; a crash, leak or
# sanitizer report is written to build/fuzz/artifacts/ and makes the script exit non-zero.
# Reproduce one with: build/fuzz/fuzz/<target> build/fuzz/artifacts/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
jobs=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fuzz.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: clang++ is needed for libFuzzer (apt-get install clang)" >&2
  exit 2
fi

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build build/fuzz -j"$(nproc)" --target fuzz_frontend fuzz_run

mkdir -p build/fuzz/artifacts
status=0
for target in fuzz_frontend fuzz_run; do
  corpus="build/fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "== $target: ${seconds}s, $jobs job(s)"
  # -close_fd_mask=1: the programs' own stdout is noise; stderr keeps the sanitizer reports.
  # -rss_limit_mb: a run that grows past it is an out-of-memory finding.
  parallel=()
  [[ "$jobs" -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
  # fuzz_run: reference cycles (a = [a]) leak by design, the VM has no cycle collector.
  leaks=1
  [[ "$target" == fuzz_run ]] && leaks=0
  if ! ASAN_OPTIONS="detect_leaks=$leaks:allocator_may_return_null=1" \
    "build/fuzz/fuzz/$target" "$corpus" tests/scripts fuzz/seeds \
    -dict=fuzz/python.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -max_len=8192 -close_fd_mask=1 -print_final_stats=1 "${parallel[@]}" \
    -artifact_prefix="build/fuzz/artifacts/$target-" 2>&1 | tee "build/fuzz/$target.log" |
    grep -E "^(INFO: Seed|#[0-9]+ +(INITED|DONE)|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)"; then
    :
  fi
  if grep -qE "==[0-9]+==ERROR|Test unit written|deadly signal" "build/fuzz/$target.log"; then
    echo "== $target: FINDING (see build/fuzz/$target.log and build/fuzz/artifacts/)" >&2
    status=1
  fi
done
exit "$status"
