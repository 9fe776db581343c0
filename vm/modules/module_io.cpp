// The `_fileio` module: the system calls that lib/io.py's files make (CPython's FileIO), each
// raising CPython's OSError subclass for its errno (FileNotFoundError, ...). The buffering, the
// text decoding and the modes' rules are io.py's. Reads and writes keep the GIL: files are local
// and their calls short, as CPython's small reads are in practice.
#include "modules/module_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <string>
#include <utility>

#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/os_exceptions.h"

namespace gilvm {

namespace {

int64_t int_argument(Value v, const char* function) {
  if (v.is_int()) return v.i;
  raise(exc::TypeError, std::string(function) + "() argument must be int, not " + type_name(v));
}

int fd_argument(Value v, const char* function) { return static_cast<int>(int_argument(v, function)); }

// open_fd(path, flags): a descriptor for the path (a directory is IsADirectoryError, as CPython's
// FileIO has it).
Value open_fd(ThreadState&, Value, const Args& args) {
  args.expect("open_fd", 2, 2);
  const Value path = args.positional[0];
  if (!is_kind(path, Kind::Str))
    raise(exc::TypeError, "expected str, bytes or os.PathLike object, not " + type_name(path));
  const int flags = static_cast<int>(int_argument(args.positional[1], "open_fd")) | O_CLOEXEC;
  int fd;
  do fd = ::open(as_str(path)->text.c_str(), flags, 0666);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) raise_os_error(errno, path);
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    raise_os_error(EISDIR, path);
  }
  return Value::integer(fd);
}

// read(fd, n): up to n bytes (all to the end where n < 0); b'' at the end.
Value read_fd(ThreadState&, Value, const Args& args) {
  args.expect("read", 2, 2);
  const int fd = fd_argument(args.positional[0], "read");
  const int64_t wanted = int_argument(args.positional[1], "read");
  std::string data;
  constexpr size_t kChunk = 64 * 1024;
  for (;;) {
    size_t room = wanted < 0 ? kChunk : static_cast<size_t>(wanted) - data.size();
    if (room == 0) break;
    const size_t had = data.size();
    data.resize(had + room);
    ssize_t n = ::read(fd, data.data() + had, room);
    if (n < 0 && errno == EINTR) {
      data.resize(had);
      continue;
    }
    if (n < 0) raise_os_error(errno);
    data.resize(had + static_cast<size_t>(n));
    if (n == 0 || wanted >= 0) break;  // a sized read returns what one call gave
  }
  return make_bytes(std::move(data));
}

// write(fd, data): writes all of a bytes or bytearray; its length.
Value write_fd(ThreadState&, Value, const Args& args) {
  args.expect("write", 2, 2);
  const int fd = fd_argument(args.positional[0], "write");
  const Value data = args.positional[1];
  if (!is_kind(data, Kind::Bytes) && !is_kind(data, Kind::ByteArray))
    raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(data) + "'");
  const BytesView view(data);
  const std::string_view bytes = view.data();
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) raise_os_error(errno);
    done += static_cast<size_t>(n);
  }
  return Value::integer(static_cast<int64_t>(done));
}

Value close_fd(ThreadState&, Value, const Args& args) {
  args.expect("close", 1, 1);
  if (::close(fd_argument(args.positional[0], "close")) != 0 && errno != EINTR)
    raise_os_error(errno);
  return Value::none();
}

// lseek(fd, offset, whence): the new position.
Value seek_fd(ThreadState&, Value, const Args& args) {
  args.expect("lseek", 3, 3);
  off_t at = ::lseek(fd_argument(args.positional[0], "lseek"),
                     static_cast<off_t>(int_argument(args.positional[1], "lseek")),
                     static_cast<int>(int_argument(args.positional[2], "lseek")));
  if (at < 0) raise_os_error(errno);
  return Value::integer(static_cast<int64_t>(at));
}

Value isatty_fd(ThreadState&, Value, const Args& args) {
  args.expect("isatty", 1, 1);
  return Value::boolean(::isatty(fd_argument(args.positional[0], "isatty")) == 1);
}

}  // namespace

Value make_fileio_native_module(VM&) {
  auto* module = new Module("_fileio");
  module->add_function("open_fd", open_fd);
  module->add_function("read", read_fd);
  module->add_function("write", write_fd);
  module->add_function("close", close_fd);
  module->add_function("lseek", seek_fd);
  module->add_function("isatty", isatty_fd);
  for (auto [name, value] : {std::pair{"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
                             {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT}, {"O_TRUNC", O_TRUNC},
                             {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL}})
    module->add(name, Value::integer(value));
  return Value::object(module);
}

}  // namespace gilvm
