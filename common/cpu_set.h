// CPU sets as sorted lists of CPU numbers, for pinning children and recording what was granted.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace gilbench {

using CpuList = std::vector<int>;

// The CPUs this process may run on (its own affinity), ascending: the pool cells draw from.
CpuList usable_cpus();

// CPUs the kernel reports online (may exceed usable_cpus() inside a cgroup or under taskset).
int online_cpu_count();

// The affinity of process `pid`. Throws std::runtime_error.
CpuList affinity_of(pid_t pid);

// "0-3,6": the kernel's list format.
std::string format_cpu_list(const CpuList& cpus);

}  // namespace gilbench
