# floor-echo-server: the physical floor the VM echo server is compared against. Included from
# server/CMakeLists.txt; paths are relative to this file so the include site does not matter.
find_package(CLI11 CONFIG REQUIRED)
add_executable(floor-echo-server ${CMAKE_CURRENT_LIST_DIR}/floor_echo_server.cpp)
target_link_libraries(floor-echo-server PRIVATE common CLI11::CLI11 Boost::headers Threads::Threads)
