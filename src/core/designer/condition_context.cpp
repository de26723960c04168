// condition_context.cpp — the names an expression may use, copied from the questionnaire.
#include "core/designer/condition_context.h"

#include "core/designer/condition_labels.h"
#include "core/expr/js.h"

namespace sw::designer {
namespace {

using questionnaire::Question;
using questionnaire::QuestionType;

bool same_name(std::string_view a, std::string_view b) { return expr::js::to_lower(a) == expr::js::to_lower(b); }

AnswerName name_of(const Question& q, AnswerName::Kind kind, const std::string& group) {
  AnswerName n;
  n.kind = kind;
  n.id = q.id;
  n.label = q.label;
  n.type = q.type;
  n.group = group;
  for (const auto& c : q.choices) n.choices.push_back(ChoiceName{c.value, c.label});
  if (q.allow_other)
    n.choices.push_back(ChoiceName{std::string(questionnaire::kOtherValue),
                                   q.other_label.empty() ? "Other" : q.other_label});
  if (!q.yes_label.empty()) n.yes_label = q.yes_label;
  if (!q.no_label.empty()) n.no_label = q.no_label;
  for (const auto& f : q.fields) n.fields.push_back(name_of(f, AnswerName::Kind::Field, q.id));
  return n;
}

}  // namespace

bool empty_means_always(ConditionUse use) {
  return use != ConditionUse::Validation && use != ConditionUse::Calculated;
}

std::string AnswerName::type_text() const {
  if (kind == Kind::Calculated) return "calculated value";
  if (kind == Kind::OtherText) return "'other' text";
  if (!type) return "value";
  switch (*type) {
    case QuestionType::LongText: return "long text";
    case QuestionType::SingleChoice: return "single choice";
    case QuestionType::MultipleChoice: return "multiple choice";
    case QuestionType::YesNo: return "yes/no";
    case QuestionType::TimeZone: return "time zone";
    case QuestionType::Repeat: return "repeat group";
    default: return std::string(questionnaire::type_name(*type));
  }
}

const ChoiceName* AnswerName::find_choice(std::string_view value) const {
  const std::string wanted = expr::js::to_lower(expr::js::trim(value));
  for (const auto& c : choices)
    if (expr::js::to_lower(expr::js::trim(c.value)) == wanted) return &c;
  return nullptr;
}

ConditionContext ConditionContext::from(const questionnaire::Questionnaire& q, std::string_view group_id,
                                        std::string_view owner_id) {
  ConditionContext ctx;
  ctx.group_ = std::string(group_id);
  ctx.owner_ = std::string(owner_id);
  for (const auto& section : q.sections)
    for (const auto& question : section.questions) {
      ctx.names_.push_back(name_of(question, AnswerName::Kind::Question, {}));
      if (question.type == QuestionType::Repeat) {
        std::vector<std::string> fields;
        for (const auto& f : question.fields) fields.push_back(f.id);
        ctx.symbols_.add_group(question.id, std::move(fields));
      } else {
        ctx.symbols_.add_value(question.id);
      }
      if (question.allow_other) {
        AnswerName other;
        other.kind = AnswerName::Kind::OtherText;
        other.id = question.id + std::string(questionnaire::kOtherSuffix);
        other.label = question.label;
        ctx.symbols_.add_value(other.id);
        ctx.names_.push_back(std::move(other));
      }
    }
  for (const auto& c : q.calculated) {
    AnswerName n;
    n.kind = AnswerName::Kind::Calculated;
    n.id = c.id;
    n.label = c.label;
    ctx.names_.push_back(std::move(n));
    ctx.symbols_.add_value(c.id);
  }
  for (std::size_t i = 0; i < ctx.names_.size(); ++i) ctx.by_lower_id_[expr::js::to_lower(ctx.names_[i].id)].push_back(i);
  // Readings run every frame: their names are worked out once here.
  const LabelNamer namer(ctx);
  for (auto& n : ctx.names_) {
    n.reading_name = namer(n);
    for (auto& f : n.fields) f.reading_name = namer(f);
  }
  return ctx;
}

const AnswerName* ConditionContext::find(std::string_view id) const {
  auto it = by_lower_id_.find(expr::js::to_lower(id));
  if (it == by_lower_id_.end()) return nullptr;
  for (std::size_t i : it->second)
    if (names_[i].id == id) return &names_[i];  // an exact-case match wins, like the answers lookup
  return &names_[it->second.front()];
}

const AnswerName* ConditionContext::find_field(const AnswerName& group, std::string_view field) const {
  for (const auto& f : group.fields)
    if (same_name(f.id, field)) return &f;
  return nullptr;
}

expr::CheckOptions ConditionContext::check_options() const {
  expr::CheckOptions options;
  options.symbols = &symbols_;
  if (!group_.empty()) options.entry_group = symbols_.find(group_);
  return options;
}

const AnswerName* ConditionContext::resolve(const expr::Reference& ref, const AnswerName* in_array_group) const {
  const auto& segs = ref.segments;
  if (in_array_group && segs.size() == 1)
    if (const AnswerName* f = find_field(*in_array_group, segs[0].name)) return f;
  const AnswerName* group = entry_group();
  if (group && segs.size() >= 2 && segs[1].is_name() && same_name(ref.root(), "entry"))
    return find_field(*group, segs[1].name);
  if (const AnswerName* whole = find(ref.text)) return whole;  // a dotted name ("platform.other") wins
  const AnswerName* root = find(ref.root());
  if (!root) return nullptr;
  if (root->is_group() && segs.size() >= 3 && segs[1].is_index() && segs[2].is_name())
    return find_field(*root, segs[2].name);
  return segs.size() == 1 ? root : nullptr;
}

}  // namespace sw::designer
