// scanner.h — a non-recursive JSON syntax checker that runs before any DOM is built.
//
// It enforces the size, depth and string-length limits, validates UTF-8 and reports the first syntax error
// with a precise offset and an "expected ... but got ..." message; nlohmann/json only ever sees text that
// passed. With a visitor it also reports every value's JSON Pointer and offset (used by the source map).
// scan_and_build() builds nlohmann/json's DOM in the same pass (what json::load uses: one pass over clean text).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace sw::json {

/// Resource limits applied before parsing. The defaults suit questionnaires and answers documents.
struct Limits {
  std::size_t max_bytes = 16u << 20;        // whole document
  std::size_t max_depth = 256;              // nested arrays/objects
  std::size_t max_string_bytes = 1u << 20;  // one string (raw, as written in the text)
  std::size_t max_values = SIZE_MAX;        // values in the whole document (containers, members and items count)
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

/// Receives the values of a well-formed document as the scanner reads them (to build a document in the same pass).
/// Numbers arrive typed by nlohmann/json's rules: integers without '-' unsigned, with '-' signed; those out of
/// 64-bit range and every number with a fraction or exponent as doubles.
class ScanBuilder {
 public:
  virtual ~ScanBuilder() = default;
  virtual void open(bool object) = 0;
  virtual void close() = 0;
  /// The name of the member whose value comes next (only valid during the call).
  virtual void key(std::string_view name) = 0;
  /// A string value (only valid during the call).
  virtual void string(std::string_view value) = 0;
  virtual void null() = 0;
  virtual void boolean(bool value) = 0;
  virtual void integer(long long value) = 0;
  virtual void unsigned_integer(unsigned long long value) = 0;
  virtual void real(double value) = 0;
};

/// Checks that text is exactly one JSON value within limits. Stops at the first error; warnings accumulate.
/// Duplicate object keys are reported (as warnings) only when no visitor is given.
std::vector<ScanProblem> scan(std::string_view text, const Limits& limits, ScanVisitor* visitor = nullptr);

/// scan() that also builds the document in the same pass, as nlohmann::json::parse would (the same value types).
/// Duplicate keys are not reported here (the last one wins, as in parse): `duplicates` says whether there were
/// any, for the caller to scan() again for their located warnings. `out` is incomplete when problems are returned.
std::vector<ScanProblem> scan_and_build(std::string_view text, const Limits& limits, nlohmann::json& out,
                                        bool& duplicates);

/// scan() that hands every value to builder in the same pass. Duplicate keys are not reported (builders notice
/// them). What builder received is incomplete when problems are returned.
std::vector<ScanProblem> scan_and_build(std::string_view text, const Limits& limits, ScanBuilder& builder);

}  // namespace sw::json
