// piping.cpp — text with {references} replaced by answers as a person would read them.
#include "core/engine/engine_state.h"
#include "core/expr/js.h"
#include "core/expr/reference.h"

namespace sw::engine {
namespace {

// The display text of one value of question q (choice labels, Yes/No), or of a plain value when q is null.
std::string display(const expr::Value& v, const questionnaire::Question* q) {
  switch (v.kind()) {
    case expr::Value::Kind::Null: return "";
    case expr::Value::Kind::Bool:
      if (q && q->type == questionnaire::QuestionType::YesNo)
        return v.as_bool() ? (q->yes_label.empty() ? "Yes" : q->yes_label) : (q->no_label.empty() ? "No" : q->no_label);
      return v.as_bool() ? "Yes" : "No";
    case expr::Value::Kind::String:
      if (q) {
        if (const auto* choice = q->find_choice(v.as_string())) return choice->label;
      }
      return v.as_string();
    case expr::Value::Kind::Array: {
      std::string out;
      for (const auto& item : v.as_array()) {
        std::string text = display(item, q);
        if (text.empty()) continue;
        out += (out.empty() ? "" : ", ") + text;
      }
      return out;
    }
    case expr::Value::Kind::Object: return "";
    default: return expr::js::to_string(v);
  }
}

}  // namespace

std::string Engine::pipe(std::string_view text, std::optional<std::pair<QuestionPos, std::size_t>> entry) const {
  AnswerScope answers(*s_);
  expr::Value entry_value;
  if (entry) {
    const auto& group = s_->vars[s_->cells_of(entry->first).var].value;
    if (group.is_array() && entry->second < group.as_array().size()) entry_value = group.as_array()[entry->second];
  }
  expr::ValueScope entry_scope(entry_scope_root(entry_value));
  expr::ChainScope scope(entry_scope, answers);

  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto open = text.find('{', i);
    const auto close = open == std::string_view::npos ? open : text.find('}', open + 1);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    const auto inner = text.substr(open + 1, close - open - 1);
    expr::Reference ref = expr::parse_reference(inner);
    expr::Value value;
    if (inner.empty() || !scope.lookup(ref, value)) {
      out.append(text.substr(open, close - open + 1));  // not a known name: leave it as written
    } else {
      const questionnaire::Question* q = nullptr;
      if (ref.segments.size() == 1) {
        q = s_->q.find_question(ref.root());
      } else if (entry && ref.segments.size() == 2 && expr::js::to_lower(ref.root()) == "entry") {
        q = s_->question(entry->first).find_field(ref.segments[1].name);
      }
      out += display(value, q);
    }
    i = close + 1;
  }
  return out;
}

}  // namespace sw::engine
