// gil-echo-client and its common helpers: durations, statistics, the histogram, atomic reports,
// the command line, and EchoClient end to end against in-process servers on 127.0.0.1.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "client/command_line.h"
#include "client/echo_client.h"
#include "client/report.h"
#include "common/duration.h"
#include "common/histogram.h"
#include "common/stats.h"

namespace {

using namespace std::chrono_literals;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using gilbench::client::EchoClient;
using gilbench::client::EchoClientOptions;
using gilbench::client::EchoError;
using gilbench::client::EchoRunResult;
using std::chrono::nanoseconds;

// Serves one connection on 127.0.0.1 on its own thread, with blocking calls, as `behaviour`
// says. Every behaviour returns at EOF, which the client's socket gives when it is destroyed.
class TestServer {
 public:
  using Behaviour = std::function<void(tcp::socket&)>;

  // `socket_buffer_bytes`, when not 0, fixes both kernel buffers of the connection.
  explicit TestServer(Behaviour behaviour, int socket_buffer_bytes = 0)
      : acceptor_(listening_acceptor(io_, socket_buffer_bytes)),
        endpoint_(acceptor_.local_endpoint()),
        thread_([this, behaviour = std::move(behaviour)] { serve(behaviour); }) {}
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;
  ~TestServer() {
    // A test that failed before connecting must not leave the thread blocked in accept().
    if (!accepted_) {
      tcp::socket poke(io_);
      boost::system::error_code ignored;
      poke.connect(endpoint_, ignored);
    }
    thread_.join();
  }
  std::uint16_t port() const { return endpoint_.port(); }

 private:
  // Buffer sizes must be set before listen(): shrunk on an established connection, they leave
  // the peer waiting for a window that it was once offered and never sees again.
  static tcp::acceptor listening_acceptor(asio::io_context& io, int socket_buffer_bytes) {
    tcp::acceptor acceptor(io, tcp::v4());
    if (socket_buffer_bytes > 0) {
      acceptor.set_option(tcp::socket::receive_buffer_size(socket_buffer_bytes));
      acceptor.set_option(tcp::socket::send_buffer_size(socket_buffer_bytes));
    }
    acceptor.bind(tcp::endpoint(asio::ip::address_v4::loopback(), 0));
    acceptor.listen();
    return acceptor;
  }

  void serve(const Behaviour& behaviour) {
    tcp::socket connection(io_);
    boost::system::error_code error;
    acceptor_.accept(connection, error);
    accepted_ = true;
    try {
      if (!error) behaviour(connection);
    } catch (const std::exception&) {
      // The client hung up mid-write: its own error is what the test checks.
    }
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  tcp::endpoint endpoint_;
  std::atomic<bool> accepted_{false};
  std::thread thread_;  // last: it starts using the members above at once
};

using ByteEdit = std::function<std::uint8_t(std::size_t offset, std::uint8_t byte)>;

// Echoes the byte stream, through `edit` when there is one, and stops after `close_after` bytes.
void echo_stream(tcp::socket& connection, const ByteEdit& edit,
                 std::size_t close_after = SIZE_MAX) {
  std::vector<std::uint8_t> buffer(64 * 1024);
  std::size_t offset = 0;
  while (offset < close_after) {
    boost::system::error_code error;
    const auto wanted = std::min(buffer.size(), close_after - offset);
    const auto received = connection.read_some(asio::buffer(buffer.data(), wanted), error);
    if (error) return;
    if (edit) {
      for (std::size_t index = 0; index < received; ++index)
        buffer[index] = edit(offset + index, buffer[index]);
    }
    asio::write(connection, asio::buffer(buffer.data(), received));
    offset += received;
  }
}

const ByteEdit unchanged;

void echo_everything(tcp::socket& connection) { echo_stream(connection, unchanged); }

void read_and_never_answer(tcp::socket& connection) {
  std::vector<std::uint8_t> buffer(4096);
  boost::system::error_code error;
  while (!error) connection.read_some(asio::buffer(buffer), error);
}

EchoClientOptions options_for(std::uint16_t port) {
  EchoClientOptions options;
  options.port = port;
  options.messages = 200;
  options.message_size = 100;
  options.warmup_messages = 5;
  options.timeout = 30s;  // generous: only a hang would reach it
  return options;
}

// Where byte `byte` of measured message `number` (1-based) sits in the stream.
std::size_t stream_offset(const EchoClientOptions& options, std::size_t number, std::size_t byte) {
  return (options.warmup_messages + number - 1) * options.message_size + byte;
}

std::string run_error(const EchoClientOptions& options) {
  try {
    EchoClient(options).run();
  } catch (const EchoError& error) {
    return error.what();
  }
  return "no error";
}

std::uint16_t closed_port() {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::address_v4::loopback(), 0));
  return acceptor.local_endpoint().port();
}

std::vector<nanoseconds> nanoseconds_from(std::int64_t first, std::int64_t last) {
  std::vector<nanoseconds> samples;
  for (auto value = first; value <= last; ++value) samples.emplace_back(value);
  return samples;
}

std::string parse_error(std::vector<const char*> arguments) {
  arguments.insert(arguments.begin(), "gil-echo-client");
  std::ostringstream out;
  try {
    gilbench::client::parse_command_line(static_cast<int>(arguments.size()), arguments.data(), out);
  } catch (const gilbench::client::UsageError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("parse_duration reads a number and a unit", "[duration]") {
  using gilbench::parse_duration;
  CHECK(parse_duration("30s") == 30s);
  CHECK(parse_duration("5ms") == 5ms);
  CHECK(parse_duration("100us") == 100us);
  CHECK(parse_duration("1\xC2\xB5s") == 1us);  // MICRO SIGN
  CHECK(parse_duration("1\xCE\xBCs") == 1us);  // GREEK SMALL LETTER MU
  CHECK(parse_duration("250ns") == 250ns);
  CHECK(parse_duration("1.5ms") == 1500us);
  CHECK(parse_duration("0.25s") == 250ms);
  CHECK(parse_duration("1.000000000s") == 1s);
  CHECK(parse_duration("0s") == 0ns);
  CHECK(parse_duration("9223372036s") == 9223372036s);
}

TEST_CASE("parse_duration rejects what is not a duration and names it and the units",
          "[duration]") {
  for (const char* text : {"",
                           "30",
                           "s",
                           "ms",
                           "-5ms",
                           "+5ms",
                           "5 ms",
                           " 5ms",
                           "5ms ",
                           "5m",
                           "5h",
                           "abc",
                           "1.5.5s",
                           ".5s",
                           "5.s",
                           "0x10s",
                           "1e3ms",
                           "9223372037s",
                           "99999999999999999999ns",
                           "1.5ns",
                           "0.0000000001s"}) {
    INFO("text: \"" << text << '"');
    try {
      gilbench::parse_duration(text);
      FAIL("accepted");
    } catch (const std::invalid_argument& error) {
      const std::string message = error.what();
      CHECK_THAT(message, Catch::Contains("\"" + std::string(text) + "\""));
      CHECK_THAT(message, Catch::Contains("ns, us, \xC2\xB5s, ms, s"));
    }
  }
}

TEST_CASE("format_duration picks a readable unit", "[duration]") {
  using gilbench::format_duration;
  CHECK(format_duration(30s) == "30s");
  CHECK(format_duration(90s) == "90s");
  CHECK(format_duration(1500us) == "1.5ms");
  CHECK(format_duration(nanoseconds(1'234'567)) == "1.234ms");
  CHECK(format_duration(100us) == "100\xC2\xB5s");
  CHECK(format_duration(250ns) == "250ns");
  CHECK(format_duration(0ns) == "0ns");
  CHECK(gilbench::parse_duration(format_duration(200ms)) == 200ms);
}

TEST_CASE("latency statistics use nearest-rank percentiles", "[stats]") {
  auto samples = nanoseconds_from(1, 100);
  std::shuffle(samples.begin(), samples.end(), std::mt19937(42));
  const auto stats = gilbench::summarize_latencies(samples);
  CHECK(stats.count == 100);
  CHECK(stats.min == 1ns);
  CHECK(stats.max == 100ns);
  CHECK(stats.mean.count() == Approx(50.5));
  CHECK(stats.stddev.count() == Approx(29.0115).epsilon(1e-4));
  CHECK(stats.p50 == 50ns);
  CHECK(stats.p90 == 90ns);
  CHECK(stats.p99 == 99ns);
  CHECK(stats.p99_9 == 100ns);

  const auto thousand = gilbench::summarize_latencies(nanoseconds_from(1, 1000));
  CHECK(thousand.p50 == 500ns);
  CHECK(thousand.p90 == 900ns);
  CHECK(thousand.p99 == 990ns);
  CHECK(thousand.p99_9 == 999ns);
}

TEST_CASE("latency statistics of one sample and of none", "[stats]") {
  const auto one = gilbench::summarize_latencies({7ns});
  CHECK(one.min == 7ns);
  CHECK(one.p50 == 7ns);
  CHECK(one.p99_9 == 7ns);
  CHECK(one.max == 7ns);
  CHECK(one.stddev.count() == 0.0);
  CHECK_THROWS_AS(gilbench::summarize_latencies({}), std::invalid_argument);
  const std::vector<nanoseconds> sorted{1ns, 2ns};
  CHECK_THROWS_AS(gilbench::nearest_rank_percentile(sorted, 0.0), std::invalid_argument);
  CHECK_THROWS_AS(gilbench::nearest_rank_percentile(sorted, 100.5), std::invalid_argument);
}

TEST_CASE("histogram buckets hold their samples within the stated relative error", "[stats]") {
  std::vector<nanoseconds> samples;
  std::mt19937_64 random(7);
  for (int index = 0; index < 10'000; ++index) samples.emplace_back(random() % 10'000'000'000ULL);
  samples.emplace_back(0);
  samples.emplace_back(255);
  samples.emplace_back(256);
  for (const auto sample : samples) {
    const auto bucket = gilbench::histogram_bucket_of(sample);
    REQUIRE(bucket.lower <= sample);
    REQUIRE(sample < bucket.upper);
    const auto width = static_cast<double>((bucket.upper - bucket.lower).count());
    REQUIRE(width <= std::max(1.0, static_cast<double>(bucket.lower.count()) *
                                       gilbench::kHistogramRelativeError));
  }
  const auto buckets = gilbench::log_linear_histogram(samples);
  CHECK(std::accumulate(buckets.begin(), buckets.end(), std::uint64_t{0},
                        [](std::uint64_t sum, const auto& bucket) { return sum + bucket.count; }) ==
        samples.size());
  CHECK(std::is_sorted(buckets.begin(), buckets.end(), [](const auto& left, const auto& right) {
    return left.lower < right.lower;
  }));
  CHECK_THROWS_AS(gilbench::histogram_bucket_of(-1ns), std::invalid_argument);
}

TEST_CASE("the JSON report starts with its context and names every unit", "[report]") {
  EchoClientOptions options = options_for(5555);
  options.messages = 50;
  EchoRunResult result;
  for (int index = 1; index <= 50; ++index)
    result.round_trips.push_back(std::chrono::microseconds(index));
  result.total = 2ms;
  const gilbench::client::ReportContext context{"9.9.9", "2024-01-01T00:00:00Z", "testhost"};

  const auto report = gilbench::client::make_json_report(options, result, context);
  CHECK(report.begin().key() == "context");
  CHECK(report["context"]["tool"] == "gil-echo-client");
  CHECK(report["context"]["schema_version"] == 1);
  CHECK(report["parameters"]["mode"] == "closed_loop");
  CHECK(report["parameters"]["size_bytes"] == 100);
  CHECK(report["latency_us"]["p50"] == Approx(25.0));
  CHECK(report["latency_us"]["p99_9"] == Approx(50.0));
  CHECK(report["total_s"] == Approx(0.002));
  CHECK(report["messages_per_s"] == Approx(25'000.0));
  CHECK(report["samples_us"].size() == 50);

  const auto long_run = gilbench::client::make_json_report(options, result, context, 10);
  CHECK_FALSE(long_run.contains("samples_us"));
  std::uint64_t counted = 0;
  for (const auto& bucket : long_run["histogram_us"]["buckets"])
    counted += bucket["count"].get<std::uint64_t>();
  CHECK(counted == 50);

  options.rate_per_s = 1000.0;
  result.since_intended_send = result.round_trips;
  for (auto& sample : result.since_intended_send) sample += 10us;
  const auto open_loop = gilbench::client::make_json_report(options, result, context);
  CHECK(open_loop["parameters"]["mode"] == "open_loop");
  CHECK(open_loop["latency_us"]["max"] == Approx(60.0));
  CHECK(open_loop["corrected"]["latency_us"]["max"] == Approx(60.0));
  CHECK(open_loop["uncorrected"]["latency_us"]["max"] == Approx(50.0));
  CHECK(open_loop["uncorrected"]["samples_us"].size() == 50);
}

TEST_CASE("the command line reads every option", "[client][cli]") {
  std::vector<const char*> arguments{"gil-echo-client",
                                     "--port",
                                     "5555",
                                     "--host",
                                     "localhost",
                                     "--messages",
                                     "7",
                                     "--size",
                                     "33",
                                     "--warmup",
                                     "0",
                                     "--rate",
                                     "500",
                                     "--timeout",
                                     "1.5s",
                                     "--quiet"};
  std::ostringstream out;
  const auto command_line = gilbench::client::parse_command_line(static_cast<int>(arguments.size()),
                                                                 arguments.data(), out);
  REQUIRE(command_line);
  CHECK(command_line->options.port == 5555);
  CHECK(command_line->options.messages == 7);
  CHECK(command_line->options.message_size == 33);
  CHECK(command_line->options.warmup_messages == 0);
  CHECK(command_line->options.rate_per_s == 500.0);
  CHECK(command_line->options.timeout == 1500ms);
  CHECK(command_line->quiet);
  CHECK_FALSE(command_line->json_path);
}

TEST_CASE("the command line rejects bad arguments and names the option", "[client][cli]") {
  CHECK_THAT(parse_error({}), Catch::Contains("--port"));
  CHECK_THAT(parse_error({"--port", "0"}), Catch::Contains("--port"));
  CHECK_THAT(parse_error({"--port", "70000"}), Catch::Contains("--port"));
  CHECK_THAT(parse_error({"--port", "5555", "--size", "0"}), Catch::Contains("--size"));
  CHECK_THAT(parse_error({"--port", "5555", "--size", "10x"}), Catch::Contains("--size"));
  CHECK_THAT(parse_error({"--port", "5555", "--size", "-5"}), Catch::Contains("--size"));
  CHECK_THAT(parse_error({"--port", "5555", "--messages", "0"}), Catch::Contains("--messages"));
  CHECK_THAT(parse_error({"--port", "5555", "--messages", "many"}), Catch::Contains("--messages"));
  CHECK_THAT(parse_error({"--port", "5555", "--timeout", "30"}), Catch::Contains("--timeout"));
  CHECK_THAT(parse_error({"--port", "5555", "--timeout", "0s"}), Catch::Contains("--timeout"));
  CHECK_THAT(parse_error({"--port", "5555", "--rate", "0"}), Catch::Contains("--rate"));
  CHECK_THAT(parse_error({"--port", "5555", "--rate", "fast"}), Catch::Contains("--rate"));
  CHECK_THAT(parse_error({"--port", "5555", "--rate", "1", "--timeout", "10s"}),
             Catch::Contains("--timeout"));
  CHECK_THAT(parse_error({"--port", "5555", "--host", "192.0.2.1"}), Catch::Contains("--host"));
  CHECK_THAT(parse_error({"--port", "5555", "--json", "/nonexistent-dir/report.json"}),
             Catch::Contains("--json"));
}

TEST_CASE("a closed-loop run records every round trip", "[client][e2e]") {
  std::atomic<std::size_t> echoed_bytes{0};
  EchoClientOptions options;
  EchoRunResult result;
  {
    TestServer server([&echoed_bytes](tcp::socket& connection) {
      echo_stream(connection, [&echoed_bytes](std::size_t, std::uint8_t byte) {
        ++echoed_bytes;
        return byte;
      });
    });
    options = options_for(server.port());
    result = EchoClient(options).run();
  }
  CHECK(echoed_bytes == (options.warmup_messages + options.messages) * options.message_size);
  REQUIRE(result.round_trips.size() == options.messages);
  CHECK(result.since_intended_send.empty());
  CHECK(std::ranges::all_of(result.round_trips, [](nanoseconds rtt) { return rtt > 0ns; }));
  const auto sum = std::accumulate(result.round_trips.begin(), result.round_trips.end(), 0ns);
  CHECK(result.total >= sum);
  const auto stats = gilbench::summarize_latencies(result.round_trips);
  CHECK(stats.min <= stats.p50);
  CHECK(stats.p50 <= stats.p99);
  CHECK(stats.p99 <= stats.max);
}

TEST_CASE("a message larger than the socket buffers does not deadlock", "[client][e2e]") {
  // Small server buffers: a client that sent the whole message before reading its echo would
  // wedge once its own send buffer (at most 4 MiB by default) filled up.
  TestServer server(
      [](tcp::socket& connection) {
        connection.set_option(tcp::no_delay(true));  // else Nagle and delayed ACKs crawl
        echo_everything(connection);
      },
      4096);
  auto options = options_for(server.port());
  options.messages = 1;
  options.warmup_messages = 0;
  options.message_size = 8 << 20;
  CHECK(EchoClient(options).run().round_trips.size() == 1);
}

TEST_CASE("a corrupted echo is reported with its message and byte and both values",
          "[client][e2e]") {
  const auto options_template = options_for(0);
  const auto corrupted = stream_offset(options_template, 17, 3);
  TestServer server([corrupted](tcp::socket& connection) {
    echo_stream(connection, [corrupted](std::size_t offset, std::uint8_t byte) {
      return offset == corrupted ? static_cast<std::uint8_t>(byte ^ 0x01) : byte;
    });
  });
  auto options = options_template;
  options.port = server.port();
  const auto sent = gilbench::client::pattern_byte(options.warmup_messages + 16, 3);
  char expected[64];
  std::snprintf(expected, sizeof expected,
                "echo mismatch in message 17 at byte 3: sent 0x%02X, got 0x%02X",
                static_cast<unsigned>(sent), static_cast<unsigned>(sent ^ 0x01));
  CHECK(run_error(options) == expected);
}

TEST_CASE("a server that closes early is reported with how far the run got", "[client][e2e]") {
  auto options = options_for(0);
  options.messages = 1000;
  const auto last_byte = stream_offset(options, 13, 0);
  TestServer server(
      [last_byte](tcp::socket& connection) { echo_stream(connection, unchanged, last_byte); });
  options.port = server.port();
  CHECK_THAT(run_error(options),
             Catch::StartsWith("server closed the connection after 12 of 1000 messages"));
}

TEST_CASE("a server that closes mid-echo is reported with the partial echo", "[client][e2e]") {
  auto options = options_for(0);
  const auto last_byte = stream_offset(options, 4, 37);
  TestServer server([last_byte](tcp::socket& connection) {
    echo_stream(connection, unchanged, last_byte);
    // A FIN rather than the reset that closing with unread bytes would send.
    connection.shutdown(tcp::socket::shutdown_send);
    read_and_never_answer(connection);
  });
  options.port = server.port();
  CHECK(
      run_error(options) ==
      "server closed the connection after 3 of 200 messages (37 of 100 bytes of message 4 echoed)");
}

TEST_CASE("a closed port is reported as connection refused", "[client][e2e]") {
  auto options = options_for(closed_port());
  CHECK(run_error(options) == "connection refused by 127.0.0.1:" + std::to_string(options.port));
}

TEST_CASE("a server that stops answering times out instead of hanging", "[client][e2e]") {
  auto options = options_for(0);
  const auto silent_from = stream_offset(options, 5, 0);
  TestServer server([silent_from](tcp::socket& connection) {
    echo_stream(connection, unchanged, silent_from);
    read_and_never_answer(connection);
  });
  options.port = server.port();
  options.timeout = 200ms;
  const auto started = std::chrono::steady_clock::now();
  CHECK(run_error(options) == "timed out after 200ms waiting for echo of message 5");
  CHECK(std::chrono::steady_clock::now() - started < 20s);
}

TEST_CASE("a server that never answers times out in warm-up", "[client][e2e]") {
  TestServer server(read_and_never_answer);
  auto options = options_for(server.port());
  options.timeout = 200ms;
  CHECK(run_error(options) == "timed out after 200ms waiting for echo of warm-up message 1");
}

TEST_CASE("open loop measures from the intended send time as well", "[client][e2e]") {
  TestServer server(echo_everything);
  auto options = options_for(server.port());
  options.messages = 100;
  options.rate_per_s = 5000.0;
  const auto result = EchoClient(options).run();
  REQUIRE(result.round_trips.size() == options.messages);
  REQUIRE(result.since_intended_send.size() == options.messages);
  for (std::size_t index = 0; index < options.messages; ++index) {
    REQUIRE(result.since_intended_send[index] >= result.round_trips[index]);
  }
  // The schedule alone spans 99 periods of 200 µs.
  CHECK(result.total >= 19'800us);
}

TEST_CASE("open loop charges a server stall to the messages due during it", "[client][e2e]") {
  auto options = options_for(0);
  options.messages = 40;
  options.rate_per_s = 1000.0;
  const auto stall_at = stream_offset(options, 10, 0);
  TestServer server([stall_at](tcp::socket& connection) {
    echo_stream(connection, [stall_at](std::size_t offset, std::uint8_t byte) {
      if (offset == stall_at) std::this_thread::sleep_for(50ms);
      return byte;
    });
  });
  options.port = server.port();
  const auto result = EchoClient(options).run();
  REQUIRE(result.since_intended_send.size() == 40);
  // Message 11 was due 1 ms after message 10 but could only go once message 10's echo, held
  // at least 50 ms, was back: the uncorrected figure hides that wait, the corrected one has it.
  CHECK(result.since_intended_send[10] - result.round_trips[10] >= 49ms);
  CHECK(result.since_intended_send[9] >= 50ms);
}
