// reader.h — type-checked reading of JSON objects that reports problems as located Diagnostics.
//
//   Reporter r(file, &doc.source_map, diagnostics);
//   ObjectReader q(doc.value["sections"][0], "/sections/0", r);
//   auto id = q.string("id", Need::Required);     // "missing required field" / "expected a string but got 42"
//   auto type = q.one_of("type", {"text", "email"}, Need::Required);
//   q.report_unknown();                           // warnings for fields nobody read, with "did you mean"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/json/read_keys.h"
#include "core/json/source_map.h"
#include "core/json/tree.h"

namespace sw::json {

/// Adds Diagnostics for one file, locating JSON Pointers through its source map (when there is one).
class Reporter {
 public:
  Reporter(std::string file, const SourceMap* map, Diagnostics& out) : file_(std::move(file)), map_(map), out_(out) {}

  /// An error about the value at pointer.
  void error(std::string_view pointer, std::string message) { add(Severity::Error, pointer, std::move(message), false); }
  /// A warning about the value at pointer.
  void warning(std::string_view pointer, std::string message) { add(Severity::Warning, pointer, std::move(message), false); }
  /// A warning located at the member name of pointer (e.g. an unknown field) rather than at its value.
  void warning_at_key(std::string_view pointer, std::string message) { add(Severity::Warning, pointer, std::move(message), true); }

  /// Line and column of the value at pointer (or its nearest ancestor); {0, 0} without a source map.
  Location locate(std::string_view pointer) const;
  /// " (line L, column C)" for the value at pointer, or "" when unknown — for "first defined at" notes.
  std::string where(std::string_view pointer) const;

  const std::string& file() const { return file_; }
  const SourceMap* source_map() const { return map_; }
  Diagnostics& diagnostics() { return out_; }

 private:
  void add(Severity severity, std::string_view pointer, std::string message, bool at_key);

  std::string file_;
  const SourceMap* map_;
  Diagnostics& out_;
};

enum class Need { Optional, Required };

/// Reads the members of one JSON object, checking types, and remembers which members were read. Every key passed
/// to it must outlive the reader (they are kept, uncopied, for report_unknown): callers pass string literals. Value is
/// nlohmann::json (ObjectReader) or json::Node (NodeReader: the questionnaire loader, which reads a json::Tree).
template <class Value>
class BasicObjectReader {
 public:
  /// Reports "expected an object" when value is not one (then every read returns nothing).
  BasicObjectReader(const Value& value, std::string pointer, Reporter& reporter);
  /// The same, borrowing *pointer (which must outlive the reader and not change): the questionnaire loader makes
  /// a reader for every question and choice, whose pointer it keeps in the model anyway.
  BasicObjectReader(const Value& value, const std::string* pointer, Reporter& reporter);
  BasicObjectReader(const BasicObjectReader&) = delete;
  BasicObjectReader& operator=(const BasicObjectReader&) = delete;

  bool valid() const { return object_ != nullptr; }
  std::string_view pointer() const { return pointer_; }
  /// The pointer of member key.
  std::string path(std::string_view key) const;
  /// True when the member exists (and marks it as read).
  bool has(std::string_view key);

  std::optional<std::string> string(std::string_view key, Need need = Need::Optional);
  /// A string that must not be empty (an empty one is reported like a missing one).
  std::optional<std::string> non_empty_string(std::string_view key, Need need = Need::Optional);
  std::optional<bool> boolean(std::string_view key, Need need = Need::Optional);
  std::optional<double> number(std::string_view key, Need need = Need::Optional);
  std::optional<long long> integer(std::string_view key, Need need = Need::Optional);
  /// A string that must be one of allowed: `expected one of "a", "b" but got "c" (did you mean ...)`.
  std::optional<std::string> one_of(std::string_view key, const std::vector<std::string_view>& allowed,
                                    Need need = Need::Optional);
  const Value* array(std::string_view key, Need need = Need::Optional);
  const Value* object(std::string_view key, Need need = Need::Optional);
  /// Any JSON value.
  const Value* any(std::string_view key, Need need = Need::Optional);

  /// Marks members as known without reading them.
  void ignore(std::string_view key);

  /// A warning for every member that was not read. known_elsewhere lists fields that exist in the format
  /// but not here (e.g. "choices" on a text question): those get "not used here" instead of "unknown".
  void report_unknown(const std::vector<std::string_view>& known_elsewhere = {}, std::string_view where = "");
  /// True when every member was read (report_unknown would say nothing): lets callers skip building `where`.
  bool all_read() const;

 private:
  const Value* member(std::string_view key, Need need, const char* expected);
  void wrong_type(std::string_view key, const char* expected, const Value& got);
  void mark_read(std::string_view key);
  void note_found(const Value* member);
  const Value* lookup(std::string_view key) const;  // the member, or nullptr (object_ must be set)
  /// Takes `value` as the object to read, or reports that it is not one (both constructors).
  void attach(const Value& value);
  bool was_read(std::string_view key) const;

  const Value* object_ = nullptr;
  std::string owned_pointer_;  // empty when borrowed
  std::string_view pointer_;
  Reporter& reporter_;
  ReadKeys read_;  // the keys read so far
  std::uint64_t names_ = 0;  // a summary of the members' names, to skip most look-ups of absent ones
  std::uint64_t found_ = 0;  // bit i: member i (of the first 64) was read (NodeReader only; see all_read)
};

using ObjectReader = BasicObjectReader<nlohmann::json>;
using NodeReader = BasicObjectReader<Node>;
extern template class BasicObjectReader<nlohmann::json>;
extern template class BasicObjectReader<Node>;

}  // namespace sw::json
