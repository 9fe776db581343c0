// The measuring side of an echo benchmark: sends messages, checks every echoed byte, and times
// every round trip. It never links the VM, so its overhead is the same for every server.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace gilbench::client {

struct EchoClientOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;
  std::size_t messages = 1000;
  std::size_t message_size = 100;
  std::size_t warmup_messages = 10;
  std::optional<double> rate_per_s;  // set: open loop at this many messages per second
  std::chrono::nanoseconds timeout = std::chrono::seconds(30);  // the whole run
};

struct EchoRunResult {
  // Closed loop: each round trip. Open loop: from the actual send to the echo (uncorrected).
  std::vector<std::chrono::nanoseconds> round_trips;
  // Open loop only: from the intended send time to the echo (coordinated-omission corrected).
  std::vector<std::chrono::nanoseconds> since_intended_send;
  // From the first measured send (open loop: its intended time) to the last echo.
  std::chrono::nanoseconds total{};
};

// Anything that makes a run's figures meaningless: refused, timed out, closed, wrong bytes.
class EchoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr std::size_t kMaxMessages = 10'000'000;   // 8 bytes of memory per sample
inline constexpr std::size_t kMaxMessageSize = 64 << 20;  // two buffers of this size

// Throws std::invalid_argument naming the command-line option at fault (UsageError, from
// common/loopback.h, for a --host that is not this machine).
void validate(const EchoClientOptions& options);

// Byte `index` of message `sequence` (warm-up messages first): differs between messages and
// between neighbouring bytes, so a stale, shifted or repeated echo does not verify.
std::uint8_t pattern_byte(std::uint64_t sequence, std::size_t index);

// Closed loop (default): send a message, read exactly its size back, verify, send the next.
// Open loop (rate_per_s): message k is due at start + k / rate. One connection carries one
// message at a time, so a message due while the previous echo is outstanding goes out as soon
// as that echo is back; its lateness counts in `since_intended_send`. Warm-up is always closed
// loop and is not recorded. Every failure, the whole-run timeout included, throws EchoError.
class EchoClient {
 public:
  explicit EchoClient(EchoClientOptions options);
  EchoRunResult run();

 private:
  using Clock = std::chrono::steady_clock;
  struct MessageLabel {
    std::uint64_t sequence;  // selects the pattern; counts warm-up messages too
    std::size_t number;      // 1-based, within warm-up or measured messages
    bool warmup;
  };

  void connect();
  void run_warmup();
  EchoRunResult run_closed_loop();
  EchoRunResult run_open_loop(double rate_per_s);
  MessageLabel measured_label(std::size_t index) const;
  void prepare_message(const MessageLabel& label);
  Clock::time_point exchange(const MessageLabel& label);
  void verify_echo(const MessageLabel& label) const;
  void wait_for_send_time(Clock::time_point intended, const MessageLabel& label) const;
  void check_nothing_left_over() const;
  template <typename Finished>
  bool run_until_deadline(Finished finished);
  void cancel_and_drain();

  [[noreturn]] void fail_on_timeout(const MessageLabel& label, bool sent) const;
  [[noreturn]] void fail_exchange(const MessageLabel& label, boost::system::error_code error,
                                  std::size_t echoed_bytes) const;
  std::string endpoint_text() const;
  std::string describe(const MessageLabel& label) const;
  std::string progress(const MessageLabel& label) const;

  EchoClientOptions options_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::socket socket_;
  Clock::time_point deadline_;
  std::vector<std::uint8_t> outgoing_;
  std::vector<std::uint8_t> incoming_;
};

}  // namespace gilbench::client
