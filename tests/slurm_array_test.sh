#!/usr/bin/env bash
# The Slurm recipe for real: a one-node Slurm cluster (its own munged, slurmctld and slurmd, in
# a scratch directory, on ports no one else uses) runs scripts/cluster/slurm-array.sbatch as a
# 3-task array and the merge as a job that depends on it; the merged report must hold every cell
# of the sweep, each shard's report its own. Takes ~10 s. Needs root (slurmd starts jobs as the
# submitting user) and Debian's slurmd, slurmctld, slurm-client and munge
# (scripts/install-deps.sh --slurm); without them it exits 77, which ctest reports as skipped.
#
#   tests/slurm_array_test.sh GILBENCH
set -euo pipefail

gilbench=${1:?usage: slurm_array_test.sh GILBENCH}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for program in munged slurmctld slurmd sbatch squeue; do
  if ! PATH=$PATH:/usr/sbin command -v "$program" >/dev/null; then
    echo "skipped: $program is not installed (scripts/install-deps.sh --slurm)"
    exit 77
  fi
done
if (($(id -u) != 0)); then
  echo "skipped: slurmd must run as root"
  exit 77
fi

scratch=$(mktemp -d /tmp/gilbench-slurm.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$scratch"
}
trap cleanup EXIT

# Ports from this process's id, so that two runs at once (other checkouts) do not meet.
port=$((20000 + ($$ % 20000) * 2))
mkdir -p "$scratch"/{state,spool,work/results}
chmod 700 "$scratch"
head -c 1024 /dev/urandom >"$scratch/munge.key"
chmod 400 "$scratch/munge.key"
/usr/sbin/munged --foreground --force --socket="$scratch/munge.socket" --key-file="$scratch/munge.key" \
  --pid-file="$scratch/munged.pid" --log-file="$scratch/munged.log" --seed-file="$scratch/munged.seed" &
pids+=($!)

cat >"$scratch/slurm.conf" <<EOF
ClusterName=gilbench-test
SlurmctldHost=$(hostname)(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
NodeName=$(hostname) NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=$(hostname) Default=YES MaxTime=INFINITE State=UP
AuthType=auth/munge
AuthInfo=socket=$scratch/munge.socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/linear
MpiDefault=none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$scratch/state
SlurmdSpoolDir=$scratch/spool
SlurmctldPidFile=$scratch/slurmctld.pid
SlurmdPidFile=$scratch/slurmd.pid
SlurmctldLogFile=$scratch/slurmctld.log
SlurmdLogFile=$scratch/slurmd.log
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
EOF
export SLURM_CONF=$scratch/slurm.conf
for i in $(seq 50); do [[ -S "$scratch/munge.socket" ]] && break; sleep 0.1; done
/usr/sbin/slurmctld -D -c &
pids+=($!)
/usr/sbin/slurmd -D &
pids+=($!)
node_state() { sinfo -h -o %T 2>/dev/null || true; }
for i in $(seq 300); do [[ $(node_state) == idle* ]] && break; sleep 0.2; done
[[ $(node_state) == idle* ]] || { echo "FAIL: the node did not come up in 60 s: $(node_state)"; tail -n 5 "$scratch"/*.log; exit 1; }

cd "$scratch/work"
cat >small.json <<'EOF'
{"name": "small", "client": {"messages": 30, "warmup": 5},
 "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"gil": "legacy"},
                       {"gil": "newgil", "switch_intervals": ["1ms"]}, {"server": "floor"}],
           "cores": [1], "client_placement": ["same", "separate"]},
 "repetitions": 1, "timeouts": {"cell": "60s", "listen": "20s"}}
EOF
job=$(GILBENCH=$gilbench sbatch --parsable "$root/scripts/cluster/slurm-array.sbatch" small.json)
merge=$(sbatch --parsable --dependency=afterany:"$job" --output=results/merge.log \
  --wrap "$gilbench merge results/slurm-$job/shard-*.json -o results/slurm-$job/merged.json --no-plots")
for i in $(seq 600); do
  [[ -z "$(squeue -h -j "$job,$merge" 2>/dev/null)" ]] && break
  sleep 0.2
done
[[ -z "$(squeue -h -j "$job,$merge")" ]] || { echo "FAIL: jobs still queued after 120 s"; squeue; exit 1; }

merged=results/slurm-$job/merged.json
[[ -f "$merged" ]] || { echo "FAIL: no merged report"; cat results/*.log; exit 1; }
tasks=$(sed -n 's/^#SBATCH --array=0-\([0-9]*\)$/\1/p' "$root/scripts/cluster/slurm-array.sbatch")
for k in $(seq 0 "$tasks"); do
  grep -A1 '"shard": {' "results/slurm-$job/shard-$k.json" | grep -q "\"index\": $k," || { echo "FAIL: shard-$k.json is not shard $k"; exit 1; }
done
whole=$("$gilbench" run small.json --dry-run | grep -c '^  \[')
cells=$(grep -c '"is_baseline":' "$merged")  # once in every cell, nowhere else
grep -q '"status": "complete"' "$merged" || { echo "FAIL: merged report not complete"; cat results/merge.log; exit 1; }
((cells == whole)) || { echo "FAIL: merged report has $cells cells, the sweep $whole"; exit 1; }
echo "ok: $((tasks + 1)) array tasks and the merge job ran; $cells cells merged"
