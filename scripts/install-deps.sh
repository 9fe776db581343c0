#!/usr/bin/env bash
# Installs the Debian packages gilbench needs to build and test, but only the missing ones.
# Idempotent and fast when everything is already there (one dpkg-query, no network).
#
#   scripts/install-deps.sh           install what is missing (apt-get update once, then install)
#   scripts/install-deps.sh --check   only report what is missing; exit 1 if anything is
#   scripts/install-deps.sh --slurm   also Slurm (slurmd, slurmctld, slurm-client, munge) for the one-node
#                                     Slurm test, tests/slurm_array_test.sh, which starts daemons of its own
#                                     (CI passes it; on a systemd host Debian also enables their services)
#
# Runs apt-get directly as root, through sudo otherwise. The project never needs Python.
set -euo pipefail

packages=(
  cmake               # build system (presets need >= 3.25)
  ninja-build         # the presets' generator
  make
  g++                 # C++20 compiler
  libboost-dev        # Boost.Asio (sockets in the VM, client)
  nlohmann-json3-dev  # reports, statistics
  catch2              # unit and script tests (Catch2 v2)
  libbenchmark-dev    # Google Benchmark micro-benchmarks
  libcli11-dev        # command-line parsing
  libmimalloc-dev     # gilvm's allocator (optional: without it, glibc's malloc)
  gnuplot-nox         # plots (optional at run time, installed for completeness)
  parallel            # GNU parallel: the shard recipe (scripts/cluster/parallel-shards.sh) and its test
)

check_only=0
for argument in "$@"; do
  case "$argument" in
  --check) check_only=1 ;;
  --slurm) packages+=(slurmd slurmctld slurm-client munge) ;;
  -h | --help)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "install-deps.sh: unknown option '$argument' (try --help)" >&2
    exit 2
    ;;
  esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps.sh: dpkg-query not found; this script supports Debian/Ubuntu only." >&2
  echo "Install these packages (or equivalents) by hand: ${packages[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != ii* ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present."
  exit 0
fi

if ((check_only)); then
  echo "install-deps: missing: ${missing[*]}"
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
  echo "install-deps.sh: not root and sudo is not available; as root, run:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-deps: done."
