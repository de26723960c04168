// scope.cpp — survey-core's reference lookup (VariableGetterContext) over Values.
#include "core/expr/scope.h"

#include <nlohmann/json.hpp>

#include "core/expr/js.h"

namespace sw::expr {
namespace {

struct PathItem {
  const std::string* name;
  bool has_index = false;
  std::int64_t index = 0;
};

size_t utf16_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;  // one unit per code point...
    if ((c & 0xF8) == 0xF0) ++n;  // ...two for those outside the BMP
  }
  return n;
}

// getValueByItemCore: a member by case-insensitive name, or the length of an array/string.
bool member(const Value& obj, const std::string& name, Value& out) {
  if (!js::truthy(obj) || name.empty()) return false;
  if (name == "length" && obj.is_array()) return out = Value(static_cast<double>(obj.as_array().size())), true;
  if (name == "length" && obj.is_string()) return out = Value(static_cast<double>(utf16_length(obj.as_string()))), true;
  std::string lower = js::to_lower(name);
  if (obj.is_object()) {
    // survey-core takes the first key that matches in any case, in insertion order. JSON objects parsed
    // here may have lost that order, so an exact match wins first, which is what the order usually gives.
    if (const Value* exact = obj.find(name)) {
      out = *exact;
      return true;
    }
    for (const auto& [k, v] : obj.as_object()) {
      if (js::to_lower(k) == lower) {
        out = v;
        return true;
      }
    }
    return false;
  }
  if (obj.is_array()) {  // `for (key in array)` visits the indices "0", "1", ...
    const Values& a = obj.as_array();
    for (size_t i = 0; i < a.size(); ++i) {
      if (std::to_string(i) == lower) {
        out = a[i];
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool lookup_in(const Value& root, const Reference& ref, Value& out) {
  std::vector<PathItem> path;
  for (const auto& seg : ref.segments) {
    if (seg.is_name()) {
      path.push_back(PathItem{&seg.name});
    } else if (!path.empty()) {
      path.back().has_index = true;
      path.back().index = seg.index;
    }
  }
  Value cur = root;
  size_t p = 0;
  while (p < path.size()) {
    size_t end = p;
    while (end < path.size() - 1 && !path[end].has_index) ++end;
    // Longest dotted name first: {a.b.c} tries the key "a.b.c", then "a.b", then "a".
    bool found = false;
    size_t q = end + 1;
    while (q-- > p) {
      std::string name = *path[p].name;
      for (size_t k = p + 1; k <= q; ++k) name += "." + *path[k].name;
      Value v;
      if (member(cur, name, v)) {
        cur = std::move(v);
        found = true;
        break;
      }
    }
    if (!found) return false;
    const PathItem& item = path[q];
    p = q + 1;
    if (item.has_index) {
      if (!cur.is_array() || item.index == Segment::kBadIndex) return false;
      std::int64_t n = static_cast<std::int64_t>(cur.as_array().size());
      std::int64_t i = item.index < 0 ? n + item.index : item.index;
      if (i < 0 || i >= n) return false;
      Value next = cur.as_array()[static_cast<size_t>(i)];
      cur = std::move(next);
    }
  }
  out = std::move(cur);
  return true;
}

ValueScope ValueScope::from_json(const nlohmann::json& data) {
  return ValueScope(data.is_object() ? sw::expr::from_json(data) : Value(Members{}));
}

ValueScope ValueScope::from_json(const nlohmann::ordered_json& data) {
  return ValueScope(data.is_object() ? sw::expr::from_json(data) : Value(Members{}));
}

}  // namespace sw::expr
