// floor-echo-server: the physical floor. A minimal blocking echo server with the VM echo server's
// interface (--host, --port 0, first line "listening HOST:PORT"), so that the same client and
// harness measure both and the difference is what the VM and its GIL cost.
#include <array>
#include <cstdint>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "common/loopback.h"
#include "common/usage_error.h"

namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// As the classic Python echo server: conn.recv(100).
constexpr std::size_t kMaxReceiveBytes = 100;

struct FloorServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;
};

// Returns nothing when --help was asked for and printed.
std::optional<FloorServerOptions> parse_command_line(int argc, char* argv[]) {
  FloorServerOptions options;
  CLI::App app{"Echoes one TCP connection until EOF with plain blocking calls.",
               "floor-echo-server"};
  app.add_option("--host", options.host, "Loopback address to listen on")->capture_default_str();
  app.add_option("--port", options.port, "Port to listen on; 0 picks a free one")
      ->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& help) {
    app.exit(help);
    return std::nullopt;
  } catch (const CLI::ParseError& error) {
    throw gilbench::UsageError(error.what());
  }
  return options;
}

tcp::acceptor listen_on(asio::io_context& io, const FloorServerOptions& options) {
  const tcp::endpoint endpoint(gilbench::loopback_address(options.host), options.port);
  tcp::acceptor acceptor(io, endpoint.protocol());
  acceptor.set_option(tcp::acceptor::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(1);
  return acceptor;
}

// Blocking calls: the socket never sees an asynchronous operation, so each is one system call.
void echo_until_eof(tcp::socket& connection) {
  std::array<char, kMaxReceiveBytes> buffer{};
  for (;;) {
    boost::system::error_code error;
    const auto received = connection.read_some(asio::buffer(buffer), error);
    if (error == asio::error::eof) return;
    if (error) throw boost::system::system_error(error, "receive");
    asio::write(connection, asio::buffer(buffer.data(), received));
  }
}

void serve_one_connection(const FloorServerOptions& options) {
  asio::io_context io;
  auto acceptor = listen_on(io, options);
  const auto local = acceptor.local_endpoint();
  std::cout << "listening " << local.address().to_string() << ':' << local.port() << std::endl;
  auto connection = acceptor.accept();
  acceptor.close();
  connection.set_option(tcp::no_delay(true));
  echo_until_eof(connection);
}

}  // namespace

int main(int argc, char* argv[]) {
  try {
    const auto options = parse_command_line(argc, argv);
    if (options) serve_one_connection(*options);
    return 0;
  } catch (const gilbench::UsageError& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kFailureExitStatus);
  }
}
