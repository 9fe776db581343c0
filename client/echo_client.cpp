#include "client/echo_client.h"

#include <sys/prctl.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <thread>
#include <utility>

#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "common/duration.h"
#include "common/loopback.h"

namespace gilbench::client {

namespace asio = boost::asio;
using boost::system::error_code;
using tcp = asio::ip::tcp;

namespace {

std::string hex_byte(std::uint8_t byte) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned>(byte));
  return text;
}

// Open-loop send times can be microseconds apart, and the default 50 µs timer slack would make
// every sleep that late: the client's own lateness would pose as server latency.
class TightTimerSlack {
 public:
  TightTimerSlack() : previous_ns_(::prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0)) {
    ::prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  }
  TightTimerSlack(const TightTimerSlack&) = delete;
  TightTimerSlack& operator=(const TightTimerSlack&) = delete;
  ~TightTimerSlack() {
    if (previous_ns_ > 0)
      ::prctl(PR_SET_TIMERSLACK, static_cast<unsigned long>(previous_ns_), 0, 0, 0);
  }

 private:
  int previous_ns_;
};

bool failed(const std::optional<error_code>& outcome) { return outcome && *outcome; }

EchoClientOptions validated(EchoClientOptions options) {
  validate(options);
  return options;
}

// A schedule that cannot finish inside the timeout is a usage error, better said before the run.
void validate_open_loop_schedule(const EchoClientOptions& options, double rate_per_s) {
  if (!std::isfinite(rate_per_s) || rate_per_s <= 0.0) {
    throw std::invalid_argument("--rate must be a finite number above 0");
  }
  const std::chrono::duration<double> schedule(static_cast<double>(options.messages - 1) /
                                               rate_per_s);
  if (schedule < options.timeout) return;
  std::ostringstream message;
  message << "--rate " << rate_per_s << " messages/s needs "
          << format_duration(std::chrono::duration_cast<std::chrono::nanoseconds>(schedule))
          << " for " << options.messages << " messages, not less than --timeout "
          << format_duration(options.timeout);
  throw std::invalid_argument(message.str());
}

}  // namespace

void validate(const EchoClientOptions& options) {
  loopback_address(options.host);
  if (options.port == 0) throw std::invalid_argument("--port must be between 1 and 65535");
  if (options.messages < 1 || options.messages > kMaxMessages) {
    throw std::invalid_argument("--messages must be between 1 and " + std::to_string(kMaxMessages));
  }
  if (options.message_size < 1 || options.message_size > kMaxMessageSize) {
    throw std::invalid_argument("--size must be between 1 and " + std::to_string(kMaxMessageSize) +
                                " bytes");
  }
  if (options.warmup_messages > kMaxMessages) {
    throw std::invalid_argument("--warmup must be at most " + std::to_string(kMaxMessages));
  }
  if (options.timeout <= std::chrono::nanoseconds::zero())
    throw std::invalid_argument("--timeout must be above 0");
  if (options.rate_per_s) validate_open_loop_schedule(options, *options.rate_per_s);
}

std::uint8_t pattern_byte(std::uint64_t sequence, std::size_t index) {
  // splitmix64's mixer over (message, byte): neither a shift nor a neighbour's bytes line up.
  std::uint64_t mixed = (sequence + 1) * 0x9E3779B97F4A7C15ULL + index * 0xD1B54A32D192ED03ULL;
  mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ULL;
  mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::uint8_t>((mixed ^ (mixed >> 31)) >> 56);
}

EchoClient::EchoClient(EchoClientOptions options)
    : options_(validated(std::move(options))),
      socket_(io_),
      outgoing_(options_.message_size),
      incoming_(options_.message_size) {}

EchoRunResult EchoClient::run() {
  deadline_ = Clock::now() + options_.timeout;
  connect();
  run_warmup();
  auto result = options_.rate_per_s ? run_open_loop(*options_.rate_per_s) : run_closed_loop();
  check_nothing_left_over();
  socket_.close();
  return result;
}

void EchoClient::connect() {
  error_code ignored;
  socket_.close(ignored);
  const tcp::endpoint endpoint(loopback_address(options_.host), options_.port);
  std::optional<error_code> outcome;
  socket_.async_connect(endpoint, [&outcome](error_code error) { outcome = error; });
  if (!run_until_deadline([&outcome] { return outcome.has_value(); })) {
    throw EchoError("timed out after " + format_duration(options_.timeout) + " connecting to " +
                    endpoint_text());
  }
  if (*outcome == asio::error::connection_refused)
    throw EchoError("connection refused by " + endpoint_text());
  if (*outcome) throw EchoError("cannot connect to " + endpoint_text() + ": " + outcome->message());
  socket_.set_option(tcp::no_delay(true));
}

void EchoClient::run_warmup() {
  for (std::size_t index = 0; index < options_.warmup_messages; ++index) {
    const MessageLabel label{index, index + 1, true};
    prepare_message(label);
    exchange(label);
    verify_echo(label);
  }
}

EchoRunResult EchoClient::run_closed_loop() {
  EchoRunResult result;
  result.round_trips.reserve(options_.messages);
  Clock::time_point first_send{};
  Clock::time_point last_echo{};
  for (std::size_t index = 0; index < options_.messages; ++index) {
    const auto label = measured_label(index);
    prepare_message(label);
    const auto sent_at = Clock::now();
    const auto echoed_at = exchange(label);
    verify_echo(label);
    result.round_trips.push_back(echoed_at - sent_at);
    if (index == 0) first_send = sent_at;
    last_echo = echoed_at;
  }
  result.total = last_echo - first_send;
  return result;
}

EchoRunResult EchoClient::run_open_loop(double rate_per_s) {
  const TightTimerSlack tight_timer_slack;
  const std::chrono::duration<double, std::nano> period(1e9 / rate_per_s);
  EchoRunResult result;
  result.round_trips.reserve(options_.messages);
  result.since_intended_send.reserve(options_.messages);
  Clock::time_point last_echo{};
  const auto schedule_start = Clock::now();
  for (std::size_t index = 0; index < options_.messages; ++index) {
    const auto label = measured_label(index);
    prepare_message(label);
    // From the start rather than from the previous send, so rounding never accumulates.
    const auto intended = schedule_start + std::chrono::duration_cast<std::chrono::nanoseconds>(
                                               period * static_cast<double>(index));
    wait_for_send_time(intended, label);
    const auto sent_at = Clock::now();
    const auto echoed_at = exchange(label);
    verify_echo(label);
    result.round_trips.push_back(echoed_at - sent_at);
    result.since_intended_send.push_back(echoed_at - intended);
    last_echo = echoed_at;
  }
  result.total = last_echo - schedule_start;
  return result;
}

EchoClient::MessageLabel EchoClient::measured_label(std::size_t index) const {
  return {options_.warmup_messages + index, index + 1, false};
}

void EchoClient::prepare_message(const MessageLabel& label) {
  for (std::size_t index = 0; index < outgoing_.size(); ++index)
    outgoing_[index] = pattern_byte(label.sequence, index);
}

EchoClient::Clock::time_point EchoClient::exchange(const MessageLabel& label) {
  std::optional<error_code> sent;
  std::optional<error_code> echoed;
  std::size_t echoed_bytes = 0;
  Clock::time_point echoed_at{};
  // Sending and reading at once: a message larger than the socket buffers can only be sent
  // while its echo is being read.
  asio::async_write(socket_, asio::buffer(outgoing_),
                    [&sent](error_code error, std::size_t) { sent = error; });
  asio::async_read(socket_, asio::buffer(incoming_), [&](error_code error, std::size_t bytes) {
    echoed_at = Clock::now();
    echoed = error;
    echoed_bytes = bytes;
  });
  const bool in_time =
      run_until_deadline([&] { return (sent && echoed) || failed(sent) || failed(echoed); });
  if (!in_time) fail_on_timeout(label, sent && !*sent);
  if (failed(sent) || failed(echoed)) {
    cancel_and_drain();
    const bool read_failed_first = failed(echoed) && *echoed != asio::error::operation_aborted;
    fail_exchange(label, read_failed_first ? *echoed : *sent, echoed_bytes);
  }
  return echoed_at;
}

void EchoClient::verify_echo(const MessageLabel& label) const {
  const auto [sent, got] = std::ranges::mismatch(outgoing_, incoming_);
  if (sent == outgoing_.end()) return;
  throw EchoError("echo mismatch in " + describe(label) + " at byte " +
                  std::to_string(sent - outgoing_.begin()) + ": sent " + hex_byte(*sent) +
                  ", got " + hex_byte(*got));
}

void EchoClient::wait_for_send_time(Clock::time_point intended, const MessageLabel& label) const {
  std::this_thread::sleep_until(std::min(intended, deadline_));
  if (Clock::now() >= deadline_) {
    throw EchoError("timed out after " + format_duration(options_.timeout) + " before sending " +
                    describe(label));
  }
}

void EchoClient::check_nothing_left_over() const {
  error_code error;
  const auto unexpected_bytes = socket_.available(error);
  if (!error && unexpected_bytes > 0) {
    throw EchoError("server sent " + std::to_string(unexpected_bytes) +
                    " bytes more than its echoes");
  }
}

template <typename Finished>
bool EchoClient::run_until_deadline(Finished finished) {
  io_.restart();
  while (!finished()) {
    if (io_.run_one_until(deadline_) == 0) {
      cancel_and_drain();
      return false;
    }
  }
  return true;
}

// Pending handlers refer to the caller's locals: they must have run before it returns.
void EchoClient::cancel_and_drain() {
  error_code ignored;
  socket_.cancel(ignored);
  io_.restart();
  io_.run();
}

void EchoClient::fail_on_timeout(const MessageLabel& label, bool sent) const {
  throw EchoError("timed out after " + format_duration(options_.timeout) +
                  (sent ? " waiting for echo of " : " sending ") + describe(label));
}

void EchoClient::fail_exchange(const MessageLabel& label, error_code error,
                               std::size_t echoed_bytes) const {
  const auto partial_echo = echoed_bytes == 0 ? std::string()
                                              : " (" + std::to_string(echoed_bytes) + " of " +
                                                    std::to_string(options_.message_size) +
                                                    " bytes of " + describe(label) + " echoed)";
  const auto closed = "server closed the connection after " + progress(label) + partial_echo;
  if (error == asio::error::eof) throw EchoError(closed);
  // A server that closed while the next message was on its way answers it with a reset.
  if (error == asio::error::connection_reset || error == asio::error::broken_pipe) {
    throw EchoError(closed + " (connection reset)");
  }
  throw EchoError("connection to " + endpoint_text() + " failed in " + describe(label) + ": " +
                  error.message());
}

std::string EchoClient::endpoint_text() const {
  const bool ipv6 = options_.host.find(':') != std::string::npos;
  return (ipv6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(options_.port);
}

std::string EchoClient::describe(const MessageLabel& label) const {
  return (label.warmup ? "warm-up message " : "message ") + std::to_string(label.number);
}

std::string EchoClient::progress(const MessageLabel& label) const {
  const auto planned = label.warmup ? options_.warmup_messages : options_.messages;
  return std::to_string(label.number - 1) + " of " + std::to_string(planned) +
         (label.warmup ? " warm-up messages" : " messages");
}

}  // namespace gilbench::client
