// Shards, merge and resume without running anything: the plan (deterministic, machine-
// independent, balanced by expected time), merged reports built from fixture repetitions, and
// what --resume carries over.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "harness/compare.h"
#include "harness/merge.h"
#include "harness/report.h"
#include "harness/shards.h"
#include "harness/table.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

const std::string kSweep = R"({"name": "sweep", "client": {"messages": 1000, "warmup": 10},
  "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"server": "floor"}, {"gil": "legacy"},
                        {"gil": "newgil", "switch_intervals": ["5ms"]}, {"gil": "fifo", "switch_intervals": ["5ms"]},
                        {"gil": "nogil"}],
            "cores": [1, 2], "client_placement": ["separate", "same"]},
  "repetitions": 3, "baseline": {"gil": "newgil", "cpu_threads": 0}})";

const MachineCpus kTwoCpus{{0, 1}, 2};
const Binaries kBinaries{"/bin/server", "/bin/client", "/bin/floor", "/bin/gilvm"};

const Config& sweep_config() {
  static const Config config = harness_test::config_from(kSweep, "configs/sweep.json");
  return config;
}

CellParameters echo_cell(const std::string& gil, int threads, Placement placement) {
  CellParameters cell;
  cell.gil = gil;
  cell.switch_interval = std::chrono::milliseconds(5);
  cell.check_interval = 100;
  cell.cpu_threads = threads;
  cell.placement = placement;
  return cell;
}

// A report of `cells` in which every cell the plan gives `shard` (all of them for no shard) ran
// `repetitions` fixture repetitions.
Json fixture_report(const std::vector<Cell>& cells, const std::string& label,
                    std::optional<ShardSpec> shard, int repetitions = 3) {
  const RunSettings settings = run_settings(sweep_config(), kBinaries);
  Report report(sweep_config(), cells, {{"gilbench", "run"}, repetitions, false, {}, settings},
                std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000)),
                {label, shard, 0, ""});
  const ShardPlan plan = plan_shards(cells, settings, repetitions, shard ? shard->count : 1);
  for (const auto& cell : cells) {
    if (shard && plan.shard_of_cell[cell.index] != shard->index) {
      report.leave_out(cell.index);
      continue;
    }
    if (cell.skip) continue;
    for (int rep = 1; rep <= repetitions; ++rep)
      report.add_repetition(cell.index, harness_test::fixture_repetition(rep, cell, true));
    report.finish_cell(cell.index, Status::ok);
  }
  report.set_finished(std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'060)));
  return report.to_json();
}

std::vector<std::string> ids(const Json& report) {
  std::vector<std::string> out;
  for (const auto& cell : report["cells"]) out.push_back(cell["id"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a --shard K/N is parsed strictly, K counted from 0", "[harness][shards]") {
  CHECK(parse_shard_spec("0/3").index == 0);
  CHECK(parse_shard_spec("2/3").count == 3);
  CHECK(parse_shard_spec("2/3").text() == "2/3");
  for (const char* bad : {"3/3", "-1/3", "1/0", "1", "a/3", "1/3x", "", "/3", "1/"}) {
    INFO(bad);
    CHECK_THROWS_AS(parse_shard_spec(bad), std::invalid_argument);
  }
  CHECK_THROWS_WITH(parse_shard_spec("3/3"), Contains("K must be 0 to 2"));
}

TEST_CASE("the cost model: a convoyed cell costs a switch interval per message, the others little",
          "[harness][shards]") {
  const RunSettings settings = run_settings(sweep_config(), kBinaries);  // 1000 + 10 messages
  const double newgil_separate =
      expected_repetition_seconds(echo_cell("newgil", 1, Placement::separate), settings);
  CHECK(newgil_separate == Approx(0.3 + 1010 * (50e-6 + 5e-3)));
  CHECK(expected_repetition_seconds(echo_cell("newgil", 1, Placement::same), settings) < 0.5);
  CHECK(expected_repetition_seconds(echo_cell("newgil", 0, Placement::separate), settings) < 0.5);
  CHECK(expected_repetition_seconds(echo_cell("legacy", 1, Placement::separate), settings) < 0.5);
  CHECK(expected_repetition_seconds(echo_cell("fifo", 1, Placement::same), settings) ==
        Approx(0.3 + 1010 * (50e-6 + 2.5 * 5e-3)));
  CHECK(expected_repetition_seconds(echo_cell("newgil", 2, Placement::separate), settings) >
        1.9 * newgil_separate);
  CHECK(expected_repetition_seconds(echo_cell("someday", 1, Placement::same), settings) ==
        Approx(newgil_separate));
  // A real interpreter row convoys like newgil, whatever its name; CPython 2 has no switch
  // interval.
  CellParameters python3 = echo_cell("", 1, Placement::separate);
  python3.server = "interpreter";
  python3.interpreter = "python3.11";
  CHECK(expected_repetition_seconds(python3, settings) == Approx(newgil_separate));
  python3.placement = Placement::same;
  CHECK(expected_repetition_seconds(python3, settings) < 0.5);
  CellParameters python2 = echo_cell("", 1, Placement::separate);
  python2.server = "interpreter";
  python2.interpreter = "pyenv:2.7.18";
  python2.switch_interval = {};
  CHECK(expected_repetition_seconds(python2, settings) < 0.5);
  CellParameters floor = echo_cell("", 1, Placement::separate);
  floor.server = "floor";
  CHECK(expected_repetition_seconds(floor, settings) < 0.5);
  RunSettings short_timeout = settings;
  short_timeout.cell_timeout = std::chrono::seconds(2);
  CHECK(expected_repetition_seconds(echo_cell("fifo", 4, Placement::same), short_timeout) ==
        Approx(2.0));
}

TEST_CASE("a plan puts every cell in one shard, the same on every machine, balanced by time",
          "[harness][shards]") {
  const RunSettings settings = run_settings(sweep_config(), kBinaries);
  const auto cells = expand_cells(sweep_config(), {}, kTwoCpus);
  const auto big_machine_cells = expand_cells(sweep_config(), {}, {std::vector<int>(64, 0), 64});
  REQUIRE(cells.size() == 24);
  for (const int count : {1, 2, 3, 5, 30}) {
    const ShardPlan plan = plan_shards(cells, settings, 3, count);
    INFO(count << " shards");
    CHECK(plan.shard_of_cell == plan_shards(big_machine_cells, settings, 3, count).shard_of_cell);
    std::vector<std::size_t> all;
    for (int shard = 0; shard < count; ++shard) {
      const auto members = plan.cells_of(shard);
      all.insert(all.end(), members.begin(), members.end());
      double expected = 0;
      for (const auto i : members) expected += plan.cell_expected_s[i];
      CHECK(plan.shard_expected_s[static_cast<std::size_t>(shard)] == Approx(expected));
    }
    std::sort(all.begin(), all.end());
    std::vector<std::size_t> every(cells.size());
    std::iota(every.begin(), every.end(), 0);
    CHECK(all == every);
    // Longest-first greedy is within 4/3 of the best possible makespan, which is at least the
    // mean load and at least the longest cell.
    const double total =
        std::accumulate(plan.cell_expected_s.begin(), plan.cell_expected_s.end(), 0.0);
    const double longest_cell =
        *std::max_element(plan.cell_expected_s.begin(), plan.cell_expected_s.end());
    const double makespan =
        *std::max_element(plan.shard_expected_s.begin(), plan.shard_expected_s.end());
    CHECK(makespan <= 4.0 / 3.0 * std::max(total / count, longest_cell) + 1e-9);
  }
  // The 6 convoyed cells (newgil separate; fifo everywhere) are spread, not dealt by count.
  const ShardPlan three = plan_shards(cells, settings, 3, 3);
  for (int shard = 0; shard < 3; ++shard) {
    int convoyed = 0;
    for (const auto i : three.cells_of(shard)) convoyed += three.cell_expected_s[i] > 10 ? 1 : 0;
    CHECK(convoyed == 2);
  }
  const std::string text = render_plan("sweep", cells, three, 3);
  CHECK_THAT(text, Contains("24 cells x 3 repetition(s) in 3 shard(s)"));
  CHECK_THAT(text, Contains("shard 2/3: "));
  CHECK_THAT(text, Contains("(skipped on this machine: separate placement needs a core"));
}

TEST_CASE("shard reports hold their own cells: merged, they are the unsharded report again",
          "[harness][shards][merge]") {
  const auto cells = expand_cells(sweep_config(), {}, kTwoCpus);
  const Json whole = fixture_report(cells, "box", std::nullopt);
  std::vector<NamedReport> shards;
  for (int shard = 0; shard < 3; ++shard) {
    shards.push_back({"shard-" + std::to_string(shard) + ".json",
                      fixture_report(cells, "box", ShardSpec{shard, 3})});
    CHECK(shards.back().report["run"]["shard"]["cells_in_sweep"] == 24);
    CHECK(shards.back().report["cells"].size() < 24);
  }
  std::reverse(shards.begin(), shards.end());  // the order of the inputs does not matter
  const MergeResult merged = merge_reports(shards, {"gilbench", "merge"});
  CHECK(merged.warnings.empty());
  const Json& report = merged.report;
  CHECK(ids(report) == ids(whole));
  CHECK(report["run"]["status"] == "complete");
  CHECK(report["run"]["cells"] == whole["run"]["cells"]);
  CHECK(report["run"]["merged"]["reports"] == 3);
  CHECK(report["context"]["host_label"] == "box");
  CHECK(report["context"]["merged_from"].size() == 3);
  for (std::size_t i = 0; i < whole["cells"].size(); ++i) {
    const Json& cell = report["cells"][i];
    INFO(cell["id"]);
    CHECK(cell["host_label"] == "box");
    CHECK(cell["status"] == whole["cells"][i]["status"]);
    CHECK(cell["aggregates"] == whole["cells"][i]["aggregates"]);
    // Slowdowns against baselines that ran in another shard are computed again.
    CHECK(cell["versus_baseline"] == whole["cells"][i]["versus_baseline"]);
  }
  // The table: the same header and rows as the unsharded report's (the figures are the same here).
  CHECK(harness_test::table_rows(render_summary(report)) ==
        harness_test::table_rows(render_summary(whole)));
  CHECK_THAT(render_summary(report), Contains("merged from:"));
}

TEST_CASE("merge refuses reports that do not belong together, and says what is missing",
          "[harness][shards][merge]") {
  const auto cells = expand_cells(sweep_config(), {}, kTwoCpus);
  const Json zero = fixture_report(cells, "box", ShardSpec{0, 3});
  const Json one = fixture_report(cells, "box", ShardSpec{1, 3});
  SECTION("a missing shard: merged, with a warning, incomplete") {
    const MergeResult merged = merge_reports({{"a.json", zero}, {"b.json", one}}, {});
    REQUIRE(merged.warnings.size() == 1);
    CHECK_THAT(merged.warnings[0], Contains("box: shard 2/3 is missing"));
    CHECK(merged.report["run"]["status"] == "incomplete");
    CHECK_THAT(render_summary(merged.report),
               Contains("The merged report is incomplete: missing 1 shard(s)"));
  }
  SECTION("the same cell twice") {
    CHECK_THROWS_WITH(merge_reports({{"a.json", zero}, {"b.json", zero}}, {}),
                      Contains("is in both a.json and b.json"));
  }
  SECTION("other repetitions") {
    const Json other = fixture_report(cells, "box", ShardSpec{1, 3}, 2);
    CHECK_THROWS_WITH(
        merge_reports({{"a.json", zero}, {"b.json", other}}, {}),
        Contains("b.json is not of the same sweep as a.json: run.repetitions (3 vs 2)"));
  }
  SECTION("another config or tool version") {
    Json other = one;
    other["context"]["config"]["repetitions"] = 5;
    CHECK_THROWS_WITH(merge_reports({{"a.json", zero}, {"b.json", other}}, {}),
                      Contains("context.config"));
    other = one;
    other["context"]["version"] = "9.9.9";
    CHECK_THROWS_WITH(merge_reports({{"a.json", zero}, {"b.json", other}}, {}),
                      Contains("context.version"));
  }
  SECTION("shards of different plans under one label") {
    const Json of_two = fixture_report(cells, "box", ShardSpec{1, 2});
    // Shard 1/2 overlaps 0/3 in some cell, or else the shard counts disagree: either is refused.
    CHECK_THROWS_AS(merge_reports({{"a.json", zero}, {"b.json", of_two}}, {}), MergeError);
  }
}

TEST_CASE("reports of two hosts merge side by side, each with its context",
          "[harness][shards][merge]") {
  const auto cells = expand_cells(sweep_config(), {}, kTwoCpus);
  Json small = fixture_report(cells, "small", std::nullopt);
  Json big = fixture_report(cells, "big", std::nullopt);
  big["context"]["cpu_model"] = "Big CPU";
  const MergeResult merged = merge_reports({{"small.json", small}, {"big.json", big}}, {});
  const Json& report = merged.report;
  CHECK(host_labels(report) == std::vector<std::string>{"small", "big"});
  CHECK(report["cells"].size() == 48);
  CHECK(report["cells"][0]["host_label"] == "small");
  CHECK(report["cells"][24]["host_label"] == "big");
  CHECK(!report["context"].contains("cpu_model"));  // no single machine: each is in merged_from
  CHECK(report["context"]["merged_from"][1]["context"]["cpu_model"] == "Big CPU");
  CHECK(report["run"]["merged"]["host_labels"] == Json::array({"small", "big"}));
  // Each host's slowdowns against its own baseline.
  const Json* newgil_big =
      harness_test::cell_with(report, "vm/newgil/5ms/100/t1/k1/separate", "big");
  REQUIRE(newgil_big);
  CHECK(newgil_big->at("versus_baseline")["total_s_ratio"].get<double>() == Approx(1.0));

  const std::string table = render_summary(report);
  CHECK_THAT(table, Contains("on 2 hosts"));
  CHECK_THAT(table, Contains("  big = "));
  CHECK_THAT(table, Contains("Big CPU"));
  CHECK_THAT(table, Contains("#  host   design"));
  CHECK_THAT(table, Contains("[13 big] skipped:"));
  CHECK_THAT(table, Contains("hosts side by side:"));
  CHECK_THAT(table, Contains("client    small total s  small slowdown  big total s  big slowdown"));
  CHECK_THAT(
      table,
      Contains("skipped                      skipped"));  // cell 13 on both hosts, in one row

  // compare pairs each host's cells with the same host's.
  const Comparison same = compare_reports(report, report, {});
  for (const auto& note : same.notes) CHECK_THAT(note, !Contains("only in"));
  const Comparison against_one = compare_reports(small, report, {});
  CHECK(std::count_if(against_one.notes.begin(), against_one.notes.end(),
                      [](const std::string& note) {
                        return note.find("big: ") == 0 && note.ends_with("only in NEW");
                      }) == 24);
}

TEST_CASE("a --resume carries the finished cells of an earlier report of the same sweep and host",
          "[harness][shards][resume]") {
  const auto cells = expand_cells(sweep_config(), {}, kTwoCpus);
  const RunSettings settings = run_settings(sweep_config(), kBinaries);
  Json earlier = fixture_report(cells, "box", std::nullopt);
  earlier["cells"][3]["status"] = "failed";
  earlier["cells"][4]["status"] = "interrupted";
  const auto new_report = [&](const std::string& label, int repetitions) {
    return Report(sweep_config(), cells, {{"gilbench", "run"}, repetitions, false, {}, settings},
                  std::chrono::system_clock::now(), {label, std::nullopt, 0, "earlier.json"});
  };
  Report report = new_report("box", 3);
  const std::size_t runnable = static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [](const Cell& c) { return !c.skip; }));
  CHECK(carry_finished_cells(report, earlier, "earlier.json") == runnable - 2);
  CHECK(report.needs_run(3));
  CHECK(report.needs_run(4));
  CHECK(!report.needs_run(0));
  const Json json = report.to_json();
  CHECK(json["cells"][0]["aggregates"] == earlier["cells"][0]["aggregates"]);
  CHECK(json["cells"][0]["repetitions"] == earlier["cells"][0]["repetitions"]);
  CHECK(json["run"]["resumed_from"]["cells_carried"] == runnable - 2);

  Report elsewhere = new_report("other-box", 3);
  CHECK_THROWS_WITH(carry_finished_cells(elsewhere, earlier, "earlier.json"),
                    Contains("measured as host \"box\""));
  Report fewer = new_report("box", 1);
  CHECK_THROWS_WITH(carry_finished_cells(fewer, earlier, "earlier.json"),
                    Contains("run.repetitions (1 vs 3)"));
}
