#!/usr/bin/env bash
# Runs one sweep in N shards with GNU parallel, over ssh or on this machine, then merges the
# shard reports into one. Every host needs this repository built at the same path as here; the
# reports come back with rsync (parallel --return).
#
#   scripts/cluster/parallel-shards.sh CONFIG SHARDS HOSTS LABEL OUT [gilbench run options...]
#     SHARDS  how many shards (see: gilbench plan CONFIG --shards N)
#     HOSTS   parallel --sshlogin list, one job slot per host so that no two shards share a
#             machine: "1/node1,1/node2,1/node3"; "1/:" is this machine, shards one after another
#     LABEL   --host-label of every shard: the hosts are alike and merge as one machine type
#     OUT     directory (relative to the repository) for shard-K.json and merged.json
#   GILBENCH=path overrides the gilbench binary (default build/release/harness/gilbench).
#
# Exit status: gilbench merge's (0: merged; missing shards are warned about), or 1 when a shard
# failed and there was nothing to merge. A shard that failed can be completed with
#   gilbench run CONFIG --shard K/N --host-label LABEL --resume OUT/shard-K.json -o OUT/shard-K-resumed.json
set -euo pipefail

if (($# < 5)); then
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
config=$1 shards=$2 hosts=$3 label=$4 out=$5
shift 5
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
gilbench=${GILBENCH:-build/release/harness/gilbench}
command -v parallel >/dev/null || { echo "parallel-shards.sh: GNU parallel is not installed (apt-get install parallel)" >&2; exit 1; }
mkdir -p "$out"

# -q passes every word as it is; {} is the shard index, 0 to SHARDS-1.
rc=0
parallel -q --will-cite --sshlogin "$hosts" --workdir "$PWD" --return "$out/shard-{}.json" --halt never --tag --line-buffer \
  "$gilbench" run "$config" --shard "{}/$shards" --host-label "$label" -o "$out/shard-{}.json" --no-plots "$@" \
  ::: $(seq 0 $((shards - 1))) || rc=$?
((rc == 0)) || echo "parallel-shards.sh: $rc shard(s) failed; merging the rest" >&2
reports=("$out"/shard-*.json)
[[ -e "${reports[0]}" ]] || exit 1
exec "$gilbench" merge "${reports[@]}" -o "$out/merged.json" --no-plots
