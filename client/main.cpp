// gil-echo-client: parse, run, report. Exit codes: 0 measured, 1 the run failed, 2 bad arguments.
#include <csignal>
#include <iostream>

#include "client/command_line.h"
#include "client/echo_client.h"
#include "client/report.h"
#include "common/output_file.h"

namespace {

void run(const gilbench::client::ClientCommandLine& command_line) {
  using namespace gilbench::client;
  if (command_line.json_path) {
    try {
      gilbench::check_output_file(*command_line.json_path);  // before the run, not after
    } catch (const gilbench::OutputFileError& error) {
      throw UsageError(error.what());
    }
  }
  const auto result = EchoClient(command_line.options).run();
  if (!command_line.quiet) print_summary(std::cout, command_line.options, result);
  if (command_line.json_path) {
    const auto report = make_json_report(command_line.options, result, current_report_context());
    gilbench::write_output_file(*command_line.json_path, report.dump(2) + "\n");
  }
}

}  // namespace

int main(int argc, char* argv[]) {
  std::signal(SIGPIPE,
              SIG_IGN);  // a closed stdout or socket is an error to report, not a silent death
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
