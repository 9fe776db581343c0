// The `socket` module on Boost.Asio: blocking TCP sockets for the echo experiment.
//
// Every call that can block (accept, recv, send, sendall, connect) releases the GIL around the
// system call and re-takes it afterwards, exactly as CPython's socketmodule.c does with
// Py_BEGIN_ALLOW_THREADS: this is the mechanism that produces the convoy effect, because
// re-taking the GIL after recv() has to wait for a CPU-bound holder to let go.
//
// A socket object starts as a stream socket; listen() turns it into an acceptor. As in CPython,
// closing a socket while another thread is blocked on it is the script's own race.
#include <utility>  // Boost 1.74's asio/awaitable.hpp uses std::exchange without it

#include <boost/asio.hpp>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "modules/module_socket.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

// Linux's values, so scripts may also pass the numbers.
constexpr int64_t kAfInet = AF_INET;
constexpr int64_t kSockStream = SOCK_STREAM;

asio::io_context& io_context() {
  static asio::io_context context;  // only constructs sockets: blocking calls never run it
  return context;
}

struct SocketObject : Instance {
  std::optional<tcp::socket> stream;
  std::optional<tcp::acceptor> acceptor;
  bool reuse_address = false;
  bool no_delay = false;
  std::optional<tcp::endpoint> bound;  // bind() before listen()/connect()
  explicit SocketObject(const TypeInfo* t) : Instance(t) {}
};

const TypeInfo& socket_type();

SocketObject& socket_of(Value self) { return *static_cast<SocketObject*>(self.obj); }

ExceptionClass* os_error_class(int code) {
  switch (code) {
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EPIPE: return exc::BrokenPipeError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return exc::OSError;
  }
}

// OSError(errno, strerror), or the matching subclass, as CPython raises it.
[[noreturn]] void raise_os_error(const boost::system::error_code& error) {
  int code = error.category() == boost::system::system_category() ? error.value() : EIO;
  if (error == asio::error::eof) code = ECONNRESET;
  std::vector<Value> args{Value::integer(code), make_str(error.message())};
  throw ScriptException{Ref::steal(
      Value::object(new ExceptionObject(os_error_class(code), make_tuple(std::move(args)))))};
}

[[noreturn]] void raise_closed() {
  std::vector<Value> args{Value::integer(EBADF), make_str("Bad file descriptor")};
  throw ScriptException{
      Ref::steal(Value::object(new ExceptionObject(exc::OSError, make_tuple(std::move(args)))))};
}

tcp::socket& stream_of(SocketObject& socket) {
  if (!socket.stream || !socket.stream->is_open()) raise_closed();
  return *socket.stream;
}

tcp::endpoint endpoint_argument(Value address, std::string_view function) {
  if (!is_kind(address, Kind::Tuple) || as_tuple(address)->items.size() != 2 ||
      !is_kind(as_tuple(address)->items[0], Kind::Str) || !as_tuple(address)->items[1].is_int()) {
    raise(exc::TypeError,
          std::string(function) + "(): AF_INET address must be a (host, port) tuple");
  }
  std::string host = as_str(as_tuple(address)->items[0])->text;
  int64_t port = as_tuple(address)->items[1].i;
  if (port < 0 || port > 65535)
    raise(exc::OverflowError, std::string(function) + "(): port must be 0-65535.");
  if (host.empty() || host == "0.0.0.0") host = "0.0.0.0";
  if (host == "localhost") host = "127.0.0.1";
  boost::system::error_code error;
  auto ip = asio::ip::make_address_v4(host, error);
  if (error) {
    std::vector<Value> args{Value::integer(-2), make_str("Name or service not known")};
    throw ScriptException{
        Ref::steal(Value::object(new ExceptionObject(exc::OSError, make_tuple(std::move(args)))))};
  }
  return tcp::endpoint(ip, static_cast<unsigned short>(port));
}

Value endpoint_value(const tcp::endpoint& endpoint) {
  return make_tuple({make_str(endpoint.address().to_string()), Value::integer(endpoint.port())});
}

Value new_socket_value(tcp::socket stream) {
  auto* object = new SocketObject(&socket_type());
  object->stream.emplace(std::move(stream));
  return Value::object(object);
}

// ---- methods

Value socket_setsockopt(ThreadState&, Value self, const Args& args) {
  args.expect("setsockopt", 3, 3);
  for (size_t i = 0; i < 3; ++i) {
    if (!args.positional[i].is_int() && !args.positional[i].is_bool())
      raise(exc::TypeError, "setsockopt() arguments must be integers");
  }
  SocketObject& socket = socket_of(self);
  int64_t level = args.positional[0].i, option = args.positional[1].i;
  bool enabled = truthy(args.positional[2]);
  boost::system::error_code error;
  if (level == SOL_SOCKET && option == SO_REUSEADDR) {
    socket.reuse_address = enabled;
    if (socket.stream && socket.stream->is_open())
      socket.stream->set_option(tcp::socket::reuse_address(enabled), error);
  } else if (level == IPPROTO_TCP && option == TCP_NODELAY) {
    socket.no_delay = enabled;
    if (socket.stream && socket.stream->is_open())
      socket.stream->set_option(tcp::no_delay(enabled), error);
  } else {
    raise(exc::OSError, "setsockopt(): only SO_REUSEADDR and TCP_NODELAY are supported");
  }
  if (error) raise_os_error(error);
  return Value::none();
}

Value socket_bind(ThreadState&, Value self, const Args& args) {
  args.expect("bind", 1, 1);
  tcp::endpoint endpoint = endpoint_argument(args.positional[0], "bind");
  tcp::socket& stream = stream_of(socket_of(self));
  boost::system::error_code error;
  stream.bind(endpoint, error);
  if (error) raise_os_error(error);
  socket_of(self).bound = stream.local_endpoint();
  return Value::none();
}

// A blocking socket call with the GIL released. EINTR retries it (PEP 475), unless it was a
// Ctrl-C for the main thread (interrupts.h): then KeyboardInterrupt.
template <typename Call>
void call_blocking(ThreadState& thread, boost::system::error_code& error, Call call) {
  for (;;) {
    {
      AllowThreads allow(thread);
      call();
    }
    if (error != asio::error::interrupted) return;
    raise_if_interrupted(thread);
  }
}

Value socket_listen(ThreadState&, Value self, const Args& args) {
  args.expect("listen", 0, 1);
  SocketObject& socket = socket_of(self);
  tcp::socket& stream = stream_of(socket);
  int backlog =
      args.count ? static_cast<int>(std::clamp<int64_t>(args.positional[0].i, 0, 4096)) : 128;
  boost::system::error_code error;
  socket.acceptor.emplace(io_context());
  socket.acceptor->assign(tcp::v4(), stream.release(), error);
  if (!error) socket.acceptor->listen(backlog, error);
  socket.stream.reset();
  if (error) raise_os_error(error);
  return Value::none();
}

Value socket_accept(ThreadState& thread, Value self, const Args& args) {
  args.expect("accept", 0, 0);
  SocketObject& socket = socket_of(self);
  if (!socket.acceptor || !socket.acceptor->is_open()) {
    raise(exc::OSError, "accept(): the socket is not listening (call listen() first)");
  }
  tcp::socket peer(io_context());
  boost::system::error_code error;
  call_blocking(thread, error, [&] { socket.acceptor->accept(peer, error); });
  if (error) raise_os_error(error);
  if (socket.no_delay) peer.set_option(tcp::no_delay(true), error);
  tcp::endpoint remote = peer.remote_endpoint(error);
  Ref connection = Ref::steal(new_socket_value(std::move(peer)));
  return make_tuple({connection.release(), endpoint_value(remote)});
}

Value socket_connect(ThreadState& thread, Value self, const Args& args) {
  args.expect("connect", 1, 1);
  tcp::endpoint endpoint = endpoint_argument(args.positional[0], "connect");
  tcp::socket& stream = stream_of(socket_of(self));
  boost::system::error_code error;
  {
    AllowThreads allow(thread);
    stream.connect(endpoint, error);
  }
  if (error == asio::error::interrupted)
    raise_if_interrupted(thread);  // a retry would find EALREADY
  if (error) raise_os_error(error);
  if (socket_of(self).no_delay) stream.set_option(tcp::no_delay(true), error);
  return Value::none();
}

// The data of send()'s and sendall()'s bytes-like argument, copied: the script may drop or
// change its object while the GIL is released.
std::string data_argument(const Args& args, std::string_view function) {
  if (args.count < 1 || !is_bytes_like(args.positional[0])) {
    raise(exc::TypeError,
          std::string("a bytes-like object is required for ") + std::string(function) + "()");
  }
  return std::string(BytesView(args.positional[0]).data());
}

Value socket_recv(ThreadState& thread, Value self, const Args& args) {
  args.expect("recv", 1, 2);
  if (!args.positional[0].is_int() || args.positional[0].i < 0)
    raise(exc::ValueError, "negative buffersize in recv");
  tcp::socket& stream = stream_of(socket_of(self));
  const auto wanted = static_cast<size_t>(args.positional[0].i);
  if (wanted == 0) return make_bytes("");
  if (wanted > sequence_byte_limit()) raise(exc::MemoryError, "");
  // Left uninitialised, as CPython's buffer is: recv(10**9) costs the pages the data fills, not
  // a gigabyte of zeros.
  auto buffer = std::make_unique_for_overwrite<char[]>(wanted);
  boost::system::error_code error;
  size_t received = 0;
  call_blocking(thread, error,
                [&] { received = stream.read_some(asio::buffer(buffer.get(), wanted), error); });
  if (error == asio::error::eof) return make_bytes("");
  if (error) raise_os_error(error);
  return make_bytes(std::string(buffer.get(), received));
}

Value socket_send(ThreadState& thread, Value self, const Args& args) {
  args.expect("send", 1, 2);
  const std::string copy = data_argument(args, "send");
  tcp::socket& stream = stream_of(socket_of(self));
  boost::system::error_code error;
  size_t sent = 0;
  call_blocking(thread, error, [&] { sent = stream.write_some(asio::buffer(copy), error); });
  if (error) raise_os_error(error);
  return Value::integer(static_cast<int64_t>(sent));
}

Value socket_sendall(ThreadState& thread, Value self, const Args& args) {
  args.expect("sendall", 1, 2);
  std::string copy = data_argument(args, "sendall");
  tcp::socket& stream = stream_of(socket_of(self));
  boost::system::error_code error;
  size_t sent = 0;
  call_blocking(thread, error, [&] {
    sent += asio::write(stream, asio::buffer(copy.data() + sent, copy.size() - sent), error);
  });
  if (error) raise_os_error(error);
  return Value::none();
}

Value socket_close(ThreadState&, Value self, const Args& args) {
  args.expect("close", 0, 0);
  SocketObject& socket = socket_of(self);
  boost::system::error_code ignored;
  if (socket.stream) socket.stream->close(ignored);
  if (socket.acceptor) socket.acceptor->close(ignored);
  return Value::none();
}

Value socket_getsockname(ThreadState&, Value self, const Args& args) {
  args.expect("getsockname", 0, 0);
  SocketObject& socket = socket_of(self);
  boost::system::error_code error;
  tcp::endpoint endpoint;
  if (socket.acceptor && socket.acceptor->is_open())
    endpoint = socket.acceptor->local_endpoint(error);
  else
    endpoint = stream_of(socket).local_endpoint(error);
  if (error) raise_os_error(error);
  return endpoint_value(endpoint);
}

Value socket_getpeername(ThreadState&, Value self, const Args& args) {
  args.expect("getpeername", 0, 0);
  boost::system::error_code error;
  tcp::endpoint endpoint = stream_of(socket_of(self)).remote_endpoint(error);
  if (error) raise_os_error(error);
  return endpoint_value(endpoint);
}

Value socket_fileno(ThreadState&, Value self, const Args& args) {
  args.expect("fileno", 0, 0);
  SocketObject& socket = socket_of(self);
  if (socket.acceptor && socket.acceptor->is_open())
    return Value::integer(socket.acceptor->native_handle());
  if (socket.stream && socket.stream->is_open())
    return Value::integer(socket.stream->native_handle());
  return Value::integer(-1);
}

Value socket_enter(ThreadState&, Value self, const Args&) {
  incref(self);
  return self;
}

Value socket_exit(ThreadState& thread, Value self, const Args&) {
  socket_close(thread, self, Args{});
  return Value::boolean(false);
}

const TypeInfo& socket_type() {
  static const TypeInfo type{"socket",
                             {{"setsockopt", socket_setsockopt},
                              {"bind", socket_bind},
                              {"listen", socket_listen},
                              {"accept", socket_accept},
                              {"connect", socket_connect},
                              {"recv", socket_recv},
                              {"send", socket_send},
                              {"sendall", socket_sendall},
                              {"close", socket_close},
                              {"getsockname", socket_getsockname},
                              {"getpeername", socket_getpeername},
                              {"fileno", socket_fileno},
                              {"__enter__", socket_enter},
                              {"__exit__", socket_exit}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_socket(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("socket", {"family", "type", "proto"});
  int64_t family = bound[0].is_undefined() ? kAfInet : bound[0].i;
  int64_t type = bound[1].is_undefined() ? kSockStream : bound[1].i;
  if (family != kAfInet || type != kSockStream) {
    raise(exc::OSError, "socket(): only AF_INET with SOCK_STREAM is supported");
  }
  tcp::socket stream(io_context());
  boost::system::error_code error;
  stream.open(tcp::v4(), error);
  if (error) raise_os_error(error);
  return new_socket_value(std::move(stream));
}

}  // namespace

Value make_socket_module(VM&) {
  auto* module = new Module("socket");
  module->add_function("socket", make_socket);
  module->add("AF_INET", Value::integer(kAfInet));
  module->add("SOCK_STREAM", Value::integer(kSockStream));
  module->add("SOL_SOCKET", Value::integer(SOL_SOCKET));
  module->add("SO_REUSEADDR", Value::integer(SO_REUSEADDR));
  module->add("IPPROTO_TCP", Value::integer(IPPROTO_TCP));
  module->add("TCP_NODELAY", Value::integer(TCP_NODELAY));
  incref(Value::object(exc::OSError));
  module->add("error", Value::object(exc::OSError));
  incref(Value::object(exc::TimeoutError));
  module->add("timeout", Value::object(exc::TimeoutError));
  return Value::object(module);
}

}  // namespace gilvm
