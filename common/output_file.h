// Output files (reports, statistics, traces, plots) written so that nothing at the path is ever
// destroyed by accident or by a hostile neighbour:
//   - a regular file (or a path that does not exist yet) is replaced atomically: the content goes
//     to a fresh temporary file in the same directory, created with O_EXCL|O_NOFOLLOW under an
//     unpredictable name, flushed to disk and renamed over the target, so a reader (or a crash
//     mid-write) never sees half a file and a symlink planted at the temporary name is refused;
//   - a symlink is followed: the file it names is replaced, the link stays;
//   - a device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written in place: it is
//     never replaced by a regular file.
// Every failure (no directory, no permission, no space, EIO) throws OutputFileError naming the
// path and the reason. check_output_file() finds the avoidable ones before a long run starts.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gilbench {

class OutputFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Checks that `path` can be written: its directory exists and takes a new file, or it is an
// existing writable device or FIFO; not a directory. Opens nothing that could block (a FIFO
// without a reader) and leaves no file behind.
void check_output_file(const std::filesystem::path& path);

// Writes `content` to `path` as described above.
void write_output_file(const std::filesystem::path& path, std::string_view content);

}  // namespace gilbench
