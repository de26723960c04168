// condition_check.cpp — the engine's parse + check, with "did you mean" hints and self-reference warnings.
#include "core/designer/condition_check.h"

#include <algorithm>

#include "core/expr/js.h"
#include "core/expr/parser.h"
#include "core/json/utf8.h"

namespace sw::designer {
namespace {

// Edit distance (insert, delete, substitute) between short ASCII-ish names, capped work for long ones.
std::size_t distance(std::string_view a, std::string_view b) {
  if (a.size() > 64 || b.size() > 64) return 1000;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// The closest known id to `name` (at most a third of its letters off), or "".
std::string closest(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string lower = expr::js::to_lower(name);
  std::string best;
  std::size_t best_d = std::max<std::size_t>(1, lower.size() / 3) + 1;
  for (const auto& c : candidates) {
    const std::size_t d = distance(lower, expr::js::to_lower(c));
    if (d < best_d) best_d = d, best = c;
  }
  return best;
}

// Hints the checker does not give: the nearest id for an unknown {name}, and {entry.x} for a bare field
// inside a repeat group.
std::string hint_for_unknown(const expr::Reference& ref, const ConditionContext& ctx) {
  if (const AnswerName* group = ctx.entry_group())
    if (ref.segments.size() == 1 && ctx.find_field(*group, ref.root()))
      return ": inside the repeat group '" + group->id + "' write {entry." + ref.root() + "} for this entry's field";
  std::vector<std::string> ids;
  for (const auto& n : ctx.names()) ids.push_back(n.id);
  const std::string near = closest(ref.text, ids);
  return near.empty() ? "" : " (did you mean {" + near + "}?)";
}

bool reads_owner(const expr::Expression& e, const ConditionContext& ctx) {
  if (ctx.owner().empty()) return false;
  for (const auto& r : e.references)
    if (expr::js::to_lower(r.root()) == expr::js::to_lower(ctx.owner()) ||
        (ctx.entry_group() && r.segments.size() >= 2 && expr::js::to_lower(r.root()) == "entry" &&
         r.segments[1].is_name() && expr::js::to_lower(r.segments[1].name) == expr::js::to_lower(ctx.owner())))
      return true;
  return false;
}

}  // namespace

std::string ConditionIssue::text() const {
  return "column " + std::to_string(column) + ": " + (severity == Severity::Warning ? "warning: " : "") + message;
}

std::size_t byte_offset_of_column(std::string_view text, int column) {
  int col = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!json::starts_char(static_cast<unsigned char>(text[i]))) continue;
    if (col == column) return i;
    ++col;
  }
  return text.size();
}

int column_of_byte_offset(std::string_view text, std::size_t offset) {
  int col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (json::starts_char(static_cast<unsigned char>(text[i]))) ++col;
  return col;
}

bool has_error(const std::vector<ConditionIssue>& issues) {
  return std::any_of(issues.begin(), issues.end(),
                     [](const ConditionIssue& i) { return i.severity == Severity::Error; });
}

std::vector<ConditionIssue> check_condition(std::string_view text, const ConditionContext& ctx, ConditionUse use) {
  std::vector<ConditionIssue> out;
  auto add = [&](Severity s, int column, std::string message) {
    out.push_back(ConditionIssue{s, column, byte_offset_of_column(text, column), std::move(message)});
  };
  if (expr::js::trim(text).empty() && empty_means_always(use)) return out;
  auto parsed = expr::parse(text);
  if (!parsed.ok()) {
    add(Severity::Error, parsed.error->column, parsed.error->message);
    return out;
  }
  const expr::Expression& e = parsed.expression;
  for (const auto& issue : expr::check(e, ctx.check_options())) {
    std::string message = issue.message;
    if (message.rfind("unknown reference {", 0) == 0) {
      // Find the reference reported at this column to add a hint about it.
      for (const auto& node : e.nodes)
        if (node.kind == expr::NodeKind::Reference && e.column(node.offset) == issue.column) {
          message += hint_for_unknown(e.references[node.a], ctx);
          break;
        }
    }
    add(issue.severity, issue.column, std::move(message));
  }
  if (reads_owner(e, ctx)) {
    if (use == ConditionUse::Calculated)
      add(Severity::Error, 1, "the calculated value '" + ctx.owner() + "' reads itself: it can never be computed");
    else if (use == ConditionUse::Visible || use == ConditionUse::Enable)
      add(Severity::Warning, 1,
          "the condition reads the answer of '" + ctx.owner() +
              "' itself: once hidden or disabled, the respondent cannot change it back");
  }
  std::stable_sort(out.begin(), out.end(), [](const ConditionIssue& a, const ConditionIssue& b) {
    return a.column < b.column;
  });
  return out;
}

}  // namespace sw::designer
