// command_sow.cpp — `scopewright-cli sow`: the SoW feed of an engagement (JSON), or the Statement of Work
// rendered from it with the deployment type's template (Markdown or printable HTML).
#include <ostream>

#include "app/cli/command.h"
#include "app/cli/command_document_input.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli sow ENGAGEMENT.json [--answers ANSWERS.json]... [--questionnaire Q.json]...\n"
    "                           [--format json|md|html] [--now ISO-8601] [--provider NAME]\n"
    "                           [--template TEMPLATE.json] [--assets DIR]\n"
    "\n"
    "Writes the Statement of Work of the engagement to stdout (docs/sow-feed.md, docs/documents.md):\n"
    "  --format json   the SoW feed, \"scopewright.sow-feed/1\" (default; schema docs/schema/sow-feed.schema.json)\n"
    "  --format md     the SoW as Markdown, laid out by the template of the engagement's deployment type\n"
    "  --format html   the same as one standalone printable HTML page (no script, no external resources)\n"
    "\n"
    "options:\n"
    "  --answers FILE        questionnaire answers to draw the technical requirements from (repeatable);\n"
    "                        default: the answers attached to the engagement\n"
    "  --questionnaire FILE  the questionnaire of those answers (repeatable, matched by id);\n"
    "                        default: ASSETS/questionnaires/<id>.json\n"
    "  --now ISO             the generation time written into the feed (default: none, so output is reproducible)\n"
    "  --provider NAME       our organisation's name for the parties and sign-off blocks\n"
    "  --template FILE       a SoW template instead of ASSETS/sow/<deployment type>.json\n"
    "  --assets DIR          the assets folder (default: $SCOPEWRIGHT_ASSETS, else found near the program)\n"
    "\n"
    "exit codes: 0 written, 1 invalid engagement, answers, questionnaire or template, 2 wrong usage or\n"
    "            unreadable file\n";

int run_sow(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  DocumentArgs a;
  if (!parse_document_args(args, "sow", a, err)) return 2;
  if (a.positional.size() != 1) return err << kUsage, 2;
  if (a.format.empty()) a.format = "json";
  if (a.format != "json" && a.format != "md" && a.format != "html")
    return err << "sow: --format must be json, md or html, not '" << a.format << "'\n", 2;

  DocumentInputs in;
  if (int rc = load_document_inputs(a, in, err)) return rc;
  return write_output(a, in, a.format == "json" ? "sow-feed" : "sow", a.format == "json" ? "" : a.format, out, err);
}

}  // namespace

extern const Command kSowCommand{"sow", "the SoW feed (JSON) or the Statement of Work (Markdown, HTML) of an engagement",
                                 kUsage, run_sow};

}  // namespace sw::cli
