// command_document_input.h — what `sow` and `document` share: their options, and loading the engagement, the
// answers and their questionnaires, and finding the assets folder; rendering is documents::render_output.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "core/documents/generate.h"
#include "core/engagement/model.h"

namespace sw::cli {

struct DocumentArgs {
  std::vector<std::string> positional;
  std::vector<std::string> answers_files, questionnaire_files;
  std::string format, now, provider, assets, template_file;
};

/// Parses the shared options (--answers, --questionnaire, --format, --now, --provider, --assets, --template);
/// on a usage error writes it to err (prefixed by `command`) and returns false.
bool parse_document_args(const std::vector<std::string>& args, const char* command, DocumentArgs& out,
                         std::ostream& err);

/// Everything a SoW or document is made from, loaded.
struct DocumentInputs {
  engagement::Engagement engagement;
  documents::ResolvedAnswers resolved;  // the answers with their questionnaires
  documents::Sources sources;           // the assets folder, read from the file system
};

/// Loads the engagement (positional[0]), the answers (--answers, else the engagement's attachments) and each
/// answers document's questionnaire (--questionnaire files by id, else ASSETS/questionnaires/<id>.json).
/// Diagnostics go to err. Returns 0, or the exit code to stop with (1 invalid, 2 unreadable).
int load_document_inputs(const DocumentArgs& a, DocumentInputs& in, std::ostream& err);

/// Renders one output (documents::render_output, the same code as the app's downloads) to out; problems go
/// to err. Returns the exit code (0 written, 1 invalid, 2 unreadable).
int write_output(const DocumentArgs& a, const DocumentInputs& in, const std::string& output, const std::string& format,
                 std::ostream& out, std::ostream& err);

}  // namespace sw::cli
