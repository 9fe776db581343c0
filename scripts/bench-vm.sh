#!/usr/bin/env bash
# VM speed benchmark: recursive fib(30) (vm/examples/fib.py) under gilvm, under gilvm-nopoll
# (the same interpreter without ticks or eval-breaker polls) and, when the machine has one,
# under python3, interleaved so machine noise hits all alike. Prints the median wall time of
# each and the ratios.
#
#   bash scripts/bench-vm.sh [BUILD_DIR (default build/release)] [REPETITIONS (default 7)]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/release}
repetitions=${2:-7}
script=vm/examples/fib.py

declare -A commands=([gilvm]="$build_dir/vm/gilvm $script" [gilvm-nopoll]="$build_dir/vm/gilvm-nopoll $script")
names=(gilvm gilvm-nopoll)
if command -v python3 >/dev/null; then
  commands[python3]="python3 $script"
  names+=(python3)
else
  echo "note: no python3 on this machine: the CPython comparison is skipped"
fi
for name in gilvm gilvm-nopoll; do
  [[ -x ${commands[$name]%% *} ]] || { echo "error: ${commands[$name]%% *} not built (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
done

declare -A times
for ((i = 0; i < repetitions; i++)); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    ${commands[$name]} >/dev/null
    end=$(date +%s%N)
    times[$name]+="$(( (end - start) / 1000 )) "
  done
done

median_us() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "fib(30), $repetitions interleaved runs each, median wall time:"
declare -A medians
for name in "${names[@]}"; do
  medians[$name]=$(median_us "${times[$name]}")
  printf '  %-13s %8.1f ms\n' "$name" "$(awk "BEGIN {print ${medians[$name]} / 1000}")"
done
awk "BEGIN {printf \"  eval-breaker cost: gilvm / gilvm-nopoll = %.3f\n\", ${medians[gilvm]} / ${medians[gilvm-nopoll]}}"
if [[ -n ${medians[python3]:-} ]]; then
  awk "BEGIN {printf \"  speed-up over %s: python3 / gilvm = %.2fx\n\", \"$(python3 --version 2>&1)\", ${medians[python3]} / ${medians[gilvm]}}"
fi
