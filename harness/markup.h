// Text inside HTML and SVG (reproduce's page, timeline's picture): & < > " escaped.
#pragma once

#include <string>

namespace gilbench::harness {

inline std::string html_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace gilbench::harness
