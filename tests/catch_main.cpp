// The Catch2 (v2) main shared by every test executable: compiled once, as an object library.
#define CATCH_CONFIG_MAIN
// Wide enough that script diffs and tracebacks are not re-wrapped at 80 columns.
#define CATCH_CONFIG_CONSOLE_WIDTH 150
#include <catch2/catch.hpp>
