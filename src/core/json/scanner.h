// scanner.h — a non-recursive JSON syntax checker that runs before any DOM is built.
//
// It enforces the size, depth and string-length limits, validates UTF-8 and reports the first syntax error
// with a precise offset and an "expected ... but got ..." message; nlohmann/json only ever sees text that
// passed. With a visitor it also reports every value's JSON Pointer and offset (used by the source map).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sw::json {

/// Resource limits applied before parsing. The defaults suit questionnaires and answers documents.
struct Limits {
  std::size_t max_bytes = 16u << 20;        // whole document
  std::size_t max_depth = 256;              // nested arrays/objects
  std::size_t max_string_bytes = 1u << 20;  // one string (raw, as written in the text)
};

/// One problem found by the scanner, located by byte offset.
struct ScanProblem {
  std::size_t offset = 0;  // std::string::npos when the problem is the whole document (size limit)
  std::string message;
  bool warning = false;  // duplicate keys are warnings; everything else stops the scan
  std::size_t related_offset = std::string::npos;  // for duplicates: where the first one is
};

/// Receives every value of a well-formed document, parents before children.
class ScanVisitor {
 public:
  virtual ~ScanVisitor() = default;
  /// pointer is only valid during the call; key_offset is the member name's offset, or npos (array element, root).
  virtual void value(std::string_view pointer, std::size_t value_offset, std::size_t key_offset) = 0;
};

/// Checks that text is exactly one JSON value within limits. Stops at the first error; warnings accumulate.
/// Duplicate object keys are reported (as warnings) only when no visitor is given.
std::vector<ScanProblem> scan(std::string_view text, const Limits& limits, ScanVisitor* visitor = nullptr);

}  // namespace sw::json
