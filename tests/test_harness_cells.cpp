// Cell expansion: the cross product in a fixed order, CPU sets, skips with reasons, baselines
// and the --gil/--cores selections.
#include <catch2/catch.hpp>

#include <set>

#include "harness/cells.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench;
using namespace gilbench::harness;
using Catch::Matchers::Contains;
using harness_test::config_from;

namespace {

const MachineCpus kTwoCores{{0, 1}, 2};

const std::string kSweep = R"({"name": "t",
  "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]},
                        {"gil": "legacy", "check_intervals": [10, 100]},
                        {"gil": "newgil", "switch_intervals": ["1ms", "5ms"]},
                        {"server": "floor"}],
            "cores": [1, 2], "client_placement": ["same", "separate"]}})";

}  // namespace

TEST_CASE("cells are the cross product of rows and intervals and cores and placements",
          "[harness][cells]") {
  const auto config = config_from(kSweep);
  const auto cells = expand_cells(config, {}, kTwoCores);
  // Per (cores, placement): 1 baseline + 2 legacy + 2 newgil + 1 floor = 6; 2 x 2 pairs.
  REQUIRE(cells.size() == 24);
  for (std::size_t i = 0; i < cells.size(); ++i) CHECK(cells[i].index == i);
  CHECK(cell_label(cells[0].parameters) == "newgil 5ms/100 t=0 k=1 same");
  CHECK(cell_label(cells[1].parameters) == "legacy 5ms/10 t=1 k=1 same");
  CHECK(cell_label(cells[4].parameters) == "newgil 5ms/100 t=1 k=1 same");
  CHECK(cell_label(cells[5].parameters) == "floor k=1 same");
  CHECK(cell_label(cells[6].parameters) == "newgil 5ms/100 t=0 k=1 separate");
}

TEST_CASE("the server gets the first k CPUs and a separate client the others", "[harness][cells]") {
  const auto cells = expand_cells(config_from(kSweep), {}, kTwoCores);
  const auto& same = cells[0];
  CHECK(same.server_cpus == CpuList{0});
  CHECK(same.client_cpus == CpuList{0});
  const auto& separate = cells[6];
  CHECK(separate.server_cpus == CpuList{0});
  CHECK(separate.client_cpus == CpuList{1});
  const auto& two_same = cells[12];
  CHECK(two_same.parameters.cores == 2);
  CHECK(two_same.server_cpus == CpuList{0, 1});
  CHECK(!two_same.skip);
}

TEST_CASE("cells the machine cannot run are skipped with the reason", "[harness][cells]") {
  const auto cells = expand_cells(config_from(kSweep), {}, kTwoCores);
  const auto& two_separate = cells[18];
  REQUIRE(two_separate.skip);
  CHECK_THAT(*two_separate.skip,
             Contains("separate placement needs a core outside the server's 2"));
  const auto many = expand_cells(config_from(kSweep), {{}, {4}}, kTwoCores);
  REQUIRE(many[0].skip);
  CHECK_THAT(*many[0].skip, Contains("needs 4 cores; this machine has 2 online"));
}

TEST_CASE("each cell's baseline is the no-CPU-thread cell of the same cores and placement",
          "[harness][cells]") {
  const auto cells = expand_cells(config_from(kSweep), {}, kTwoCores);
  CHECK(cells[0].is_baseline);
  CHECK(!cells[5].is_baseline);  // the floor is a reference, not the default baseline
  for (const auto& cell : cells) {
    REQUIRE(cell.baseline_index);
    const auto& baseline = cells[*cell.baseline_index].parameters;
    CHECK(baseline.cpu_threads == 0);
    CHECK(baseline.server == "vm");
    CHECK(baseline.cores == cell.parameters.cores);
    CHECK(baseline.placement == cell.parameters.placement);
  }
}

TEST_CASE("a configured baseline selects its cell and none disables it", "[harness][cells]") {
  auto text = kSweep;
  text.insert(text.size() - 1, R"(, "baseline": {"gil": "floor"})");
  const auto with_floor = expand_cells(config_from(text), {}, kTwoCores);
  CHECK(with_floor[5].is_baseline);
  CHECK(!with_floor[0].is_baseline);
  CHECK(*with_floor[1].baseline_index == 5);
  text = kSweep;
  text.insert(text.size() - 1, R"(, "baseline": "none")");
  for (const auto& cell : expand_cells(config_from(text), {}, kTwoCores))
    CHECK(!cell.baseline_index);
}

TEST_CASE(
    "the --gil selection keeps the named rows and the baseline and --cores replaces the core "
    "counts",
    "[harness][cells]") {
  const auto config = config_from(kSweep);
  const auto legacy = expand_cells(config, {{"legacy"}, {1}}, kTwoCores);
  REQUIRE(legacy.size() == 6);  // (baseline + 2 legacy) x 2 placements
  CHECK(legacy[0].is_baseline);
  CHECK(legacy[1].parameters.gil == "legacy");
  CHECK(legacy[2].parameters.check_interval == 100);
  CHECK_THROWS_WITH(
      expand_cells(config, {{"fifo"}, {}}, kTwoCores),
      Contains("--gil fifo: no such design row (the config has: newgil, legacy, newgil, floor)"));
}

TEST_CASE("a --cores list that repeats a count is refused: every cell would run twice under one id",
          "[harness][cells]") {
  const auto config = config_from(kSweep);
  CHECK_THROWS_WITH(expand_cells(config, {{}, {1, 2, 1}}, kTwoCores),
                    Contains("--cores repeats 1: give each core count once"));
  const auto cells = expand_cells(config, {{}, {2, 1}}, kTwoCores);
  std::set<std::string> labels;
  for (const auto& cell : cells) labels.insert(cell_label(cell.parameters));
  CHECK(labels.size() == cells.size());  // every cell distinct
}

TEST_CASE("script workloads have no client placement", "[harness][cells]") {
  const auto config = config_from(
      R"({"name": "t", "workload": {"kind": "script", "script": "harness/workloads/cpu_contention.py", "cpu_threads": 2},
                                      "sweep": {"designs": [{"gil": "legacy"}, {"gil": "newgil"}], "cores": [1, 2]}})");
  const auto cells = expand_cells(config, {}, kTwoCores);
  REQUIRE(cells.size() == 4);
  CHECK(!cells[0].parameters.placement);
  CHECK(cells[0].client_cpus.empty());
  CHECK(cells[2].server_cpus == CpuList{0, 1});
  CHECK(parameters_json(cells[0].parameters)["client_placement"].is_null());
}

TEST_CASE("cell parameters serialise with units", "[harness][cells]") {
  const auto cells = expand_cells(config_from(kSweep), {}, kTwoCores);
  const auto json = parameters_json(cells[4].parameters);
  CHECK(json["gil"] == "newgil");
  CHECK(json["switch_interval"] == "5ms");
  CHECK(json["switch_interval_us"] == 5000.0);
  CHECK(json["check_interval_ticks"] == 100);
  CHECK(json["cores"] == 1);
  CHECK(json["client_placement"] == "same");
  const auto floor = parameters_json(cells[5].parameters);
  CHECK(floor["server"] == "floor");
  CHECK(floor["gil"].is_null());
}
