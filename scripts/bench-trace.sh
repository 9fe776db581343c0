#!/usr/bin/env bash
# What GIL tracing costs (gilvm --trace/--gil-profile), measured as ratios of interleaved runs so
# machine noise hits every variant alike:
#   - fib(30) on one thread (vm/examples/fib.py): a gilvm built without tracing (BASE_GILVM, e.g.
#     the build of the commit before it), this gilvm with tracing off, and with it on;
#   - two threads switching every 100 us (vm/examples/fib_threads.py 25, its threaded part),
#     tracing off and on: the cost per GIL event, with the events and the trace's size.
#
#   bash scripts/bench-trace.sh [BASE_GILVM (default: none)] [BUILD_DIR (default build/release)] [REPETITIONS (default 9)]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-}
build_dir=${2:-build/release}
repetitions=${3:-9}
gilvm=$build_dir/vm/gilvm
[[ -x $gilvm ]] || { echo "error: $gilvm not built" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
traced="--trace $scratch/trace.json --gil-profile $scratch/profile.json"

declare -A commands=([built-in-off]="$gilvm vm/examples/fib.py" [on]="$gilvm $traced vm/examples/fib.py"
                     [threads-off]="$gilvm --switch-interval 100us vm/examples/fib_threads.py 25"
                     [threads-on]="$gilvm --switch-interval 100us $traced vm/examples/fib_threads.py 25")
names=(built-in-off on threads-off threads-on)
if [[ -n $base ]]; then
  commands[not-built]="$base vm/examples/fib.py"
  names=(not-built "${names[@]}")
fi

# Wall time of the whole process for fib(30); the threaded part's own time for fib_threads.
declare -A times
for ((i = 0; i < repetitions; i++)); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    output=$(${commands[$name]})
    end=$(date +%s%N)
    if [[ $name == threads-* ]]; then
      times[$name]+="$(sed -n 's/.*two threads \([0-9.]*\) s.*/\1/p' <<<"$output" | awk '{print int($1 * 1e6)}') "
    else
      times[$name]+="$(( (end - start) / 1000 )) "
    fi
  done
done

median_us() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
declare -A medians
echo "$repetitions interleaved runs each, median (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
for name in "${names[@]}"; do
  medians[$name]=$(median_us "${times[$name]}")
  printf '  %-13s %9.1f ms   (%s)\n' "$name" "$(awk "BEGIN {print ${medians[$name]} / 1000}")" "${commands[$name]}"
done
[[ -n $base ]] && awk "BEGIN {printf \"  fib(30): built in, off / not built = %.3f\n\", ${medians[built-in-off]} / ${medians[not-built]}}"
awk "BEGIN {printf \"  fib(30): on / off = %.3f\n\", ${medians[on]} / ${medians[built-in-off]}}"
awk "BEGIN {printf \"  two threads at 100 us: on / off = %.3f\n\", ${medians[threads-on]} / ${medians[threads-off]}}"
events=$(grep -o '"events":[0-9]*' "$scratch/trace.json" | head -1 | cut -d: -f2)
echo "  last traced two-thread run: $events GIL events, trace $(stat -c %s "$scratch/trace.json") bytes"
