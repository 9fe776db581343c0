#!/usr/bin/env bash
# The main job: installs missing dependencies, builds the release preset, runs the experiment
# and prints a table.
#
# For now this is the VM demo: fib(30) and David Beazley's two-threads-versus-sequential
# countdown (vm/examples/) under the CPython 2 lock (legacy) and the CPython 3 lock (newgil).
# It becomes the harness's convoy sweep once harness/ (gilbench) is built.
#
#   scripts/run.sh [--count N] [--fib N] [--no-deps]
#     --count N   countdown start per count (default 20000000)
#     --fib N     fib argument (default 30)
#     --no-deps   skip scripts/install-deps.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

count=20000000
fib_n=30
deps=1
while (($#)); do
  case "$1" in
    --count)
      count=${2:?--count needs a number}
      shift 2
      ;;
    --fib)
      fib_n=${2:?--fib needs a number}
      shift 2
      ;;
    --no-deps)
      deps=0
      shift
      ;;
    -h | --help)
      sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "run.sh: unknown argument '$1' (try --help)" >&2
      exit 2
      ;;
  esac
done
for n in "$count" "$fib_n"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]]; then
    echo "run.sh: '$n' is not a non-negative integer" >&2
    exit 2
  fi
done

if ((deps)); then
  bash scripts/install-deps.sh
fi

jobs=$(nproc)
echo "== configure and build (release preset, $jobs jobs)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target gilvm

gilvm=build/release/vm/gilvm
if [[ ! -x "$gilvm" ]]; then
  echo "run.sh: $gilvm was not built" >&2
  exit 1
fi

# Runs gilvm, echoing its output indented; fails loudly with its stderr if it fails.
run_vm() {
  local out
  if ! out=$("$gilvm" "$@" 2>&1); then
    echo "run.sh: '$gilvm $*' failed:" >&2
    printf '%s\n' "$out" | sed 's/^/    /' >&2
    return 1
  fi
  printf '%s\n' "$out"
}

# field NAME TEXT: the first word after "NAME:" in TEXT.
field() {
  printf '%s\n' "$2" | awk -v key="$1:" '$1 == key { print $2; exit }'
}

designs=(legacy newgil)
declare -A fib_s seq_s thr_s ratio
for gil in "${designs[@]}"; do
  echo "== --gil $gil: fib($fib_n)"
  out=$(run_vm --gil "$gil" vm/examples/fib.py "$fib_n")
  printf '%s\n' "$out" | sed 's/^/   /'
  fib_s[$gil]=$(printf '%s\n' "$out" | awk '/ took / { print $(NF - 1); exit }')

  echo "== --gil $gil: countdown, two threads versus sequential"
  out=$(run_vm --gil "$gil" vm/examples/countdown.py "$count")
  printf '%s\n' "$out" | sed 's/^/   /'
  seq_s[$gil]=$(field sequential "$out")
  thr_s[$gil]=$(field threaded "$out")
  ratio[$gil]=$(field ratio "$out")
done

echo
echo "gilbench VM demo on $(nproc) CPU(s): fib($fib_n); countdown from $count, twice in sequence vs two threads"
printf '%-8s %12s %15s %15s %14s\n' "GIL" "fib (s)" "sequential (s)" "2 threads (s)" "threads/seq"
for gil in "${designs[@]}"; do
  printf '%-8s %12s %15s %15s %14s\n' "$gil" "${fib_s[$gil]:-?}" "${seq_s[$gil]:-?}" \
    "${thr_s[$gil]:-?}" "${ratio[$gil]:-?}"
done
echo
echo "threads/seq > 1: the two threads were slower than doing the same work one after the other."
