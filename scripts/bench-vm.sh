#!/usr/bin/env bash
# VM speed benchmark: every program of bench/vm/ (one kind of work each; see bench/vm/README.md)
# under gilvm and, where the machine has them, under CPython 3.11 and 3.13, interleaved (the
# runners' order rotates every repetition) so machine noise hits all alike. Per program it prints
# each runner's median time, CPython's time over gilvm's (the median of the per-repetition
# ratios, with their min..max), peak memory (max RSS) beside CPython's, and the geometric mean of
# the ratios; it checks that gilvm prints what CPython prints. Python is optional: without it
# only gilvm's times are printed.
#
#   bash scripts/bench-vm.sh [--reps N (5)] [--only REGEX] [--set core|more|review|all] [--json FILE]
#                            [--nopoll] [--clock wall|cpu|instructions] [--base BUILD_DIR]
#                            [BUILD_DIR (build/release)]
#
# --set more runs bench/vm/more/ instead: programs of every kind written after the core set had
# been tuned by profile, as a user would write them, to show whether the speed carries over
# (bench/vm/README.md); --set review runs bench/vm/review/, written later still, one per kind, as
# a reviewer's own programs would be; --set all runs the three.
# --clock cpu times each run by its user + system CPU time (GNU time, 10 ms resolution) instead
# of its wall time: on a loaded machine a run's wall time includes the time it waited for a core.
# --clock instructions counts each run's instructions under valgrind's callgrind, net of the
# runner's start-up (an empty program's count, taken once, is subtracted): the same on every run
# and under any load (one repetition unless --reps says more), but it misses what costs time
# without costing instructions (cache misses, mispredicted branches), and valgrind makes each run
# some 50 times slower. Peak memory is not measured then.
# --nopoll adds gilvm-nopoll (the interpreter without ticks or eval-breaker polls) as a runner,
# for the eval breaker's cost; --base adds another build's gilvm (gilvm-base), for before/after.
# Peak memory needs GNU time (/usr/bin/time); without it the memory columns are empty. The JSON
# report (--json) has a context block and units on every figure.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
repetitions=5 only='' json='' nopoll=0 clock=wall base='' build_dir=build/release reps_given=0 set=core
while (($#)); do
  case $1 in
    --reps) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { echo "error: --reps needs a positive integer, got '${2:-}'" >&2; exit 2; }; repetitions=$2; reps_given=1; shift 2 ;;
    --only) [[ -n ${2:-} ]] || { echo "error: --only needs a regular expression" >&2; exit 2; }; only=$2; shift 2 ;;
    --set) [[ ${2:-} =~ ^(core|more|review|all)$ ]] || { echo "error: --set takes core, more, review or all, got '${2:-}'" >&2; exit 2; }; set=$2; shift 2 ;;
    --json) [[ -n ${2:-} ]] || { echo "error: --json needs a file name" >&2; exit 2; }; json=$2; shift 2 ;;
    --nopoll) nopoll=1; shift ;;
    --base) [[ -x ${2:-}/vm/gilvm ]] || { echo "error: --base needs a build tree with vm/gilvm, got '${2:-}'" >&2; exit 2; }; base=$2; shift 2 ;;
    --clock) [[ ${2:-} =~ ^(wall|cpu|instructions)$ ]] || { echo "error: --clock takes wall, cpu or instructions, got '${2:-}'" >&2; exit 2; }; clock=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "error: unknown option '$1'" >&2; usage ;;
    *) build_dir=$1; shift ;;
  esac
done

gilvm=$build_dir/vm/gilvm
[[ -x $gilvm ]] || { echo "error: $gilvm not built (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
declare -A commands=([gilvm]=$gilvm)
runners=(gilvm)
if ((nopoll)); then
  [[ -x $build_dir/vm/gilvm-nopoll ]] || { echo "error: $build_dir/vm/gilvm-nopoll not built" >&2; exit 2; }
  commands[gilvm-nopoll]=$build_dir/vm/gilvm-nopoll
  runners+=(gilvm-nopoll)
fi
if [[ -n $base ]]; then
  commands[gilvm-base]=$base/vm/gilvm
  runners+=(gilvm-base)
fi
# CPython: pyenv's interpreters, else one of that version on PATH; a missing one is skipped.
for version in 3.11 3.13; do
  interpreter=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}/versions/$version".*/bin/python 2>/dev/null | sort -V | tail -1 || true)
  [[ -n $interpreter ]] || interpreter=$(command -v "python$version" || true)
  if [[ -n $interpreter ]]; then
    commands[cpython$version]=$interpreter
    runners+=("cpython$version")
  else
    echo "note: no CPython $version on this machine: its column is skipped"
  fi
done
time_tool=''
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then time_tool=/usr/bin/time; else echo "note: no GNU time (/usr/bin/time): peak memory is not measured"; fi
[[ $clock != cpu || -n $time_tool ]] || { echo "error: --clock cpu needs GNU time (/usr/bin/time)" >&2; exit 2; }
# The unit of the clock's figures: ms, or millions of instructions (tallied in thousands).
unit=ms unit_key=ms
if [[ $clock == instructions ]]; then
  command -v valgrind >/dev/null || { echo "error: --clock instructions needs valgrind (apt-get install valgrind)" >&2; exit 2; }
  unit=Minstr unit_key=minstr time_tool=''
  ((reps_given)) || repetitions=1
fi

programs=() sources=()
case $set in
  core) sources+=(bench/vm/*.py) ;;
  more) sources+=(bench/vm/more/*.py) ;;
  review) sources+=(bench/vm/review/*.py) ;;
  all) sources+=(bench/vm/*.py bench/vm/more/*.py bench/vm/review/*.py) ;;
esac
for program in "${sources[@]}"; do
  [[ -z $only || $program =~ $only ]] && programs+=("$program")
done
((${#programs[@]})) || { echo "error: no program matches --only '$only'" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# run RUNNER PROGRAM: appends the wall time (µs) and max RSS (KiB) to the tallies; keeps stdout.
declare -A time_us rss_kib failed startup  # time_us: of the chosen clock (instructions: thousands)
# instructions RUNNER PROGRAM: prints its instructions under callgrind (0 if valgrind reports
# none; the program's output in $scratch/out.RUNNER); the program's exit status.
instructions() {
  local status=0 count
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$scratch/valgrind" \
    "${commands[$1]}" "$2" >"$scratch/out.$1" 2>"$scratch/err" || status=$?
  count=$(sed -n 's/.*I *refs: *//p' "$scratch/valgrind" | tr -d ,)
  [[ $count =~ ^[0-9]+$ ]] && echo "$count" || echo 0
  return $status
}
run() {
  local runner=$1 program=$2 key="$1|$2" start end rss='' cpu='' count
  start=$(date +%s%N)
  if [[ $clock == instructions ]]; then
    if [[ -z ${startup[$runner]:-} ]]; then
      echo pass >"$scratch/empty.py"
      startup[$runner]=$(instructions "$runner" "$scratch/empty.py") || { echo "error: $runner does not run an empty program under valgrind" >&2; exit 1; }
    fi
    count=$(instructions "$runner" "$program") || {
      failed[$key]=1
      echo "warning: $runner $program failed: $(tail -1 "$scratch/err")" >&2
    }
    time_us[$key]+="$(((count - startup[$runner]) / 1000)) "
    return 0
  fi
  if [[ -n $time_tool ]]; then
    $time_tool -f '%M %U %S' -o "$scratch/rss" "${commands[$runner]}" "$program" >"$scratch/out.$runner" 2>"$scratch/err" || failed[$key]=1
    read -r rss user system < <(tail -1 "$scratch/rss")
    cpu=$(awk "BEGIN {printf \"%d\", ($user + $system) * 1000000}")
  else
    "${commands[$runner]}" "$program" >"$scratch/out.$runner" 2>"$scratch/err" || failed[$key]=1
  fi
  end=$(date +%s%N)
  if [[ -n ${failed[$key]:-} ]]; then
    echo "warning: $runner $program failed: $(tail -1 "$scratch/err")" >&2
  fi
  if [[ $clock == cpu ]]; then time_us[$key]+="$cpu "; else time_us[$key]+="$(((end - start) / 1000)) "; fi
  [[ $rss =~ ^[0-9]+$ ]] && rss_kib[$key]+="$rss "
  return 0
}

# (An empty tally, such as peak memory without GNU time or under valgrind, gives nothing.)
median() { tr ' ' '\n' <<<"$1" | { grep . || true; } | sort -g | awk '{v[NR]=$1} END {if (NR) print v[int((NR+1)/2)]}'; }
maximum() { tr ' ' '\n' <<<"$1" | { grep . || true; } | sort -g | tail -1; }
# paired_ratios A B: the per-repetition ratios A_i / B_i of two tallies.
paired_ratios() { paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) | awk '$2 > 0 {printf "%.4f ", $1 / $2}'; }

echo "$(date -u +%FT%TZ) $(uptime | sed 's/.*load/load/'); ${#programs[@]} programs, $repetitions interleaved repetitions, $clock"
declare -A mismatch
for ((rep = 0; rep < repetitions; rep++)); do
  for program in "${programs[@]}"; do
    count=${#runners[@]}
    for ((k = 0; k < count; k++)); do
      run "${runners[(k + rep) % count]}" "$program"
    done
    if ((rep == 0)); then
      for runner in "${runners[@]}"; do
        [[ $runner == cpython* ]] && ! cmp -s "$scratch/out.gilvm" "$scratch/out.$runner" && mismatch[$program]+="$runner "
      done
    fi
  done
  echo "  repetition $((rep + 1))/$repetitions done" >&2
done
load_after=$(uptime | sed 's/.*load average: //')

compared=()
for runner in "${runners[@]}"; do [[ $runner == cpython* || $runner == gilvm-base ]] && compared+=("$runner"); done  # the ratio columns
header=$(printf '%-16s %10s' program "gilvm $unit")  # of the chosen clock
for runner in "${runners[@]:1}"; do header+=$(printf ' %14s' "$runner $unit"); done
for runner in "${compared[@]}"; do header+=$(printf ' %22s' "${runner#cpython}/gilvm (min..max)"); done
header+=$(printf ' %10s' "gilvm MiB")
for runner in "${compared[@]}"; do header+=$(printf ' %10s' "${runner#cpython} MiB"); done
echo "$header"

json_programs=''
declare -A log_sum counted  # counted: programs with a ratio, per runner
for program in "${programs[@]}"; do
  name=$(basename "$program" .py)
  line=$(printf '%-16s %10.1f' "$name" "$(awk "BEGIN {print $(median "${time_us[gilvm|$program]}") / 1000}")")
  json_runners=''
  for runner in "${runners[@]}"; do
    key="$runner|$program"
    med=$(median "${time_us[$key]}")
    rss=$(maximum "${rss_kib[$key]:-}")
    [[ $runner != gilvm ]] && line+=$(printf ' %14.1f' "$(awk "BEGIN {print $med / 1000}")")
    json_runners+="${json_runners:+, }\"$runner\": {\"${unit_key}_median\": $(awk "BEGIN {print $med / 1000}"), \"max_rss_kib\": ${rss:-null}, \"failed\": $([[ -n ${failed[$key]:-} ]] && echo true || echo false)}"
  done
  json_ratios=''
  for runner in "${compared[@]}"; do
    ratios=$(paired_ratios "${time_us[$runner|$program]}" "${time_us[gilvm|$program]}")
    if [[ -z $ratios ]]; then  # gilvm's every time 0: under --clock cpu's 10 ms resolution
      line+=$(printf ' %22s' 'n/a (gilvm 0 ms)')
      json_ratios+="${json_ratios:+, }\"$runner\": null"
      continue
    fi
    counted[$runner]=$((${counted[$runner]:-0} + 1))
    ratio=$(median "$ratios")
    low=$(tr ' ' '\n' <<<"$ratios" | grep . | sort -g | head -1)
    high=$(maximum "$ratios")
    line+=$(printf ' %8.2fx (%.2f..%.2f)' "$ratio" "$low" "$high")
    log_sum[$runner]=$(awk "BEGIN {print ${log_sum[$runner]:-0} + log($ratio)}")
    json_ratios+="${json_ratios:+, }\"$runner\": {\"median\": $ratio, \"min\": $low, \"max\": $high, \"unit\": \"$runner $clock / gilvm $clock\"}"
  done
  for runner in gilvm "${compared[@]}"; do
    rss=$(maximum "${rss_kib[$runner|$program]:-}")
    if [[ -n $rss ]]; then line+=$(printf ' %10.1f' "$(awk "BEGIN {print $rss / 1024}")"); else line+=$(printf ' %10s' -); fi
  done
  [[ -n ${mismatch[$program]:-} ]] && line+="  OUTPUT DIFFERS from ${mismatch[$program]}"
  echo "$line"
  json_programs+="${json_programs:+,
    }{\"program\": \"$program\", \"runners\": {$json_runners}, \"speedup\": {$json_ratios}, \"output_matches\": $([[ -z ${mismatch[$program]:-} ]] && echo true || echo false)}"
done
json_means=''
for runner in "${compared[@]}"; do
  mean=$(awk "BEGIN {printf \"%.3f\", exp(${log_sum[$runner]:-0} / ${counted[$runner]:-1})}")
  printf 'geometric mean of %s/gilvm: %sx' "${runner#cpython}" "$mean"
  (( ${counted[$runner]:-0} == ${#programs[@]} )) || printf ' (of the %d programs with a ratio)' "${counted[$runner]:-0}"
  printf '\n'
  json_means+="${json_means:+, }\"$runner\": $mean"
done
echo "load average after: $load_after"

if [[ -n $json ]]; then
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  cat >"$json.tmp" <<EOF
{
  "context": {"date": "$(date -u +%FT%TZ)", "host": "$(hostname)", "cpus": $(nproc), "commit": "$commit", "set": "$set",
              "load_average_after": "$load_after", "repetitions": $repetitions, "gilvm": "$gilvm",
              "interpreters": {$(for r in "${compared[@]}"; do printf '%s"%s": "%s"' "${sep:-}" "$r" "${commands[$r]}"; sep=', '; done)},
              "clock": "$clock", "time": "whole process: wall = date +%s%N around each run, cpu = GNU time %U + %S (ms fields hold this clock); instructions = callgrind's I refs less the runner's empty program's, in millions (minstr fields)", "max_rss": "GNU time %M, KiB"},
  "programs": [
    $json_programs
  ],
  "geometric_mean_speedup": {$json_means}
}
EOF
  mv "$json.tmp" "$json"
  echo "JSON report: $json"
fi
