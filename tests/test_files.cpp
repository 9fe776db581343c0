// Output files never clobber what is at the path (devices, FIFOs, links, planted temporaries),
// report every write error, and input files cannot be read forever (common/output_file.h,
// common/input_file.h).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "common/input_file.h"
#include "common/output_file.h"
#include "scratch_files.h"

namespace fs = std::filesystem;

namespace {

struct stat lstat_of(const fs::path& path) {
  struct stat status {};
  REQUIRE(::lstat(path.c_str(), &status) == 0);
  return status;
}

void write_text(const fs::path& path, const std::string& text) { write_file(path, text); }

}  // namespace

TEST_CASE("a regular file is replaced atomically, keeping its permissions, and no temporary stays",
          "[files]") {
  ScratchDirectory scratch;
  const auto path = scratch.path / "report.json";
  gilbench::write_output_file(path, "{\"first\": 1}\n");
  ::chmod(path.c_str(), 0640);
  const ino_t first_inode = lstat_of(path).st_ino;
  gilbench::write_output_file(path, "{\"second\": 2}\n");
  CHECK(content_of(path) == "{\"second\": 2}\n");
  CHECK(lstat_of(path).st_ino != first_inode);  // a new file renamed into place, not rewritten
  CHECK((lstat_of(path).st_mode & 07777) == 0640);
  CHECK(scratch.entries() == std::vector<std::string>{"report.json"});
}

TEST_CASE("a symlink stays a link: the file it names is written", "[files]") {
  ScratchDirectory scratch;
  write_text(scratch.path / "victim", "old\n");
  fs::create_symlink("victim", scratch.path / "link");
  gilbench::write_output_file(scratch.path / "link", "new\n");
  CHECK(S_ISLNK(lstat_of(scratch.path / "link").st_mode));
  CHECK(content_of(scratch.path / "victim") == "new\n");
  CHECK(scratch.entries() == std::vector<std::string>{"link", "victim"});

  SECTION("a dangling link creates the file it names") {
    fs::create_symlink("created", scratch.path / "dangling");
    gilbench::write_output_file(scratch.path / "dangling", "made\n");
    CHECK(S_ISLNK(lstat_of(scratch.path / "dangling").st_mode));
    CHECK(content_of(scratch.path / "created") == "made\n");
  }
}

TEST_CASE("links planted at the old predictable temporary names do not redirect the write",
          "[files]") {
  ScratchDirectory scratch;
  write_text(scratch.path / "victim", "precious\n");
  const auto target = scratch.path / "stats.json";
  // The names the old writer used (TARGET.tmp.PID) for this and nearby process ids.
  for (pid_t pid = ::getpid() - 5; pid <= ::getpid() + 5; ++pid) {
    fs::create_symlink(scratch.path / "victim", target.string() + ".tmp." + std::to_string(pid));
  }
  gilbench::write_output_file(target, "stats\n");
  CHECK(content_of(scratch.path / "victim") == "precious\n");
  CHECK(content_of(target) == "stats\n");
}

TEST_CASE("concurrent writers of one path each get their own temporary and the result is whole",
          "[files]") {
  ScratchDirectory scratch;
  const auto path = scratch.path / "shared.json";
  const std::string a(100'000, 'a'), b(100'000, 'b');
  std::vector<std::thread> writers;
  for (int i = 0; i < 8; ++i) {
    writers.emplace_back([&, i] {
      for (int round = 0; round < 20; ++round) gilbench::write_output_file(path, i % 2 ? a : b);
    });
  }
  for (auto& writer : writers) writer.join();
  const std::string result = content_of(path);
  CHECK((result == a || result == b));
  CHECK(scratch.entries() == std::vector<std::string>{"shared.json"});
}

TEST_CASE("a device is written in place and never replaced by a regular file", "[files]") {
  ScratchDirectory scratch;
  const fs::path null_device = character_device(scratch, "null", 3);
  gilbench::check_output_file(null_device);
  gilbench::write_output_file(null_device, "discarded\n");
  CHECK(S_ISCHR(lstat_of(null_device).st_mode));
}

TEST_CASE("a full device (ENOSPC) is an error naming the path and the reason, and stays a device",
          "[files]") {
  ScratchDirectory scratch;
  const fs::path full_device = character_device(scratch, "full", 7);
  CHECK_THROWS_WITH(gilbench::write_output_file(full_device, "statistics\n"),
                    Catch::Contains("cannot write " + full_device.string()) &&
                        Catch::Contains("No space left on device"));
  CHECK(S_ISCHR(lstat_of(full_device).st_mode));
}

TEST_CASE("a FIFO is written in place: the reader gets the bytes and the FIFO stays", "[files]") {
  ScratchDirectory scratch;
  const auto fifo = scratch.path / "fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  gilbench::check_output_file(fifo);  // must not block although nobody reads yet
  std::string received;
  std::thread reader([&] { received = content_of(fifo); });
  gilbench::write_output_file(fifo, "through the pipe\n");
  reader.join();
  CHECK(received == "through the pipe\n");
  CHECK(S_ISFIFO(lstat_of(fifo).st_mode));
  CHECK(scratch.entries() == std::vector<std::string>{"fifo"});
}

TEST_CASE("/proc/self/fd/N (what /dev/stdout names) is written through the open file, not replaced",
          "[files]") {
  ScratchDirectory scratch;
  const auto redirected = scratch.path / "stdout.txt";
  const int fd = ::open(redirected.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  REQUIRE(fd >= 0);
  const ino_t inode = lstat_of(redirected).st_ino;
  gilbench::write_output_file("/proc/self/fd/" + std::to_string(fd), "to the descriptor\n");
  ::close(fd);
  CHECK(lstat_of(redirected).st_ino == inode);
  CHECK(content_of(redirected) == "to the descriptor\n");
  CHECK(scratch.entries() == std::vector<std::string>{"stdout.txt"});
}

TEST_CASE("unwritable paths are refused before anything is written, naming the path", "[files]") {
  ScratchDirectory scratch;
  CHECK_THROWS_WITH(gilbench::check_output_file(scratch.path / "missing" / "report.json"),
                    Catch::Contains("cannot write") && Catch::Contains("missing") &&
                        Catch::Contains("No such file"));
  CHECK_THROWS_WITH(gilbench::write_output_file(scratch.path / "missing" / "report.json", "{}"),
                    Catch::Contains("No such file"));
  CHECK_THROWS_WITH(gilbench::check_output_file(scratch.path), Catch::Contains("is a directory"));
  CHECK_THROWS_WITH(gilbench::write_output_file(scratch.path, "{}"),
                    Catch::Contains("is a directory"));
  write_text(scratch.path / "file", "x");
  CHECK_THROWS_WITH(gilbench::check_output_file(scratch.path / "file" / "below"),
                    Catch::Contains("Not a directory"));
  CHECK_THROWS_WITH(gilbench::check_output_file(""), Catch::Contains("empty file name"));
  gilbench::check_output_file(scratch.path / "new.json");  // fine, and leaves nothing behind
  CHECK(scratch.entries() == std::vector<std::string>{"file"});
  if (::geteuid() != 0) {  // root may write anywhere
    fs::create_directory(scratch.path / "read-only");
    ::chmod((scratch.path / "read-only").c_str(), 0500);
    CHECK_THROWS_WITH(gilbench::check_output_file(scratch.path / "read-only" / "x.json"),
                      Catch::Contains("Permission denied"));
    ::chmod((scratch.path / "read-only").c_str(), 0700);
  }
}

TEST_CASE("input files: a directory, an endless device and an oversized file are errors",
          "[files]") {
  ScratchDirectory scratch;
  write_text(scratch.path / "config.json", "{\"name\": \"x\"}");
  CHECK(gilbench::read_input_file(scratch.path / "config.json", 1024) == "{\"name\": \"x\"}");
  CHECK_THROWS_WITH(gilbench::read_input_file(scratch.path, 1024),
                    Catch::Contains("is a directory"));
  CHECK_THROWS_WITH(gilbench::read_input_file("/dev/zero", 1 << 20),
                    Catch::Contains("/dev/zero: larger than 1048576 bytes"));
  write_text(scratch.path / "big", std::string(2000, 'x'));
  CHECK_THROWS_WITH(gilbench::read_input_file(scratch.path / "big", 1999),
                    Catch::Contains("larger than 1999 bytes"));
  CHECK(gilbench::read_input_file(scratch.path / "big", 2000).size() == 2000);
  try {
    gilbench::read_input_file(scratch.path / "absent", 10);
    FAIL("no error");
  } catch (const gilbench::InputFileError& error) {
    CHECK(error.reason() == "No such file or directory");
    CHECK(std::string(error.what()).starts_with((scratch.path / "absent").string()));
  }
}
