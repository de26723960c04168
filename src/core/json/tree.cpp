// tree.cpp — json::Tree look-ups and conversions from and to nlohmann::json.
#include "core/json/tree.h"

#include <nlohmann/json.hpp>

#include "core/json/tree_builder.h"

namespace sw::json {

double Node::number() const {
  switch (kind_) {
    case NodeKind::Integer: return static_cast<double>(integer_);
    case NodeKind::Unsigned: return static_cast<double>(unsigned_);
    case NodeKind::Float: return float_;
    default: return 0.0;
  }
}

const Node* Node::find(std::string_view key) const {
  if (kind_ != NodeKind::Object) return nullptr;
  // From the end: with a repeated name the last one counts. Length and first byte before the full comparison
  // (readers look up about 25 names, most of them absent, in every question).
  const std::size_t n = key.size();
  for (std::size_t i = count_; i-- > 0;) {
    const std::string_view k = items_[i].key_;
    if (k.size() == n && (n == 0 || k[0] == key[0]) && k == key) return &items_[i];
  }
  return nullptr;
}

nlohmann::json to_nlohmann(const Node& node) {
  switch (node.kind()) {
    case NodeKind::Null: return nullptr;
    case NodeKind::Boolean: return node.boolean();
    case NodeKind::Integer: return node.integer();
    case NodeKind::Unsigned: return node.unsigned_integer();
    case NodeKind::Float: return node.number();
    case NodeKind::String: return std::string(node.string());
    case NodeKind::Array: {
      nlohmann::json out = nlohmann::json::array();
      for (const Node& item : node) out.push_back(to_nlohmann(item));
      return out;
    }
    case NodeKind::Object: {
      nlohmann::json out = nlohmann::json::object();
      for (const Node& member : node) out[std::string(member.key())] = to_nlohmann(member);  // the last one wins
      return out;
    }
  }
  return nullptr;
}

namespace {

// Sizes of everything a value holds, for the builder's buffers.
void measure(const nlohmann::json& v, std::size_t& chars, std::size_t& nodes) {
  ++nodes;
  if (v.is_string()) chars += v.get_ref<const std::string&>().size();
  if (v.is_array())
    for (const auto& item : v) measure(item, chars, nodes);
  if (v.is_object())
    for (const auto& [key, member] : v.items()) {
      chars += key.size();
      measure(member, chars, nodes);
    }
}

void feed(const nlohmann::json& v, TreeBuilder& b) {
  switch (v.type()) {
    case nlohmann::json::value_t::boolean: return b.boolean(v.get<bool>());
    case nlohmann::json::value_t::number_integer: return b.integer(v.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return b.unsigned_integer(v.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: return b.real(v.get<double>());
    case nlohmann::json::value_t::string: return b.string(v.get_ref<const std::string&>());
    case nlohmann::json::value_t::array:
      b.open(false);
      for (const auto& item : v) feed(item, b);
      return b.close();
    case nlohmann::json::value_t::object:
      b.open(true);
      for (const auto& [key, member] : v.items()) {
        b.key(key);
        feed(member, b);
      }
      return b.close();
    default: return b.null();
  }
}

}  // namespace

Tree tree_from_nlohmann(const nlohmann::json& value) {
  std::size_t chars = 0, nodes = 0;
  measure(value, chars, nodes);
  Tree tree;
  TreeBuilder builder(tree, chars, nodes);
  feed(value, builder);
  builder.finish();
  return tree;
}

}  // namespace sw::json
