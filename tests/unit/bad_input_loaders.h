// bad_input_loaders.h — runs one input text through the core loader of its kind (questionnaire, answers,
// engagement, workspace, process) and returns what the user would be told. Shared by the malformed-input
// corpus test (test_bad_inputs.cpp) and the generated huge-input test.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/engagement/format.h"
#include "core/engagement/process.h"
#include "core/engagement/workspace.h"
#include "core/engine/engine.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/loader.h"

namespace sw::test {

struct LoaderVerdict {
  Diagnostics diagnostics;
  bool accepted() const { return !has_errors(diagnostics); }
  bool has_warnings() const {
    for (const auto& d : diagnostics)
      if (d.severity == Severity::Warning) return true;
    return false;
  }
  /// Every diagnostic as the user sees it ("file:line:column: error: /path: message"), one per line.
  std::string text() const {
    std::string out;
    for (const auto& d : diagnostics) out += format(d) + "\n";
    return out;
  }
};

inline std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

/// The questionnaire answers files are fitted to (the CLI test passes the same one to `evaluate`).
inline const char* kAnswersQuestionnaire = "assets/questionnaires/general.json";

/// Loads and compiles a questionnaire the way `scopewright-cli validate` does (structure, then expressions).
inline LoaderVerdict load_questionnaire_verdict(std::string_view text, const std::string& file) {
  LoaderVerdict v;
  auto loaded = questionnaire::load_questionnaire(text, file);
  v.diagnostics = std::move(loaded.diagnostics);
  if (!loaded.source_map.empty() || !has_errors(v.diagnostics)) {
    engine::Engine engine(std::move(loaded.questionnaire), &loaded.source_map, file, v.diagnostics,
                          expr::EvalContext::at(2026, 11, 22));
  }
  return v;
}

/// kind: "questionnaire", "answers", "engagement", "workspace" or "process".
inline LoaderVerdict load_with(const std::string& kind, std::string_view text, const std::string& file) {
  if (kind == "questionnaire") return load_questionnaire_verdict(text, file);
  LoaderVerdict v;
  if (kind == "answers") {
    static const auto q = questionnaire::load_questionnaire(
        read_whole_file(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + kAnswersQuestionnaire), kAnswersQuestionnaire);
    v.diagnostics = questionnaire::load_answers(text, file, q.questionnaire).diagnostics;
  } else if (kind == "engagement") {
    v.diagnostics = engagement::load_engagement(text, file).diagnostics;
  } else if (kind == "workspace") {
    v.diagnostics = engagement::load_workspace(text, file).diagnostics;
  } else if (kind == "process") {
    v.diagnostics = engagement::load_process(text, file).diagnostics;
  } else {
    v.diagnostics.push_back({Severity::Error, file, "", 0, 0, 0, "test manifest: unknown loader '" + kind + "'"});
  }
  return v;
}

/// The CLI command line that reads a file of this kind, or "" when no command reads it.
inline std::string cli_args_for(const std::string& kind, const std::string& path) {
  const std::string src = SCOPEWRIGHT_SOURCE_DIR;
  if (kind == "questionnaire") return "validate '" + path + "'";
  if (kind == "answers") return "evaluate '" + src + "/" + kAnswersQuestionnaire + "' '" + path + "' --today 2026-11-22";
  if (kind == "engagement") return "sow '" + path + "' --assets '" + src + "/assets'";
  return "";
}

}  // namespace sw::test
