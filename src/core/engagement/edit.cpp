// edit.cpp — applying JSON-Pointer commands to an engagement (with validation) and the undo stack.
#include "core/engagement/edit.h"

#include <algorithm>

#include "core/engagement/format.h"
#include "core/json/describe.h"

namespace sw::engagement {
namespace {

using J = nlohmann::json;

Diagnostic refusal(const std::string& path, std::string message) {
  Diagnostic d;
  d.json_path = path;
  d.message = std::move(message);
  return d;
}

// Splits "/a/b/3" into the parent pointer and the last token (unescaped).
bool split(const std::string& path, J::json_pointer& parent, std::string& last) {
  if (path.empty() || path[0] != '/') return false;
  try {
    J::json_pointer p(path);
    last = p.back();
    parent = p.parent_pointer();
    return true;
  } catch (const J::exception&) {
    return false;
  }
}

bool parse_index(const std::string& token, std::size_t size, bool allow_end, std::size_t& out) {
  if (allow_end && token == "-") {
    out = size;
    return true;
  }
  if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0')) return false;
  out = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<std::size_t>(c - '0');
  }
  return allow_end ? out <= size : out < size;
}

// Applies one op to doc; fills `inverse` and the concrete path of the result. Returns "" or an error.
std::string apply_op(J& doc, const Op& op, Op& inverse, std::string& result_path) {
  J::json_pointer parent_ptr;
  std::string last;
  if (!split(op.path, parent_ptr, last)) return "not a JSON Pointer to a field: \"" + op.path + "\"";
  if (!doc.contains(parent_ptr)) return "no value at " + parent_ptr.to_string();
  J& parent = doc.at(parent_ptr);
  const std::string base = parent_ptr.to_string();
  result_path = op.path;
  std::size_t index = 0;
  switch (op.kind) {
    case OpKind::Set:
      if (parent.is_object()) {
        if (!parent.contains(last)) return "no field \"" + last + "\" at " + (base.empty() ? "/" : base);
        inverse = Op{OpKind::Set, op.path, parent[last]};
        parent[last] = op.value;
        return "";
      }
      if (parent.is_array() && parse_index(last, parent.size(), false, index)) {
        inverse = Op{OpKind::Set, op.path, parent[index]};
        parent[index] = op.value;
        return "";
      }
      return "no value at " + op.path;
    case OpKind::Insert:
      if (!parent.is_array()) return base + " is not a list";
      if (!parse_index(last, parent.size(), true, index)) return "index " + last + " is outside the list " + base;
      parent.insert(parent.begin() + static_cast<long>(index), op.value);
      result_path = base + "/" + std::to_string(index);
      inverse = Op{OpKind::Remove, result_path, nullptr};
      return "";
    case OpKind::Remove:
      if (parent.is_array() && parse_index(last, parent.size(), false, index)) {
        inverse = Op{OpKind::Insert, op.path, parent[index]};
        parent.erase(parent.begin() + static_cast<long>(index));
        return "";
      }
      if (parent.is_object() && parent.contains(last))
        return "the field " + op.path + " cannot be removed (set it to an empty value instead)";
      return "no value at " + op.path;
  }
  return "unknown operation";
}

}  // namespace

Command set_field(std::string path, J value, std::string label, bool typing) {
  Command c{std::move(label), {}, typing ? "typing:" + path : ""};
  c.ops.push_back(Op{OpKind::Set, std::move(path), std::move(value)});
  return c;
}

Command insert_record(std::string list_path, J record, std::string label, long index) {
  std::string at = list_path + "/" + (index < 0 ? std::string("-") : std::to_string(index));
  return Command{std::move(label), {Op{OpKind::Insert, std::move(at), std::move(record)}}, ""};
}

Command remove_at(std::string path, std::string label) {
  return Command{std::move(label), {Op{OpKind::Remove, std::move(path), nullptr}}, ""};
}

Command move_record(const std::string& list_path, std::size_t from, std::size_t to, const J& record,
                    std::string label) {
  return Command{std::move(label),
                 {Op{OpKind::Remove, list_path + "/" + std::to_string(from), nullptr},
                  Op{OpKind::Insert, list_path + "/" + std::to_string(to), record}},
                 ""};
}

std::string path_of(const Engagement& e, std::string_view list_path, std::string_view id) {
  const J doc = to_dom(e);
  try {
    const J& list = doc.at(J::json_pointer(std::string(list_path)));
    for (std::size_t i = 0; i < list.size(); ++i)
      if (list[i].is_object() && list[i].value("id", "") == id) return std::string(list_path) + "/" + std::to_string(i);
  } catch (const J::exception&) {
  }
  return "";
}

ApplyResult apply(Engagement& e, const Command& command) {
  ApplyResult result;
  J doc = to_dom(e);
  Engagement current = e;
  for (const Op& op : command.ops) {
    Op inverse;
    std::string at;
    std::string problem;
    try {
      problem = apply_op(doc, op, inverse, at);
    } catch (const J::exception& ex) {
      problem = ex.what();
    }
    if (!problem.empty()) {
      result.diagnostics.push_back(refusal(op.path, command.label + ": " + problem));
      return result;
    }
    LoadResult read = from_json(doc, "", nullptr, ReadMode::Edit, current.next_id);
    for (auto& d : read.diagnostics)
      if (d.severity == Severity::Error) result.diagnostics.push_back(d);
    if (!result.diagnostics.empty()) return result;
    current = std::move(read.engagement);
    doc = to_dom(current);
    Op canonical = op;
    if (op.kind != OpKind::Remove) {
      canonical.path = at;
      canonical.value = doc.at(J::json_pointer(at));
    }
    result.applied.push_back(std::move(canonical));
    result.inverse.insert(result.inverse.begin(), std::move(inverse));
  }
  e = std::move(current);
  return result;
}

Diagnostics UndoStack::apply(Engagement& e, const Command& command) {
  ApplyResult r = engagement::apply(e, command);
  if (!r.ok()) return r.diagnostics;
  undone_.clear();
  if (!command.merge_key.empty() && !sealed_ && !done_.empty() && done_.back().merge_key == command.merge_key) {
    Step& top = done_.back();
    top.forward.insert(top.forward.end(), r.applied.begin(), r.applied.end());
    top.backward.insert(top.backward.begin(), r.inverse.begin(), r.inverse.end());
  } else {
    done_.push_back(Step{command.label, command.merge_key, std::move(r.applied), std::move(r.inverse)});
    if (done_.size() > limit_) done_.erase(done_.begin());
  }
  sealed_ = command.merge_key.empty();
  return {};
}

bool UndoStack::undo(Engagement& e) {
  if (done_.empty()) return false;
  Step step = std::move(done_.back());
  done_.pop_back();
  const long long keep = e.next_id;
  if (!engagement::apply(e, Command{step.label, step.backward, ""}).ok()) return false;
  e.next_id = std::max(e.next_id, keep);  // ids of undone records are never handed out again
  undone_.push_back(std::move(step));
  sealed_ = true;
  return true;
}

bool UndoStack::redo(Engagement& e) {
  if (undone_.empty()) return false;
  Step step = std::move(undone_.back());
  undone_.pop_back();
  if (!engagement::apply(e, Command{step.label, step.forward, ""}).ok()) return false;
  done_.push_back(std::move(step));
  sealed_ = true;
  return true;
}

std::string UndoStack::undo_label() const { return done_.empty() ? "" : "Undo " + done_.back().label; }
std::string UndoStack::redo_label() const { return undone_.empty() ? "" : "Redo " + undone_.back().label; }

void UndoStack::clear() {
  done_.clear();
  undone_.clear();
  sealed_ = true;
}

}  // namespace sw::engagement
