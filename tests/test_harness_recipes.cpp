// The scheduler recipes of scripts/cluster: GNU parallel runs for real on this machine (shards
// one after another, merged, compared with an unsharded run); the Slurm array script runs
// outside Slurm with the variables Slurm would set, and the Kubernetes Indexed Job's arguments
// are run with each completion index, both with --dry-run: every cell in exactly one shard.
// And --resume against real runs.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path kCluster = harness_test::kSourceDir / "scripts" / "cluster";

const std::string kSmallSweep = R"({"name": "small", "client": {"messages": 30, "warmup": 5},
  "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"gil": "legacy"},
                        {"gil": "newgil", "switch_intervals": ["1ms"]}, {"server": "floor"}],
            "cores": [1], "client_placement": ["same", "separate"]},
  "repetitions": 1, "timeouts": {"cell": "60s", "listen": "20s"}})";

using harness_test::read_text;

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream directories(path ? path : "");
  for (std::string directory; std::getline(directories, directory, ':');) {
    if (::access((std::filesystem::path(directory) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

// The cell numbers a --dry-run lists ("  [17] newgil 5ms/100 t=1 ...": 17).
std::vector<int> listed_cells(const std::string& dry_run) {
  std::vector<int> cells;
  const std::regex line(R"(^  \[(\d+)\] )");
  std::istringstream in(dry_run);
  for (std::string text; std::getline(in, text);) {
    std::smatch match;
    if (std::regex_search(text, match, line)) cells.push_back(std::stoi(match[1]));
  }
  return cells;
}

// Every cell of the sweep in exactly one of the shards' listings.
void check_partition(const std::vector<std::vector<int>>& shards, int cells) {
  std::multiset<int> all;
  for (const auto& shard : shards) all.insert(shard.begin(), shard.end());
  CHECK(all.size() == static_cast<std::size_t>(cells));
  CHECK(std::set<int>(all.begin(), all.end()).size() == static_cast<std::size_t>(cells));
}

// Cells that are runnable on this machine, skipped ones too: the dry-run of a whole sweep.
int cells_in(const std::filesystem::path& config, const std::filesystem::path& scratch) {
  const auto dry = harness_test::run_gilbench({"run", config.string(), "--dry-run"}, scratch);
  REQUIRE(dry.status == 0);
  return static_cast<int>(listed_cells(dry.out).size());
}

}  // namespace

TEST_CASE(
    "three shards through GNU parallel on this machine, merged, are the unsharded run's cells and "
    "table",
    "[harness][e2e][recipes]") {
  if (!on_path("parallel")) {
    WARN("GNU parallel is not installed (scripts/install-deps.sh installs it): recipe not tested");
    return;
  }
  TemporaryDirectory scratch("gilbench-recipe");
  const auto config = scratch.path() / "small.json";
  harness_test::write_text(config, kSmallSweep);
  const auto whole_path = scratch.path() / "whole.json";
  REQUIRE(harness_test::run_gilbench(
              {"run", config.string(), "-o", whole_path.string(), "--no-plots"}, scratch.path())
              .status == 0);

  const auto out = scratch.path() / "shards";
  const auto sharded =
      harness_test::run_program({"/usr/bin/env", std::string("GILBENCH=") + GILBENCH_EXE, "bash",
                                 (kCluster / "parallel-shards.sh").string(), config.string(), "3",
                                 "1/:", "local", out.string()},
                                scratch.path());
  INFO(sharded.out << sharded.err);
  REQUIRE(sharded.status == 0);
  CHECK(harness_test::child_processes().empty());
  for (int shard = 0; shard < 3; ++shard) {
    const Json part = harness_test::read_json(out / ("shard-" + std::to_string(shard) + ".json"));
    CHECK(part["run"]["shard"]["index"] == shard);
    CHECK(part["context"]["host_label"] == "local");
  }
  const Json whole = harness_test::read_json(whole_path);
  const Json merged = harness_test::read_json(out / "merged.json");
  CHECK(merged["run"]["status"] == "complete");
  CHECK(merged["cells"].size() == whole["cells"].size());
  for (std::size_t i = 0; i < whole["cells"].size(); ++i) {
    INFO(whole["cells"][i]["id"]);
    CHECK(merged["cells"][i]["id"] == whole["cells"][i]["id"]);
    CHECK(merged["cells"][i]["parameters"] == whole["cells"][i]["parameters"]);
    CHECK(merged["cells"][i]["status"] == whole["cells"][i]["status"]);
    CHECK(merged["cells"][i]["versus_baseline"].is_null() ==
          whole["cells"][i]["versus_baseline"].is_null());
  }
  // The same table: header, rows, and each row's parameter and status columns.
  const auto merged_rows = harness_test::table_rows(
      harness_test::run_gilbench({"show", (out / "merged.json").string()}, scratch.path()).out);
  const auto whole_rows = harness_test::table_rows(
      harness_test::run_gilbench({"show", whole_path.string()}, scratch.path()).out);
  REQUIRE(merged_rows.size() == whole_rows.size());
  // Words, not spacing: a right-aligned column is as wide as its widest measured figure.
  CHECK(harness_test::first_words(merged_rows[0], 64) ==
        harness_test::first_words(whole_rows[0], 64));
  for (std::size_t i = 1; i < whole_rows.size(); ++i) {
    CHECK(harness_test::first_words(merged_rows[i], 8) ==
          harness_test::first_words(whole_rows[i], 8));
  }
}

TEST_CASE("a --resume run runs only what an earlier report lacks, and refuses another sweep",
          "[harness][e2e][resume]") {
  TemporaryDirectory scratch("gilbench-resume");
  const auto config = scratch.path() / "small.json";
  harness_test::write_text(config, kSmallSweep);
  const auto half = scratch.path() / "half.json";
  REQUIRE(harness_test::run_gilbench(
              {"run", config.string(), "--shard", "0/2", "-o", half.string(), "--no-plots"},
              scratch.path())
              .status == 0);
  const auto full = scratch.path() / "full.json";
  const auto resumed = harness_test::run_gilbench(
      {"run", config.string(), "--resume", half.string(), "-o", full.string(), "--no-plots"},
      scratch.path());
  INFO(resumed.err);
  REQUIRE(resumed.status == 0);
  const Json before = harness_test::read_json(half);
  const Json after = harness_test::read_json(full);
  std::size_t ok_before = 0;
  for (const auto& cell : before["cells"]) {
    if (cell["status"] != "ok") continue;
    ++ok_before;
    const Json* kept = harness_test::cell_with(after, cell["id"].get<std::string>());
    REQUIRE(kept);
    CHECK((*kept)["repetitions"] == cell["repetitions"]);  // carried, not measured again
  }
  CHECK(ok_before > 0);
  CHECK(after["run"]["resumed_from"]["cells_carried"] == ok_before);
  CHECK(after["cells"].size() == static_cast<std::size_t>(cells_in(config, scratch.path())));
  CHECK(after["run"]["shard"].is_null());

  const auto again = harness_test::run_gilbench(
      {"run", config.string(), "--resume", half.string(), "-o", full.string()}, scratch.path());
  CHECK(again.status == 2);
  CHECK_THAT(again.err, Contains("exists"));
  const auto other =
      harness_test::run_gilbench({"run", config.string(), "--resume", half.string(), "--reps", "2",
                                  "-o", (scratch.path() / "x.json").string()},
                                 scratch.path());
  CHECK(other.status == 2);
  CHECK_THAT(other.err, Contains("run.repetitions (2 vs 1)"));
  CHECK(!std::filesystem::exists(scratch.path() / "x.json"));
  const auto elsewhere =
      harness_test::run_gilbench({"run", config.string(), "--resume", half.string(), "--host-label",
                                  "elsewhere", "-o", (scratch.path() / "y.json").string()},
                                 scratch.path());
  CHECK(elsewhere.status == 2);
  CHECK(harness_test::run_gilbench({"run", config.string(), "--shard", "2/2", "--dry-run"},
                                   scratch.path())
            .status == 2);
  CHECK(harness_test::run_gilbench({"run", config.string(), "--host-label", "a b", "--dry-run"},
                                   scratch.path())
            .status == 2);
  CHECK(harness_test::run_gilbench({"merge", half.string(), "-o", full.string()}, scratch.path())
            .status == 2);  // exists
}

TEST_CASE("the Slurm array script runs each array task's shard", "[harness][recipes]") {
  TemporaryDirectory scratch("gilbench-slurm");
  const auto script = kCluster / "slurm-array.sbatch";
  const std::string text = read_text(script);
  std::smatch array;
  REQUIRE(std::regex_search(text, array, std::regex(R"(\n#SBATCH --array=0-(\d+)\n)")));
  const int shards = std::stoi(array[1]) + 1;
  CHECK_THAT(text, Contains("\n#SBATCH --exclusive\n"));
  CHECK(harness_test::run_program({"/bin/bash", "-n", script.string()}, scratch.path()).status ==
        0);
  const auto config = harness_test::kSourceDir / "configs" / "convoy.json";
  std::vector<std::vector<int>> listed;
  for (int task = 0; task < shards; ++task) {
    const auto dry = harness_test::run_program(
        {"/usr/bin/env", "SLURM_ARRAY_TASK_ID=" + std::to_string(task),
         "SLURM_ARRAY_TASK_COUNT=" + std::to_string(shards), "SLURM_ARRAY_JOB_ID=4242",
         std::string("GILBENCH=") + GILBENCH_EXE, "/bin/bash", script.string(), config.string(),
         "--dry-run"},
        scratch.path());
    INFO(dry.out << dry.err);
    REQUIRE(dry.status == 0);
    CHECK_THAT(dry.out, Contains("shard " + std::to_string(task) + "/" + std::to_string(shards) +
                                 " of convoy"));
    listed.push_back(listed_cells(dry.out));
  }
  check_partition(listed, cells_in(config, scratch.path()));
}

TEST_CASE("the Kubernetes Indexed Job runs each completion index's shard", "[harness][recipes]") {
  TemporaryDirectory scratch("gilbench-k8s");
  const std::string text = read_text(kCluster / "kubernetes-indexed-job.yaml");
  std::smatch match;
  CHECK_THAT(text, Contains("\n  completionMode: Indexed\n"));
  CHECK_THAT(text, Contains("topologyKey: kubernetes.io/hostname"));  // one pod per node
  REQUIRE(std::regex_search(text, match, std::regex(R"(\n  completions: (\d+)\n)")));
  const int shards = std::stoi(match[1]);
  REQUIRE(std::regex_search(text, match, std::regex(R"(\n  parallelism: (\d+)\n)")));
  CHECK(std::stoi(match[1]) == shards);
  // The container's args are a YAML flow sequence of double-quoted strings: JSON.
  REQUIRE(std::regex_search(text, match, std::regex(R"(\n +args: (\[.*\])\n)")));
  const auto args = Json::parse(match[1].str()).get<std::vector<std::string>>();
  const auto shard_flag = std::find(args.begin(), args.end(), "--shard");
  REQUIRE(shard_flag + 1 < args.end());
  CHECK(*(shard_flag + 1) == "$(JOB_COMPLETION_INDEX)/" + std::to_string(shards));
  REQUIRE(args.size() > 1);
  const auto config =
      harness_test::kSourceDir / args[1];  // relative to the image's workingDir: the repository
  std::vector<std::vector<int>> listed;
  for (int index = 0; index < shards; ++index) {
    std::vector<std::string> arguments;
    for (auto argument : args) {
      const std::string variable = "$(JOB_COMPLETION_INDEX)";
      for (auto at = argument.find(variable); at != std::string::npos;
           at = argument.find(variable)) {
        argument.replace(at, variable.size(), std::to_string(index));
      }
      arguments.push_back(argument == args[1] ? config.string() : argument);
    }
    arguments.push_back("--dry-run");
    const auto dry = harness_test::run_gilbench(arguments, scratch.path());
    INFO(dry.out << dry.err);
    REQUIRE(dry.status == 0);
    listed.push_back(listed_cells(dry.out));
  }
  check_partition(listed, cells_in(config, scratch.path()));
}
