# Google Benchmark micro-benchmarks of the GIL designs: gil_benchmarks (harness/bench_gil.cpp).
# Included from harness/CMakeLists.txt after the `vm` target exists:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/bench.cmake)
# Built when GILBENCH_BENCHMARKS is ON (the default). Run a Release build, e.g.
#   gil_benchmarks --benchmark_filter='handoff/'
if(GILBENCH_BENCHMARKS)
  find_package(benchmark REQUIRED)
  add_executable(gil_benchmarks ${CMAKE_CURRENT_LIST_DIR}/bench_gil.cpp)
  target_link_libraries(gil_benchmarks PRIVATE vm gil benchmark::benchmark Threads::Threads)
endif()
