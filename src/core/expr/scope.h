// scope.h — where an expression reads the values of its `{references}`.
//
// The engine implements Scope over its live answers (no copying); ValueScope serves tests, the CLI and
// repeat-group entries; ChainScope puts an entry's fields in front of the questionnaire's answers.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/expr/reference.h"
#include "core/expr/value.h"

namespace sw::expr {

class Scope {
 public:
  virtual ~Scope() = default;
  /// Sets `out` and returns true when the reference names a value (which may be null); false when unknown.
  virtual bool lookup(const Reference& ref, Value& out) const = 0;
};

/// survey-core's lookup of a reference inside a values object: names match case-insensitively, a dotted
/// key ("a.b") wins over nesting, "[n]" indexes arrays (n < 0 from the end), "length" of arrays/strings.
bool lookup_in(const Value& root, const Reference& ref, Value& out);

/// A scope over one object value (e.g. parsed --data JSON, or one repeat-group entry).
class ValueScope : public Scope {
 public:
  explicit ValueScope(Value root) : root_(std::move(root)) {}
  /// A scope over JSON data (an object; anything else gives an empty scope).
  static ValueScope from_json(const nlohmann::json& data);
  static ValueScope from_json(const nlohmann::ordered_json& data);
  bool lookup(const Reference& ref, Value& out) const override { return lookup_in(root_, ref, out); }
  const Value& root() const { return root_; }

 private:
  Value root_;
};

/// Looks in `first`, then in `fallback` (a repeat-group entry in front of the whole questionnaire).
class ChainScope : public Scope {
 public:
  ChainScope(const Scope& first, const Scope& fallback) : first_(first), fallback_(fallback) {}
  bool lookup(const Reference& ref, Value& out) const override {
    return first_.lookup(ref, out) || fallback_.lookup(ref, out);
  }

 private:
  const Scope& first_;
  const Scope& fallback_;
};

}  // namespace sw::expr
