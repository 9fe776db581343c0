#!/usr/bin/env bash
# The main job: installs missing dependencies, builds the release preset (gilbench and the
# programs it drives), runs the convoy experiment (configs/convoy.json: about three minutes on
# 2 cores) and prints its table; the report and plots go to results/.
#
#   scripts/run.sh [--no-deps] [GILBENCH-RUN-OPTIONS...]
#     --no-deps   skip scripts/install-deps.sh
#     other options go to `gilbench run` (e.g. --quick, --reps 5, --gil legacy,newgil, --cores 1)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

deps=1
gilbench_options=()
while (($#)); do
  case "$1" in
    --no-deps) deps=0 ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) gilbench_options+=("$1") ;;
  esac
  shift
done

if ((deps)); then
  bash scripts/install-deps.sh
fi

jobs=$(nproc)
echo "== configure and build (release preset, $jobs jobs)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target gilbench

gilbench=build/release/harness/gilbench
if [[ ! -x "$gilbench" ]]; then
  echo "run.sh: $gilbench was not built" >&2
  exit 1
fi

echo "== gilbench run configs/convoy.json ${gilbench_options[*]}"
exec "$gilbench" run configs/convoy.json "${gilbench_options[@]}"
