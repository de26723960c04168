// answers_file.h — the answers file a respondent downloads or opens: its name, and checking a file before it
// replaces what is on screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaire/answers.h"
#include "core/questionnaire/model.h"

namespace sw::runner {

/// "acme-ltd-general-2026-11-22.json": who answered (respondent company, else the customer_name answer, else the
/// respondent's name), the questionnaire id and `date` ("YYYY-MM-DD"); accents are folded to ASCII.
std::string answers_file_name(const questionnaire::AnswersDocument& doc, std::string_view date);

/// Text folded to a file-name slug: lower-case ASCII letters and digits, other runs become one '-'.
std::string slug(std::string_view text);

/// An answers file checked against q.
struct ImportedAnswers {
  bool ok = false;
  std::string message;                 // why it was refused, or what was dropped, for the respondent
  questionnaire::AnswersDocument document;
  std::vector<std::string> dropped;    // one line per answer that no longer fits
};

/// Reads an answers file (`file` names it in messages) for q: refused when it is not JSON, not an answers
/// file, or for another questionnaire; answers that no longer fit are dropped and listed.
ImportedAnswers import_answers(std::string_view text, std::string_view file, const questionnaire::Questionnaire& q);

}  // namespace sw::runner
