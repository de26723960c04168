// check.cpp — checking the draft with the loader and engine, and exporting it (see check.h).
#include "core/designer/check.h"

#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"
#include "core/questionnaire/writer.h"

namespace sw::designer {

std::vector<std::string> DraftCheck::errors() const {
  std::vector<std::string> out;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) out.push_back(format(d));
  return out;
}

DraftCheck check_draft(const questionnaire::Questionnaire& q, std::string_view file) {
  DraftCheck check;
  check.text = questionnaire::to_text(q);
  auto loaded = questionnaire::load_questionnaire(check.text, file);
  check.diagnostics = std::move(loaded.diagnostics);
  if (!has_errors(check.diagnostics)) {
    // Expressions are only compiled once the structure is sound (as the runner does).
    engine::Engine compiled(std::move(loaded.questionnaire), &loaded.source_map, std::string(file), check.diagnostics);
  }
  return check;
}

std::string file_name_for(std::string_view id, bool draft) {
  const std::string base = id.empty() ? "questionnaire" : std::string(id);
  return base + (draft ? ".draft.json" : ".json");
}

Exported publish(const questionnaire::Questionnaire& q) {
  Exported out;
  out.file_name = file_name_for(q.id, false);
  DraftCheck check = check_draft(q, out.file_name);
  out.errors = check.errors();
  out.ok = out.errors.empty();
  if (out.ok) out.text = std::move(check.text);
  return out;
}

Exported save_draft(const questionnaire::Questionnaire& q) {
  Exported out;
  out.file_name = file_name_for(q.id, true);
  DraftCheck check = check_draft(q, out.file_name);
  out.errors = check.errors();
  out.text = std::move(check.text);
  out.ok = true;
  return out;
}

}  // namespace sw::designer
