// edits_calculated.cpp — edits of calculated values (see edits_calculated.h).
#include "core/designer/edits_calculated.h"

#include <algorithm>
#include <memory>

#include "core/designer/node.h"
#include "core/designer/rename.h"
#include "core/questionnaire/text_checks.h"

namespace sw::designer {

using questionnaire::Calculated;
using questionnaire::Questionnaire;
using questionnaire::ValueFormat;

namespace {
// An edit of the calculated value at `index`; `merge` names the property when typing into it should merge.
Edit on_calculated(std::size_t index, std::string label, const std::string& merge,
                   std::function<std::string(Calculated&, Questionnaire&)> change) {
  return {std::move(label), merge.empty() ? "" : merge + "@calculated" + std::to_string(index),
          [index, change = std::move(change)](Questionnaire& q) {
            if (index >= q.calculated.size()) return std::string("that calculated value does not exist any more");
            return change(q.calculated[index], q);
          }};
}

std::string valid_new_id(const Questionnaire& q, const std::string& id, const std::string& old) {
  if (!questionnaire::is_identifier(id))
    return "\"" + id + "\" is not a valid id: use letters, digits and '_', not starting with a digit (at most 64 characters)";
  if (id_taken(q, id)) return "\"" + id + "\" is already the id of a question or another calculated value";
  if (const std::string other = id_clash(q, id, old); !other.empty())
    return "\"" + id + "\" differs from \"" + other + "\" only in case, and references ignore case: choose another id";
  return "";
}
}  // namespace

Edit add_calculated(std::size_t at) {
  return {"Add calculated value", "", [at](Questionnaire& q) {
            Calculated c;
            c.id = fresh_calculated_id(q, "value");
            c.label = "New value";
            c.expression.text = "0";
            q.calculated.insert(q.calculated.begin() + static_cast<std::ptrdiff_t>(std::min(at, q.calculated.size())), c);
            return std::string();
          }};
}

Edit delete_calculated(std::size_t index) {
  return on_calculated(index, "Delete calculated value", "", [index](Calculated&, Questionnaire& q) {
    q.calculated.erase(q.calculated.begin() + static_cast<std::ptrdiff_t>(index));
    return std::string();
  });
}

Edit duplicate_calculated(std::size_t index) {
  return on_calculated(index, "Duplicate calculated value", "", [index](Calculated& c, Questionnaire& q) {
    Calculated copy = c;
    copy.id = fresh_calculated_id(q, c.id);
    q.calculated.insert(q.calculated.begin() + static_cast<std::ptrdiff_t>(index + 1), std::move(copy));
    return std::string();
  });
}

Edit move_calculated(std::size_t from, std::size_t to) {
  return on_calculated(from, "Move calculated value", "", [from, to](Calculated&, Questionnaire& q) {
    if (to >= q.calculated.size()) return std::string("there is no place ") + std::to_string(to + 1) + " to move it to";
    Calculated c = std::move(q.calculated[from]);
    q.calculated.erase(q.calculated.begin() + static_cast<std::ptrdiff_t>(from));
    q.calculated.insert(q.calculated.begin() + static_cast<std::ptrdiff_t>(to), std::move(c));
    return std::string();
  });
}

Edit set_calculated_id(std::size_t index, std::string id) {
  auto report = std::make_shared<std::string>();
  Edit edit = on_calculated(index, "Rename calculated value", "", [index, id, report](Calculated& c, Questionnaire& q) {
    if (id == c.id) return std::string();
    if (std::string refusal = valid_new_id(q, id, c.id); !refusal.empty()) return refusal;
    const std::string old = c.id;
    const RenameReport rewritten = rewrite_references(q, {old, "", false, ""}, id);  // reads the old name: first
    q.calculated[index].id = id;
    *report = rewritten.message("calculated value", old, id);
    return std::string();
  });
  edit.report = report;
  return edit;
}

Edit set_calculated_text(std::size_t index, CalculatedText which, std::string value) {
  static const char* names[] = {"expression", "label", "unit"};
  const std::string name = names[static_cast<int>(which)];
  return on_calculated(index, "Edit calculated " + name, name, [which, value](Calculated& c, Questionnaire&) {
    switch (which) {
      case CalculatedText::Expression: c.expression.text = value; break;
      case CalculatedText::Label: c.label = value; break;
      case CalculatedText::Unit: c.unit = value; break;
    }
    return std::string();
  });
}

Edit set_calculated_format(std::size_t index, ValueFormat format) {
  return on_calculated(index, "Edit calculated format", "", [format](Calculated& c, Questionnaire&) {
    c.format = format;
    if (format == ValueFormat::Currency && c.currency.empty()) c.currency = "EUR";
    if (format != ValueFormat::Currency) c.currency.clear();
    return std::string();
  });
}

Edit set_calculated_currency(std::size_t index, std::string code) {
  return on_calculated(index, "Edit calculated currency", "", [code](Calculated& c, Questionnaire&) {
    if (c.format != ValueFormat::Currency)
      return std::string("only a value of format currency has a currency: choose that format first");
    if (code.empty()) return std::string("a value of format currency needs its currency code, e.g. \"GBP\"");
    if (!questionnaire::is_currency_code(code))
      return "\"" + code + "\" is not an ISO 4217 currency code: three capital letters such as \"GBP\"";
    c.currency = code;
    return std::string();
  });
}

Edit set_calculated_show(std::size_t index, bool show) {
  return on_calculated(index, show ? "Show calculated value" : "Hide calculated value", "",
                       [show](Calculated& c, Questionnaire&) {
                         c.show = show;
                         return std::string();
                       });
}

}  // namespace sw::designer
