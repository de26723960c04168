// open.cpp — blank questionnaires, opening text for editing, customer copies (see open.h).
#include "core/designer/open.h"

#include "core/questionnaire/loader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::designer {

questionnaire::Questionnaire blank_questionnaire() {
  questionnaire::Questionnaire q;
  q.id = "new-questionnaire";
  q.version = "0.1.0";
  q.title = "New questionnaire";
  questionnaire::Section s;
  s.id = "section_1";
  s.title = "First section";
  q.sections.push_back(std::move(s));
  return q;
}

OpenedDraft open_text(std::string_view text, std::string_view file) {
  OpenedDraft out;
  auto loaded = questionnaire::load_questionnaire(text, file);
  out.diagnostics = std::move(loaded.diagnostics);
  std::size_t errors = 0;
  for (const auto& d : out.diagnostics) errors += d.severity == Severity::Error ? 1 : 0;
  if (loaded.questionnaire.sections.empty() && errors > 0) {
    out.message = std::string(file) + " cannot be opened: ";
    for (const auto& d : out.diagnostics)
      if (d.severity == Severity::Error) {
        out.message += format(d);
        break;
      }
    return out;
  }
  out.ok = true;
  out.questionnaire = std::move(loaded.questionnaire);
  if (errors > 0)
    out.message = "Opened " + std::string(file) + " with " + std::to_string(errors) +
                  " problem(s): parts the loader could not read were left out. Fix the rest before publishing.";
  return out;
}

std::string slug_of(std::string_view name) {
  std::string slug;
  for (char c : name) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
    else if (alnum) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

Edit make_customer_copy(std::string customer) {
  return {"Make customer copy", "", [customer](questionnaire::Questionnaire& q) {
            const std::string slug = slug_of(customer);
            if (slug.empty()) return std::string("type the customer's name (it needs at least one letter or digit)");
            const std::string id = q.id + "." + slug;
            if (!questionnaire::is_slug(id))
              return "\"" + id + "\" is too long for a questionnaire id (at most 64 characters): shorten the name";
            q.id = id;
            q.title = q.title + " \xE2\x80\x94 " + customer;
            q.version = "1.0.0";
            return std::string();
          }};
}

}  // namespace sw::designer
