// questionnaire_input.cpp — see questionnaire_input.h.
#include "app/cli/questionnaire_input.h"

#include <algorithm>
#include <sstream>

#include "app/cli/command.h"
#include "core/questionnaire/loader.h"

namespace sw::cli {

LoadedQuestionnaire load_questionnaire_file(const std::string& path, const expr::EvalContext& context) {
  LoadedQuestionnaire out;
  std::string text;
  std::ostringstream ignored;
  if (!read_file(path, text, ignored)) return out;
  out.readable = true;
  auto loaded = questionnaire::load_questionnaire(text, path);
  out.diagnostics = std::move(loaded.diagnostics);
  const bool parsed = !loaded.source_map.empty() || !has_errors(out.diagnostics);
  if (parsed) {
    out.engine = std::make_unique<engine::Engine>(std::move(loaded.questionnaire), &loaded.source_map, path,
                                                  out.diagnostics, context);
  }
  // File order: by line, then column (diagnostics without a line keep their place at the end).
  std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const int la = a.line > 0 ? a.line : 1 << 30, lb = b.line > 0 ? b.line : 1 << 30;
    return la != lb ? la < lb : a.column < b.column;
  });
  return out;
}

}  // namespace sw::cli
