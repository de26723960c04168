// command_document_input.h — what `sow` and `document` share: their options, and loading the engagement, the
// answers and their questionnaires, the SoW template, and finding the assets folder.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "core/engagement/model.h"
#include "core/questionnaire/model.h"
#include "core/sow/feed.h"
#include "core/sow/sow_template.h"

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
  std::vector<std::unique_ptr<questionnaire::Questionnaire>> questionnaires;  // owned; answers point into them
  std::vector<sow::AnswersInput> answers;
  std::string assets_dir;
};

/// Loads the engagement (positional[0]), the answers (--answers, else the engagement's attachments) and each
/// answers document's questionnaire (--questionnaire files by id, else ASSETS/questionnaires/<id>.json).
/// Diagnostics go to err. Returns 0, or the exit code to stop with (1 invalid, 2 unreadable).
int load_document_inputs(const DocumentArgs& a, DocumentInputs& in, std::ostream& err);

/// The feed of the loaded inputs (answers problems to err); false when there were errors.
bool build_feed_for(const DocumentArgs& a, const DocumentInputs& in, sw::sow::FeedResult& feed, std::ostream& err);

/// The SoW template for a deployment type (or --template), with its "extends" chain applied. 0 or an exit code.
int load_template_for(const DocumentArgs& a, const DocumentInputs& in, sow::SowTemplate& t, std::ostream& err);

}  // namespace sw::cli
