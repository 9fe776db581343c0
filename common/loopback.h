// The one check that a host is this machine: the benchmark measures loopback only.
#pragma once

#include <utility>  // Boost 1.74's asio/awaitable.hpp uses std::exchange without it

#include <boost/asio/ip/address.hpp>

#include <string>
#include <string_view>

#include "common/usage_error.h"

namespace gilbench {

// The address `host` names: "localhost", 127.0.0.0/8 or ::1. Throws UsageError otherwise.
inline boost::asio::ip::address loopback_address(std::string_view host) {
  if (host == "localhost") return boost::asio::ip::address_v4::loopback();
  boost::system::error_code error;
  auto address = boost::asio::ip::make_address(std::string(host), error);
  if (error)
    throw UsageError("--host \"" + std::string(host) + "\" is not an IP address or localhost");
  if (!address.is_loopback()) {
    throw UsageError("--host " + std::string(host) +
                     " is not a loopback address (127.0.0.0/8, ::1 or localhost): the benchmark "
                     "measures this machine only");
  }
  return address;
}

}  // namespace gilbench
