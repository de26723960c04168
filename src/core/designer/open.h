// open.h — where a designer document comes from: a blank questionnaire, a template or file's text, and the
// customer-specific copy of a template.
#pragma once

#include <string>
#include <string_view>

#include "core/designer/document.h"
#include "core/diagnostics.h"
#include "core/questionnaire/model.h"

namespace sw::designer {

/// A new questionnaire: id "new-questionnaire", version "0.1.0", one empty section.
questionnaire::Questionnaire blank_questionnaire();

struct OpenedDraft {
  bool ok = false;                          // false: nothing usable (unreadable JSON, another format)
  questionnaire::Questionnaire questionnaire;
  Diagnostics diagnostics;                  // everything the loader reported (a draft may open with errors)
  std::string message;                      // for the engineer: why it was refused, or what to fix
};

/// Reads questionnaire text for editing. A file with errors still opens (a draft may be unfinished) as long as
/// its JSON reads and it has sections; what the loader could not read is left out, and `message` says so.
OpenedDraft open_text(std::string_view text, std::string_view file);

/// The customer's copy of a template: id "<id>.<customer slug>", title "<title> — <customer>", version "1.0.0".
/// Refused when the customer name has no letters or digits, or the id would be too long.
Edit make_customer_copy(std::string customer);

/// "Acme Bank plc" → "acme-bank-plc" (ASCII letters and digits kept, the rest folded to '-').
std::string slug_of(std::string_view name);

}  // namespace sw::designer
