// gil-echo-client: parse, run, report. Exit codes: 0 measured, 1 the run failed, 2 bad arguments.
#include <iostream>

#include "client/command_line.h"
#include "client/echo_client.h"
#include "client/report.h"
#include "common/atomic_file.h"

namespace {

void run(const gilbench::client::ClientCommandLine& command_line) {
  using namespace gilbench::client;
  const auto result = EchoClient(command_line.options).run();
  if (!command_line.quiet) print_summary(std::cout, command_line.options, result);
  if (command_line.json_path) {
    const auto report = make_json_report(command_line.options, result, current_report_context());
    gilbench::write_file_atomically(*command_line.json_path, report.dump(2) + "\n");
  }
}

}  // namespace

int main(int argc, char* argv[]) {
  try {
    const auto command_line = gilbench::client::parse_command_line(argc, argv, std::cout);
    if (command_line) run(*command_line);
    return 0;
  } catch (const gilbench::UsageError& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kFailureExitStatus);
  }
}
