// tree_builder.cpp — building a json::Tree in one pass, with no allocation per value.
#include "core/json/tree_builder.h"

#include <algorithm>
#include <cstring>

namespace sw::json {

TreeBuilder::TreeBuilder(Tree& tree, std::size_t chars_capacity, std::size_t node_hint)
    : tree_(tree), chars_capacity_(chars_capacity) {
  tree_.nodes_.clear();
  tree_.nodes_.reserve(node_hint);
  tree_.chars_ = std::make_unique<char[]>(chars_capacity > 0 ? chars_capacity : 1);
  pending_.reserve(64);
}

std::string_view TreeBuilder::copy(std::string_view s) {
  if (s.size() > chars_capacity_ - chars_used_) throw std::length_error("json tree: strings exceed the text");
  char* at = tree_.chars_.get() + chars_used_;
  if (!s.empty()) std::memcpy(at, s.data(), s.size());
  chars_used_ += s.size();
  return {at, s.size()};
}

Node& TreeBuilder::add(NodeKind kind) {
  Node& n = pending_.emplace_back();
  n.kind_ = kind;
  n.key_ = key_;
  key_ = {};
  return n;
}

void TreeBuilder::string(std::string_view value) {
  const std::string_view text = copy(value);
  add(NodeKind::String).text_ = text;
}

void TreeBuilder::open(bool object) {
  add(object ? NodeKind::Object : NodeKind::Array);
  open_.push_back(pending_.size());
}

void TreeBuilder::close() {
  const std::size_t first = open_.back();
  open_.pop_back();
  Node& container = pending_[first - 1];
  const std::size_t count = pending_.size() - first;
  container.count_ = static_cast<std::uint32_t>(count);
  container.first_ = static_cast<std::uint32_t>(tree_.nodes_.size());
  if (container.is_object() && !duplicates && has_duplicate_names(pending_.data() + first, count)) duplicates = true;
  tree_.nodes_.insert(tree_.nodes_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end());
  pending_.resize(first);
}

bool TreeBuilder::has_duplicate_names(const Node* members, std::size_t count) const {
  // Objects are small (a question has about ten members): comparing pairs beats hashing. Large ones are sorted.
  if (count <= 16) {
    for (std::size_t i = 1; i < count; ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (members[i].key_ == members[j].key_) return true;
    return false;
  }
  std::vector<std::string_view> names;
  names.reserve(count);
  for (std::size_t i = 0; i < count; ++i) names.push_back(members[i].key_);
  std::sort(names.begin(), names.end());
  return std::adjacent_find(names.begin(), names.end()) != names.end();
}

void TreeBuilder::finish() {
  if (open_.empty() && pending_.size() == 1) {
    tree_.nodes_.push_back(pending_.front());  // the root
  } else {
    tree_.nodes_.clear();  // the scan stopped part-way: an empty tree (its root is null)
  }
  pending_.clear();
  open_.clear();
  Node* base = tree_.nodes_.data();
  for (Node& n : tree_.nodes_)
    if (n.is_array() || n.is_object()) n.items_ = base + n.first_;
}

}  // namespace sw::json
