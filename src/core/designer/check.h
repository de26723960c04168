// check.h — is the draft a usable questionnaire? The same loader and engine the runner uses judge the written
// JSON, so the designer reports exactly what a customer's runner would refuse; plus draft and publish exports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/questionnaire/model.h"

namespace sw::designer {

struct DraftCheck {
  std::string text;         // the questionnaire as written (what an export would contain)
  Diagnostics diagnostics;  // the loader's and the engine's, against `text` (line:column in it)
  bool ok() const { return !has_errors(diagnostics); }
  /// The errors, formatted ("acme.json:12:5: error: /sections/0/questions/1/visible_if: ...").
  std::vector<std::string> errors() const;
};

/// Writes q with the questionnaire writer and checks the text (`file` labels the messages).
DraftCheck check_draft(const questionnaire::Questionnaire& q, std::string_view file);

/// What an export produced: the file to offer, or why it was refused.
struct Exported {
  bool ok = false;
  std::string file_name;            // "<id>.json" ("<id>.draft.json" for drafts)
  std::string text;                 // the questionnaire JSON
  std::vector<std::string> errors;  // why publishing was refused (the check's errors)
};

/// Publishing: refused, listing the errors, when the check finds any (warnings do not stop it).
Exported publish(const questionnaire::Questionnaire& q);
/// Saving a draft: always written, errors and all, so no work is lost; `errors` lists what is still wrong.
Exported save_draft(const questionnaire::Questionnaire& q);

/// The file name for questionnaire id ("questionnaire" when the id is empty).
std::string file_name_for(std::string_view id, bool draft);

}  // namespace sw::designer
