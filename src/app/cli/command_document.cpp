// command_document.cpp — `scopewright-cli document KIND`: the other documents of an engagement (handover
// e-mails, customer and support handover, acceptance, welcome packet, completion notice, calendar).
#include <ostream>

#include "app/cli/command.h"
#include "app/cli/command_document_input.h"
#include "core/documents/documents.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli document KIND ENGAGEMENT.json [--format md|html] [--now ISO-8601]\n"
    "                                [--provider NAME] [--answers FILE]... [--questionnaire FILE]... [--assets DIR]\n"
    "\n"
    "Writes one document of the engagement to stdout (docs/documents.md). KIND is one of:\n"
    "  handover-email-services   sales → services team: what was sold, the customer, contacts, next steps\n"
    "  handover-email-customer   sales → customer: services lead, timeline, how the engagement proceeds\n"
    "  customer-handover         what was actually configured (the PDR) with each item's functional test\n"
    "  support-handover          what support needs: requirements, outcomes, oddities, access, system state\n"
    "  acceptance                customer acceptance / sign-off: deliverables, criteria, tests, signatures\n"
    "  welcome-packet            welcome letter, test results, contacts, feedback survey\n"
    "  completion-notice         to sales and finance: mark complete, billing, approved changes, summary\n"
    "  calendar                  iCalendar (.ics): discovery call, implementation sessions, meetings, milestones\n"
    "\n"
    "options:\n"
    "  --format md|html   Markdown (default) or a standalone printable HTML page; calendar is always .ics\n"
    "  --now ISO          the calendar's DTSTAMP (default: the engagement's \"updated\" time)\n"
    "  --provider NAME    our organisation's name\n"
    "  --answers, --questionnaire, --assets   as for `scopewright-cli sow`\n"
    "\n"
    "exit codes: 0 written, 1 invalid engagement or answers, 2 wrong usage, unknown KIND or unreadable file\n";

int run_document(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  DocumentArgs a;
  if (!parse_document_args(args, "document", a, err)) return 2;
  if (a.positional.size() != 2) return err << kUsage, 2;
  const auto kind = documents::kind_from_name(a.positional[0]);
  if (!kind) {
    err << "document: unknown kind '" << a.positional[0] << "'; one of:";
    for (auto name : documents::kind_names()) err << " " << name;
    return err << "\n", 2;
  }
  std::string format;
  if (*kind == documents::Kind::Calendar) {
    if (!a.format.empty() && a.format != "ics")
      return err << "document: the calendar is always written as .ics (--format ics)\n", 2;
    format = "ics";
  } else if (a.format.empty() || a.format == "md" || a.format == "html") {
    format = a.format.empty() ? "md" : a.format;
  } else {
    return err << "document: --format must be md or html, not '" << a.format << "'\n", 2;
  }
  const std::string output = a.positional[0];
  a.positional.erase(a.positional.begin());  // the engagement is positional[0] for the loader

  DocumentInputs in;
  if (int rc = load_document_inputs(a, in, err)) return rc;
  return write_output(a, in, output, format, out, err);
}

}  // namespace

extern const Command kDocumentCommand{"document", "an engagement's handover e-mails, handover documents, acceptance, "
                                      "welcome packet, completion notice or calendar",
                                      kUsage, run_document};

}  // namespace sw::cli
