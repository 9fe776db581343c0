#!/usr/bin/env bash
# Builds and tests everything: installs missing dependencies, then for each preset configures
# with warnings as errors (-DGILBENCH_WERROR=ON), builds and runs ctest:
#   release   optimised build
#   asan      AddressSanitizer + UndefinedBehaviorSanitizer (no micro-benchmarks)
#   tsan      ThreadSanitizer (no micro-benchmarks; no harness: it starts no threads)
# Exits non-zero if any step fails. This is what CI runs (.ci/run).
#
#   scripts/test.sh [--quick] [--keep-going] [--no-deps] [PRESET...]
#     --quick       release only
#     --keep-going  after a failing preset, go on with the next ones (default: stop)
#     --no-deps     skip scripts/install-deps.sh
#     PRESET...     run these presets instead (release, debug, asan, tsan)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

presets=()
quick=0
keep_going=0
deps=1
while (($#)); do
  case "$1" in
    --quick) quick=1 ;;
    --keep-going) keep_going=1 ;;
    --no-deps) deps=0 ;;
    -h | --help)
      sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    release | debug | asan | tsan) presets+=("$1") ;;
    *)
      echo "test.sh: unknown argument '$1' (try --help)" >&2
      exit 2
      ;;
  esac
  shift
done
if ((${#presets[@]} == 0)); then
  if ((quick)); then presets=(release); else presets=(release asan tsan); fi
fi

if ((deps)); then
  bash scripts/install-deps.sh
fi

jobs=$(nproc)
failed=()
summary=()

# ThreadSanitizer in GCC 12 cannot map its shadow memory when the kernel randomises more than
# 28 bits of mmap addresses ("FATAL: ThreadSanitizer: unexpected memory mapping"); run the tsan
# steps (the build too: catch_discover_tests runs the test binary) with ASLR off in that case.
tsan_prefix=()
rnd_bits=$(cat /proc/sys/vm/mmap_rnd_bits 2>/dev/null || echo 0)
if ((rnd_bits > 28)) && command -v setarch >/dev/null 2>&1; then
  tsan_prefix=(setarch "$(uname -m)" -R)
fi

# step PRESET WHAT COMMAND...: runs COMMAND, records its duration and outcome.
step() {
  local preset=$1 what=$2
  shift 2
  echo
  echo "==== [$preset] $what: $*"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local took=$((SECONDS - start))
  if ((rc == 0)); then
    summary+=("$(printf '%-8s %-10s ok      %5ds' "$preset" "$what" "$took")")
  else
    summary+=("$(printf '%-8s %-10s FAILED  %5ds (exit %d)' "$preset" "$what" "$took" "$rc")")
    failed+=("$preset $what")
  fi
  return "$rc"
}

stopped=0
for preset in "${presets[@]}"; do
  if ((stopped)); then
    summary+=("$(printf '%-8s %-10s skipped (an earlier step failed; --keep-going runs it)' "$preset" all)")
    continue
  fi
  prefix=()
  if [[ "$preset" == tsan ]]; then prefix=("${tsan_prefix[@]}"); fi
  if step "$preset" configure cmake --preset "$preset" -DGILBENCH_WERROR=ON &&
    step "$preset" build "${prefix[@]}" cmake --build --preset "$preset" -j "$jobs" &&
    step "$preset" test "${prefix[@]}" ctest --preset "$preset" -j "$jobs"; then
    :
  elif ((!keep_going)); then
    stopped=1
  fi
done

echo
echo "==== summary ($(nproc) CPUs, $((SECONDS / 60))m$((SECONDS % 60))s)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all passed"
