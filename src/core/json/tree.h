// tree.h — a compact, read-only JSON document for loaders that read a file once and keep none of it.
//
// nlohmann/json's DOM costs an allocation per object member, per array and per long string, and as much again to
// free them: most of loading a large questionnaire (docs/performance.md, item 12). A Tree holds every value in
// one array of nodes (the items of a container side by side) and every string in one buffer. Duplicate member
// names behave as in nlohmann::json::parse: look-ups find the last one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace sw::json {

enum class NodeKind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

/// One value. The method names follow nlohmann::json's, so code can read either.
class Node {
 public:
  NodeKind kind() const { return kind_; }
  bool is_null() const { return kind_ == NodeKind::Null; }
  bool is_boolean() const { return kind_ == NodeKind::Boolean; }
  bool is_number() const { return kind_ == NodeKind::Integer || kind_ == NodeKind::Unsigned || kind_ == NodeKind::Float; }
  bool is_number_integer() const { return kind_ == NodeKind::Integer; }  // negative integers (nlohmann's rule)
  bool is_number_unsigned() const { return kind_ == NodeKind::Unsigned; }
  bool is_number_float() const { return kind_ == NodeKind::Float; }
  bool is_string() const { return kind_ == NodeKind::String; }
  bool is_array() const { return kind_ == NodeKind::Array; }
  bool is_object() const { return kind_ == NodeKind::Object; }

  bool boolean() const { return boolean_; }
  std::int64_t integer() const { return integer_; }
  std::uint64_t unsigned_integer() const { return unsigned_; }
  /// Any number as a double.
  double number() const;
  std::string_view string() const { return text_; }

  /// Items of an array or members of an object (in file order); 0 for other values.
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const Node& operator[](std::size_t i) const { return items_[i]; }
  const Node* begin() const { return items_; }
  const Node* end() const { return items_ + count_; }
  /// A member's name ("" for array items and the root).
  std::string_view key() const { return key_; }
  /// The member named key (the last one when the name is repeated), or nullptr.
  const Node* find(std::string_view key) const;

 private:
  friend class TreeBuilder;
  NodeKind kind_ = NodeKind::Null;
  bool boolean_ = false;
  std::uint32_t count_ = 0;
  std::uint32_t first_ = 0;  // while building: index of the first item in the tree's node array
  std::string_view key_;
  std::string_view text_;
  union {
    std::int64_t integer_;
    std::uint64_t unsigned_;
    double float_;
    const Node* items_ = nullptr;
  };
};

/// A whole document. Move-only: nodes point into its storage.
class Tree {
 public:
  Tree() = default;
  Tree(Tree&&) = default;
  Tree& operator=(Tree&&) = default;
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  /// The top-level value (null for an empty tree).
  const Node& root() const { return nodes_.empty() ? null_ : nodes_.back(); }

 private:
  friend class TreeBuilder;
  std::vector<Node> nodes_;          // sibling blocks, the root last
  std::unique_ptr<char[]> chars_;    // every decoded string and member name, never reallocated
  Node null_;
};

/// The value as nlohmann::json (for the rare value a loader keeps as JSON, and for messages).
nlohmann::json to_nlohmann(const Node& node);

/// The same document as a Tree (for callers that hold nlohmann::json already).
Tree tree_from_nlohmann(const nlohmann::json& value);

}  // namespace sw::json
