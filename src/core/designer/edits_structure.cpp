// edits_structure.cpp — adding, deleting, duplicating and moving sections and questions (see edits_structure.h).
#include "core/designer/edits_structure.h"

#include <algorithm>

namespace sw::designer {

using questionnaire::Question;
using questionnaire::Questionnaire;
using questionnaire::QuestionType;

namespace {
std::string no_section(std::size_t s) { return "there is no section " + std::to_string(s + 1); }
std::string no_question() { return "that question does not exist any more"; }

template <typename T>
void move_in(std::vector<T>& list, std::size_t from, std::size_t to) {
  T item = std::move(list[from]);
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(from));
  to = std::min(to, list.size());
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

// Gives a copied top-level question a fresh id (its fields keep theirs: they are unique within the group).
void rename_copy(const Questionnaire& q, Question& copy) { copy.id = fresh_question_id(q, copy.id); }
}  // namespace

Question new_question(std::string id, QuestionType type) {
  Question q;
  q.id = std::move(id);
  q.type = type;
  q.label = "New question";
  if (questionnaire::is_choice_type(type)) {
    q.choices = {{"option_1", "Option 1", "", {}, ""}, {"option_2", "Option 2", "", {}, ""}};
  } else if (type == QuestionType::Currency) {
    q.currency = "EUR";
  } else if (type == QuestionType::Repeat) {
    q.fields.push_back(new_question("name", QuestionType::Text));
    q.fields.back().label = "Name";
    q.add_label = "Add an entry";
  }
  return q;
}

Edit add_section(std::size_t at) {
  return {"Add section", "", [at](Questionnaire& q) {
            questionnaire::Section s;
            s.id = fresh_section_id(q, "section");
            s.title = "New section";
            q.sections.insert(q.sections.begin() + static_cast<std::ptrdiff_t>(std::min(at, q.sections.size())), s);
            return std::string();
          }};
}

Edit delete_section(std::size_t section) {
  return {"Delete section", "", [section](Questionnaire& q) {
            if (section >= q.sections.size()) return no_section(section);
            if (q.sections.size() == 1) return std::string("a questionnaire needs at least one section: add another first");
            q.sections.erase(q.sections.begin() + static_cast<std::ptrdiff_t>(section));
            return std::string();
          }};
}

Edit duplicate_section(std::size_t section) {
  return {"Duplicate section", "", [section](Questionnaire& q) {
            if (section >= q.sections.size()) return no_section(section);
            questionnaire::Section copy = q.sections[section];
            copy.id = fresh_section_id(q, copy.id);
            copy.title += " (copy)";
            // Each copied question needs an id unique among the original's and the other copies'.
            q.sections.insert(q.sections.begin() + static_cast<std::ptrdiff_t>(section + 1), questionnaire::Section{});
            for (Question& question : copy.questions) {
              rename_copy(q, question);
              q.sections[section + 1].questions.push_back(question);
            }
            copy.questions = std::move(q.sections[section + 1].questions);
            q.sections[section + 1] = std::move(copy);
            return std::string();
          }};
}

Edit move_section(std::size_t from, std::size_t to) {
  return {"Move section", "", [from, to](Questionnaire& q) {
            if (from >= q.sections.size()) return no_section(from);
            move_in(q.sections, from, to);
            return std::string();
          }};
}

Edit add_question(const QuestionRef& into, QuestionType type) {
  return {into.field ? "Add field" : "Add question", "", [into, type](Questionnaire& q) {
            if (into.section >= q.sections.size()) return no_section(into.section);
            auto& questions = q.sections[into.section].questions;
            if (into.field) {
              if (into.question >= questions.size() || questions[into.question].type != QuestionType::Repeat)
                return std::string("fields can only be added to a repeat group");
              if (type == QuestionType::Repeat)
                return std::string("repeat groups cannot be nested: a field of a repeat group cannot be a repeat group");
              Question& group = questions[into.question];
              Question field = new_question(fresh_field_id(group, "field"), type);
              group.fields.insert(group.fields.begin() + static_cast<std::ptrdiff_t>(std::min(*into.field, group.fields.size())),
                                  std::move(field));
              return std::string();
            }
            Question question = new_question(fresh_question_id(q, "question"), type);
            questions.insert(questions.begin() + static_cast<std::ptrdiff_t>(std::min(into.question, questions.size())),
                             std::move(question));
            return std::string();
          }};
}

Edit delete_question(const QuestionRef& ref) {
  return {ref.field ? "Delete field" : "Delete question", "", [ref](Questionnaire& q) {
            auto* list = siblings(q, ref);
            const std::size_t index = ref.field ? *ref.field : ref.question;
            if (!list || index >= list->size()) return no_question();
            list->erase(list->begin() + static_cast<std::ptrdiff_t>(index));
            return std::string();
          }};
}

Edit duplicate_question(const QuestionRef& ref) {
  return {ref.field ? "Duplicate field" : "Duplicate question", "", [ref](Questionnaire& q) {
            const Question* original = find(q, ref);
            if (!original) return no_question();
            Question copy = *original;
            if (ref.field) copy.id = fresh_field_id(*find(q, {ref.section, ref.question, {}}), copy.id);
            else rename_copy(q, copy);
            auto* list = siblings(q, ref);
            const std::size_t index = (ref.field ? *ref.field : ref.question) + 1;
            list->insert(list->begin() + static_cast<std::ptrdiff_t>(index), std::move(copy));
            return std::string();
          }};
}

Edit move_question(const QuestionRef& from, const QuestionRef& to) {
  return {from.field ? "Move field" : "Move question", "", [from, to](Questionnaire& q) {
            if (!find(q, from)) return no_question();
            if (from.field.has_value() != to.field.has_value() ||
                (from.field && (from.section != to.section || from.question != to.question)))
              return std::string("a field can only move within its repeat group, and a question cannot become a field");
            if (from.field) {
              move_in(*siblings(q, from), *from.field, *to.field);
              return std::string();
            }
            if (to.section >= q.sections.size()) return no_section(to.section);
            auto& source = q.sections[from.section].questions;
            Question moving = std::move(source[from.question]);
            source.erase(source.begin() + static_cast<std::ptrdiff_t>(from.question));
            auto& target = q.sections[to.section].questions;
            target.insert(target.begin() + static_cast<std::ptrdiff_t>(std::min(to.question, target.size())),
                          std::move(moving));
            return std::string();
          }};
}

Edit step_question(const QuestionRef& ref, int direction, QuestionRef* landed) {
  Edit e{direction < 0 ? "Move up" : "Move down", "", {}};
  e.change = [ref, direction, landed](Questionnaire& q) {
    auto* list = siblings(q, ref);
    const std::size_t index = ref.field ? *ref.field : ref.question;
    if (!list || index >= list->size()) return no_question();
    QuestionRef to = ref;
    const bool at_edge = direction < 0 ? index == 0 : index + 1 == list->size();
    if (!at_edge) {
      (ref.field ? *to.field : to.question) = direction < 0 ? index - 1 : index + 1;
    } else if (ref.field) {
      return std::string(direction < 0 ? "already the first field of its group" : "already the last field of its group");
    } else if (direction < 0 ? ref.section == 0 : ref.section + 1 == q.sections.size()) {
      return std::string(direction < 0 ? "already the first question" : "already the last question");
    } else {
      to.section = direction < 0 ? ref.section - 1 : ref.section + 1;
      to.question = direction < 0 ? q.sections[to.section].questions.size() : 0;
    }
    const std::string refusal = move_question(ref, to).change(q);
    if (refusal.empty() && landed) *landed = to;
    return refusal;
  };
  return e;
}

}  // namespace sw::designer
