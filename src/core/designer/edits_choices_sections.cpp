// edits_choices_sections.cpp — edits of choices, sections and the questionnaire's own fields (see edits_properties.h).
#include <algorithm>

#include "core/designer/edits_internal.h"
#include "core/designer/rename.h"
#include "core/questionnaire/text_checks.h"

namespace sw::designer {

using questionnaire::Choice;
using questionnaire::Question;
using questionnaire::Questionnaire;
using detail::condition_slot;
using detail::expr_or_none;
using detail::key_of;

namespace {
// An edit of the choice list of the choice question at ref.
Edit on_choices(const QuestionRef& ref, std::string label, std::string merge,
                std::function<std::string(std::vector<Choice>&, Question&)> change) {
  return {std::move(label), merge.empty() ? "" : merge + "@" + key_of(ref),
          [ref, change = std::move(change)](Questionnaire& q) {
            Question* question = find(q, ref);
            if (!question) return std::string("that question does not exist any more");
            if (!questionnaire::is_choice_type(question->type))
              return std::string("only single_choice and multiple_choice questions have choices");
            return change(question->choices, *question);
          }};
}

std::string no_choice() { return "that choice does not exist any more"; }

Edit on_section(std::size_t section, std::string label, std::string merge,
                std::function<std::string(questionnaire::Section&, Questionnaire&)> change) {
  return {std::move(label), merge.empty() ? "" : merge + "@section" + std::to_string(section),
          [section, change = std::move(change)](Questionnaire& q) {
            if (section >= q.sections.size()) return "there is no section " + std::to_string(section + 1);
            return change(q.sections[section], q);
          }};
}
}  // namespace

Edit add_choice(const QuestionRef& ref) {
  return on_choices(ref, "Add choice", "", [](std::vector<Choice>& choices, Question& q) {
    std::string value;
    for (std::size_t n = choices.size() + 1; value.empty() || q.find_choice(value); ++n) value = "option_" + std::to_string(n);
    choices.push_back({value, "Option " + value.substr(7), "", {}, ""});
    return std::string();
  });
}

Edit remove_choice(const QuestionRef& ref, std::size_t index) {
  return on_choices(ref, "Remove choice", "", [index](std::vector<Choice>& choices, Question&) {
    if (index >= choices.size()) return no_choice();
    if (choices.size() == 1) return std::string("a choice question needs at least one choice");
    choices.erase(choices.begin() + static_cast<std::ptrdiff_t>(index));
    return std::string();
  });
}

Edit move_choice(const QuestionRef& ref, std::size_t from, std::size_t to) {
  return on_choices(ref, "Move choice", "", [from, to](std::vector<Choice>& choices, Question&) {
    if (from >= choices.size() || to >= choices.size()) return no_choice();
    Choice c = std::move(choices[from]);
    choices.erase(choices.begin() + static_cast<std::ptrdiff_t>(from));
    choices.insert(choices.begin() + static_cast<std::ptrdiff_t>(to), std::move(c));
    return std::string();
  });
}

Edit set_choice_value(const QuestionRef& ref, std::size_t index, std::string value) {
  auto report = std::make_shared<std::string>();
  Edit edit = on_choices(ref, "Edit choice value", "", [index, value, report](std::vector<Choice>& choices, Question& q) {
    if (index >= choices.size()) return no_choice();
    if (value == choices[index].value) return std::string();
    if (value.empty()) return std::string("a choice value cannot be empty: conditions compare answers with it");
    if (q.find_choice(value)) return "another choice already has the value \"" + value + "\"";
    if (q.allow_other && value == questionnaire::kOtherValue)
      return std::string("\"other\" is reserved for \"other, please specify\", which is on for this question");
    const std::string old = choices[index].value;
    choices[index].value = value;
    *report = old;  // rewritten below, once the whole questionnaire is at hand
    return std::string();
  });
  // The choice list edit above cannot see the questionnaire; the rewrite runs after it on the same copy.
  edit.change = [ref, change = edit.change, report, value](Questionnaire& q) {
    report->clear();
    const std::string refusal = change(q);
    if (!refusal.empty() || report->empty()) return refusal;
    const std::string old = *report;
    const Question* question = find(q, ref);
    RenameTarget target{question->id, "", true, old};
    if (ref.field) target = {find(q, {ref.section, ref.question, {}})->id, question->id, true, old};
    *report = rewrite_references(q, target, value).message("choice value", old, value);
    return std::string();
  };
  edit.report = report;
  return edit;
}

Edit set_choice_label(const QuestionRef& ref, std::size_t index, std::string label) {
  return on_choices(ref, "Edit choice label", "choice" + std::to_string(index), [index, label](std::vector<Choice>& choices, Question&) {
    if (index >= choices.size()) return no_choice();
    choices[index].label = label;
    return std::string();
  });
}

Edit set_choice_condition(const QuestionRef& ref, std::size_t index, ConditionKind which, std::string text) {
  const std::string name(condition_name(which));
  return on_choices(ref, "Edit choice " + name, name + std::to_string(index),
                    [index, which, text](std::vector<Choice>& choices, Question&) {
                      if (index >= choices.size()) return no_choice();
                      condition_slot(choices[index].conditions, which) = expr_or_none(text);
                      return std::string();
                    });
}

Edit set_section_id(std::size_t section, std::string id) {
  return on_section(section, "Rename section", "", [id](questionnaire::Section& s, Questionnaire& q) {
    if (id == s.id) return std::string();
    if (!questionnaire::is_identifier(id))
      return "\"" + id + "\" is not a valid section id: use letters, digits and '_', not starting with a digit (at most 64 characters)";
    for (const auto& other : q.sections)
      if (other.id == id) return "another section already has the id \"" + id + "\"";
    s.id = id;
    return std::string();
  });
}

Edit set_section_title(std::size_t section, std::string title) {
  return on_section(section, "Edit section title", "title", [title](questionnaire::Section& s, Questionnaire&) {
    s.title = title;
    return std::string();
  });
}

Edit set_section_description(std::size_t section, std::string description) {
  return on_section(section, "Edit section description", "description", [description](questionnaire::Section& s, Questionnaire&) {
    s.description = description;
    return std::string();
  });
}

Edit set_section_condition(std::size_t section, ConditionKind which, std::string text) {
  const std::string name(condition_name(which));
  return on_section(section, "Edit section " + name, name, [which, text](questionnaire::Section& s, Questionnaire&) {
    condition_slot(s.conditions, which) = expr_or_none(text);
    return std::string();
  });
}

Edit set_questionnaire_id(std::string id) {
  return {"Change questionnaire id", "", [id](Questionnaire& q) {
            if (!questionnaire::is_slug(id))
              return "\"" + id + "\" is not a valid questionnaire id: lower-case letters, digits, '.', '_' and '-', "
                     "starting with a letter or digit (at most 64 characters)";
            q.id = id;
            return std::string();
          }};
}

Edit set_questionnaire_text(QuestionnaireText which, std::string value) {
  static const char* names[] = {"title", "version", "intro", "outro"};
  const std::string name = names[static_cast<int>(which)];
  return {"Edit " + name, name + "@questionnaire", [which, value](Questionnaire& q) {
            switch (which) {
              case QuestionnaireText::Title: q.title = value; break;
              case QuestionnaireText::Version: q.version = value; break;
              case QuestionnaireText::Intro: q.intro = value; break;
              case QuestionnaireText::Outro: q.outro = value; break;
            }
            return std::string();
          }};
}

}  // namespace sw::designer
