#include "harness/merge.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/output_file.h"
#include "harness/compare.h"
#include "harness/plots.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

// What makes two reports parts of one sweep. The binaries' paths, dates and machines may differ.
constexpr const char* kSweepFields[][2] = {
    {"context", "tool"},         {"context", "schema_version"}, {"context", "version"},
    {"context", "config"},       {"run", "repetitions"},        {"run", "quick"},
    {"run", "client"},           {"run", "workload"},           {"run", "timeouts"},
    {"run", "selected_designs"}, {"run", "selected_cores"}};

// Fields of a context that describe one machine: a report merged from several has no single value.
constexpr const char* kMachineFields[] = {"host",        "host_label",  "cpu_model",
                                          "online_cpus", "usable_cpus", "kernel"};

std::string brief(const Json& value) {
  std::string text = value.dump();
  return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

// One source of cells in a merged report, as listed in context.merged_from.
Json source_entry(const NamedReport& input) {
  Json context = input.report["context"];
  context.erase("config");
  context.erase("config_file");
  const Json& run = input.report["run"];
  const Json& shard = run.value("shard", Json());
  return {{"report", input.name},
          {"host_label", context.value("host_label", context.value("host", "?"))},
          {"shard", shard.is_object() ? Json(std::to_string(shard["index"].get<int>()) + "/" +
                                             std::to_string(shard["count"].get<int>()))
                                      : Json(nullptr)},
          {"run_status", run.value("status", "?")},
          {"wall_s", run.value("wall_s", 0.0)},
          {"cells", input.report["cells"].size()},
          {"context", context}};
}

// The sources of an input: a merged report contributes those it was merged from.
std::vector<Json> sources_of(const NamedReport& input) {
  const Json& context = input.report["context"];
  if (context.contains("merged_from")) return context["merged_from"].get<std::vector<Json>>();
  return {source_entry(input)};
}

// A cell with its host label right after its id.
Json labelled(const Json& cell, const std::string& label) {
  Json out;
  for (const auto& [key, value] : cell.items()) {
    if (key == "host_label") continue;
    out[key] = value;
    if (key == "id") out["host_label"] = label;
  }
  return out;
}

// Each cell's slowdown again, against its baseline in the merged report: a shard's baseline
// cell may have run in another shard, on the same host label.
void relink_baselines(Json& cells) {
  std::map<std::pair<std::string, std::string>, const Json*> by_label_and_id;
  for (const auto& cell : cells)
    by_label_and_id[{cell["host_label"].get<std::string>(), cell["id"].get<std::string>()}] = &cell;
  std::vector<Json> relinked;
  for (const auto& cell : cells) {
    const Json& versus = cell.value("versus_baseline", Json());
    if (!versus.is_object()) {
      relinked.push_back(nullptr);
      continue;
    }
    const std::string baseline_id = versus.value("baseline_cell", "");
    const auto baseline =
        by_label_and_id.find({cell["host_label"].get<std::string>(), baseline_id});
    relinked.push_back(versus_baseline(baseline_id, cell.value("aggregates", Json()),
                                       baseline == by_label_and_id.end()
                                           ? Json()
                                           : baseline->second->value("aggregates", Json())));
  }
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!relinked[i].is_null()) cells[i]["versus_baseline"] = relinked[i];
  }
}

// Per host label: the shard count its sources agree on and the shards none of them ran.
std::vector<std::string> missing_shards(const std::vector<Json>& sources,
                                        const std::vector<std::string>& labels) {
  std::vector<std::string> missing;
  for (const auto& label : labels) {
    std::optional<int> count;
    std::set<int> present;
    for (const auto& source : sources) {
      if (source["host_label"] != label || !source["shard"].is_string()) continue;
      const std::string shard = source["shard"].get<std::string>();
      const auto slash = shard.find('/');
      const int index = std::stoi(shard.substr(0, slash)), of = std::stoi(shard.substr(slash + 1));
      if (count && *count != of) {
        throw MergeError("host label \"" + label + "\" has shards of " + std::to_string(*count) +
                         " and of " + std::to_string(of) + " (" +
                         source["report"].get<std::string>() +
                         "): shards of different plans do not fit together");
      }
      count = of;
      present.insert(index);
    }
    for (int index = 0; count && index < *count; ++index) {
      if (!present.contains(index))
        missing.push_back(label + ": shard " + std::to_string(index) + "/" +
                          std::to_string(*count));
    }
  }
  return missing;
}

Json merged_run(const std::vector<NamedReport>& inputs, const std::vector<Json>& sources,
                const Json& cells, const std::vector<std::string>& labels,
                const std::vector<std::string>& missing,
                const std::vector<std::string>& command_line) {
  Json run = inputs.front().report["run"];
  std::string started = run.value("started", ""), finished;
  double longest = 0, total = 0;
  bool complete = missing.empty();
  for (const auto& input : inputs) {
    const Json& other = input.report["run"];
    started = std::min(started, other.value("started", started));
    const Json ended = other.value("finished", Json());
    if (ended.is_string()) finished = std::max(finished, ended.get<std::string>());
  }
  for (const auto& source : sources) {
    longest = std::max(longest, source.value("wall_s", 0.0));
    total += source.value("wall_s", 0.0);
    complete = complete && source.value("run_status", "") == "complete";
  }
  run["status"] = complete ? "complete" : "incomplete";
  run.erase("reason");
  if (!complete) {
    std::string reason =
        missing.empty() ? "" : "missing " + std::to_string(missing.size()) + " shard(s)";
    for (const auto& source : sources) {
      if (source.value("run_status", "") == "complete") continue;
      reason += (reason.empty() ? "" : "; ") + source["report"].get<std::string>() + " is " +
                source["run_status"].get<std::string>();
    }
    run["reason"] = reason;
  }
  run["command_line"] = command_line;
  run["started"] = started;
  run["finished"] = finished.empty() ? Json(nullptr) : Json(finished);
  run["wall_s"] = longest;  // the makespan, had the sources run side by side
  run["shard"] = nullptr;
  run["resumed_from"] = nullptr;
  run["merged"] = {{"reports", inputs.size()},
                   {"host_labels", labels},
                   {"shards_missing", missing},
                   {"total_wall_s", total}};
  std::map<std::string, std::size_t> counts;
  for (const auto& cell : cells) ++counts[cell.value("status", "?")];
  run["cells"] = {{"total", cells.size()},
                  {"ok", counts["ok"]},
                  {"failed", counts["failed"]},
                  {"skipped", counts["skipped"]},
                  {"interrupted", counts["interrupted"]},
                  {"pending", counts["pending"]}};
  return run;
}

}  // namespace

std::optional<std::string> sweep_difference(const Json& a, const Json& b) {
  for (const auto& [block, field] : kSweepFields) {
    const Json& left = a.at(block).value(field, Json());
    const Json& right = b.at(block).value(field, Json());
    if (left != right)
      return std::string(block) + "." + field + " (" + brief(left) + " vs " + brief(right) + ")";
  }
  return std::nullopt;
}

MergeResult merge_reports(const std::vector<NamedReport>& inputs,
                          const std::vector<std::string>& command_line) {
  if (inputs.empty()) throw MergeError("no reports to merge");
  MergeResult result;
  const NamedReport& first = inputs.front();
  std::vector<Json> sources;
  std::map<std::pair<std::string, std::string>, std::string>
      seen;                                         // (label, id) -> the report it came from
  std::vector<std::pair<std::string, Json>> cells;  // label, cell
  for (const auto& input : inputs) {
    if (const auto difference = sweep_difference(first.report, input.report)) {
      throw MergeError(input.name + " is not of the same sweep as " + first.name + ": " +
                       *difference);
    }
    const std::string commit = input.report["context"].value("git_commit", "?");
    if (commit != first.report["context"].value("git_commit", "?")) {
      result.warnings.push_back(input.name + " was built from commit " + commit + ", " +
                                first.name + " from " +
                                first.report["context"].value("git_commit", "?"));
    }
    for (auto& source : sources_of(input)) sources.push_back(std::move(source));
    for (const auto& cell : input.report["cells"]) {
      const std::string label = host_label_of(input.report, cell);
      const auto [where, inserted] =
          seen.emplace(std::pair{label, cell.value("id", "?")}, input.name);
      if (!inserted) {
        throw MergeError("cell " + cell.value("id", "?") + " of host label \"" + label +
                         "\" is in both " + where->second + " and " + input.name +
                         ": merge one of them (--resume makes one report of a re-run)");
      }
      cells.emplace_back(label, labelled(cell, label));
    }
  }
  std::vector<std::string> labels;
  for (const auto& [label, cell] : cells) {
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
  }
  // Host by host, each in the sweep's order.
  std::stable_sort(cells.begin(), cells.end(), [&](const auto& a, const auto& b) {
    const auto label_a = std::find(labels.begin(), labels.end(), a.first),
               label_b = std::find(labels.begin(), labels.end(), b.first);
    if (label_a != label_b) return label_a < label_b;
    return a.second.value("index", SIZE_MAX) < b.second.value("index", SIZE_MAX);
  });
  Json merged_cells = Json::array();
  for (auto& [label, cell] : cells) merged_cells.push_back(std::move(cell));
  relink_baselines(merged_cells);
  const auto missing = missing_shards(sources, labels);
  for (const auto& shard : missing) {
    result.warnings.push_back(
        shard +
        " is missing: its cells are not in the merged report (run that shard and merge again, or "
        "complete the merged report with gilbench run --resume)");
  }

  Json context = first.report["context"];
  if (labels.size() > 1) {
    for (const char* field : kMachineFields)
      context.erase(field);  // each host's are in merged_from
  }
  context["merged_from"] = sources;
  result.report["context"] = std::move(context);
  result.report["run"] = merged_run(inputs, sources, merged_cells, labels, missing, command_line);
  result.report["cells"] = std::move(merged_cells);
  return result;
}

int merge_command(const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& output, bool plots,
                  const std::vector<std::string>& command_line, std::ostream& out,
                  std::ostream& err) {
  if (std::filesystem::exists(output)) {
    err << "error: " << output.string()
        << " exists: merge writes a new report (remove it or choose another name)\n";
    return 2;
  }
  MergeResult merged;
  try {
    std::vector<NamedReport> reports;
    for (const auto& path : inputs) reports.push_back({path.string(), read_report(path)});
    merged = merge_reports(reports, command_line);
  } catch (const CompareInputError& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  } catch (const MergeError& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {  // JSON of the wrong shape, a shard that is not K/N
    err << "error: malformed gilbench report: " << error.what() << "\n";
    return 2;
  }
  try {
    write_output_file(output, merged.report.dump(2) + "\n");
  } catch (const std::exception& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }
  for (const auto& warning : merged.warnings) err << "warning: " << warning << "\n";
  print_summary_and_plots(merged.report, output, plots, out);
  return 0;
}

std::size_t carry_finished_cells(Report& report, const Json& earlier,
                                 const std::string& earlier_name) {
  const Json current = report.to_json();
  if (const auto difference = sweep_difference(current, earlier)) {
    throw MergeError("--resume " + earlier_name +
                     ": not the same sweep as this run: " + *difference);
  }
  const std::string label = current["context"]["host_label"].get<std::string>();
  for (const auto& other : host_labels(earlier)) {
    if (other == label) continue;
    throw MergeError(
        "--resume " + earlier_name + ": has cells measured as host \"" + other +
        "\", this run is \"" + label +
        "\": resume under the same --host-label, or run the missing cells and merge the reports");
  }
  std::map<std::string, const Json*> finished;
  for (const auto& cell : earlier["cells"]) {
    if (cell.value("status", "") == "ok") finished[cell.value("id", "")] = &cell;
  }
  std::size_t carried = 0;
  for (const auto& cell : report.cells()) {
    const auto found = finished.find(cell_id(cell.parameters));
    if (found == finished.end() || !report.needs_run(cell.index)) continue;
    Json kept = *found->second;
    kept.erase("host_label");  // the report's own label says it
    report.carry(cell.index, std::move(kept));
    ++carried;
  }
  return carried;
}

}  // namespace gilbench::harness
