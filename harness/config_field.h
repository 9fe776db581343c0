// A JSON value of a configuration file with its dotted path (sweep.designs[2].gil) and the file's
// name, so that every check can say exactly where it failed: the validation helpers of
// configs/*.json (config.cpp) and configs/calibration.json (calibration.cpp).
#pragma once

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/duration.h"
#include "harness/config.h"

namespace gilbench::harness {

// "string \"2\"", "number 1.5", "array": what a wrong value was, for messages.
std::string describe_json(const nlohmann::ordered_json& value);

class ConfigField {
 public:
  ConfigField(const nlohmann::ordered_json& value, std::string path, const std::string& file)
      : value_(value), path_(std::move(path)), file_(file) {}

  const nlohmann::ordered_json& value() const { return value_; }
  const std::string& path() const { return path_; }

  [[noreturn]] void fail(const std::string& problem) const {
    throw ConfigError(file_, path_, problem);
  }

  ConfigField member(const std::string& key) const {
    return ConfigField(value_.at(key), path_.empty() ? key : path_ + "." + key, file_);
  }
  bool has(const std::string& key) const { return value_.contains(key); }

  // An object with no keys but `allowed`.
  void expect_object(std::initializer_list<const char*> allowed) const {
    if (!value_.is_object()) fail("expected an object, got " + describe_json(value_));
    for (const auto& item : value_.items()) {
      const std::string& key = item.key();
      if (std::none_of(allowed.begin(), allowed.end(),
                       [&](const char* name) { return key == name; })) {
        std::string expected;
        for (const char* name : allowed)
          expected += (expected.empty() ? "" : ", ") + std::string(name);
        throw ConfigError(file_, path_.empty() ? key : path_ + "." + key,
                          "unknown key (expected one of: " + expected + ")");
      }
    }
  }

  // The elements of a non-empty array.
  std::vector<ConfigField> elements() const {
    if (!value_.is_array()) fail("expected an array, got " + describe_json(value_));
    if (value_.empty()) fail("empty: give at least one value");
    std::vector<ConfigField> items;
    for (std::size_t i = 0; i < value_.size(); ++i)
      items.emplace_back(value_[i], path_ + "[" + std::to_string(i) + "]", file_);
    return items;
  }

  std::string text() const {
    if (!value_.is_string()) fail("expected a string, got " + describe_json(value_));
    return value_.get<std::string>();
  }

  std::string one_of(std::initializer_list<const char*> choices) const {
    const std::string chosen = text();
    std::string listed;
    for (const char* choice : choices) {
      if (chosen == choice) return chosen;
      listed += (listed.empty() ? "\"" : ", \"") + std::string(choice) + "\"";
    }
    fail("\"" + chosen + "\" is not one of " + listed);
  }

  int integer(int minimum, int maximum) const {
    if (!value_.is_number_integer()) fail("expected an integer, got " + describe_json(value_));
    const auto number = value_.get<long long>();
    if (number < minimum || number > maximum) {
      fail(std::to_string(number) + " is out of range [" + std::to_string(minimum) + ", " +
           std::to_string(maximum) + "]");
    }
    return static_cast<int>(number);
  }

  double positive_number() const {
    if (!value_.is_number()) fail("expected a number, got " + describe_json(value_));
    const double number = value_.get<double>();
    if (!(number > 0.0)) fail("must be above 0");
    return number;
  }

  std::chrono::nanoseconds duration() const {
    if (!value_.is_string())
      fail("expected a duration string such as \"5ms\", got " + describe_json(value_));
    std::chrono::nanoseconds parsed{};
    try {
      parsed = parse_duration(value_.get<std::string>());
    } catch (const std::invalid_argument& error) {
      fail(error.what());
    }
    if (parsed.count() <= 0) fail("must be above 0");
    return parsed;
  }

 private:
  const nlohmann::ordered_json& value_;
  std::string path_;
  const std::string& file_;
};

// Parses a non-empty array with `parse_one` and rejects repeated values.
template <typename T, typename ParseOne>
std::vector<T> distinct_list(const ConfigField& field, ParseOne parse_one) {
  std::vector<T> values;
  for (const ConfigField& element : field.elements()) {
    T value = parse_one(element);
    if (std::find(values.begin(), values.end(), value) != values.end())
      element.fail("repeats an earlier value");
    values.push_back(value);
  }
  return values;
}

}  // namespace gilbench::harness
