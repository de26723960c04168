// tree_builder.h — fills a json::Tree from the scanner's events (or from an nlohmann::json).
#pragma once

#include "core/json/scanner.h"
#include "core/json/tree.h"

namespace sw::json {

/// Builds a Tree. Items are collected on a stack while their container is open, then moved side by side into
/// the tree's node array when it closes; finish() points every container at its items.
class TreeBuilder : public ScanBuilder {
 public:
  /// chars_capacity bounds the total size of every string and member name (the text's size does: decoding
  /// never lengthens a string). node_hint sizes the node array.
  TreeBuilder(Tree& tree, std::size_t chars_capacity, std::size_t node_hint);

  void open(bool object) override;
  void close() override;
  void key(std::string_view name) override { key_ = copy(name); }
  void string(std::string_view value) override;
  void null() override { add(NodeKind::Null); }
  void boolean(bool value) override { add(NodeKind::Boolean).boolean_ = value; }
  void integer(long long value) override { add(NodeKind::Integer).integer_ = value; }
  void unsigned_integer(unsigned long long value) override { add(NodeKind::Unsigned).unsigned_ = value; }
  void real(double value) override { add(NodeKind::Float).float_ = value; }

  /// Completes the tree after the last event.
  void finish();

  /// True when an object repeated a member name (the caller reports it: json::load's second scan).
  bool duplicates = false;

 private:
  Node& add(NodeKind kind);
  std::string_view copy(std::string_view s);
  bool has_duplicate_names(const Node* members, std::size_t count) const;

  Tree& tree_;
  std::size_t chars_used_ = 0;
  std::size_t chars_capacity_;
  std::string_view key_;              // the name of the member whose value comes next
  std::vector<Node> pending_;         // the items of every open container, innermost last
  std::vector<std::size_t> open_;     // where each open container's items start in pending_
};

}  // namespace sw::json
