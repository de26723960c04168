// command_share_link.cpp — `scopewright-cli share-link`: the link that carries a questionnaire in its fragment
// (core/share/share_link.h), the same link the designer's Share panel makes; or the reverse, --decode.
#include <ostream>

#include "app/cli/clock.h"
#include "app/cli/command.h"
#include "app/cli/questionnaire_input.h"
#include "core/share/share_link.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli share-link QUESTIONNAIRE.json [--page URL]\n"
    "       scopewright-cli share-link --decode LINK\n"
    "\n"
    "Prints the link that carries the questionnaire itself, compressed in the URL fragment:\n"
    "  PAGE#q=1<base64url(raw deflate(minified JSON))>   (docs/share-links.md)\n"
    "The fragment is never sent to the web server. The questionnaire is validated first (as `validate`).\n"
    "Links over 2,000 characters get a warning on stderr (some mail clients break them); links over\n"
    "32,768 characters are refused: publish the file and send its ?q= link instead.\n"
    "\n"
    "options:\n"
    "  --page URL      the app's address (default: index.html, a relative link)\n"
    "  --decode LINK   print the questionnaire JSON a link (or its #q=... fragment) carries\n"
    "\n"
    "exit codes: 0 link printed, 1 invalid questionnaire, link too long or corrupt link,\n"
    "            2 wrong usage or unreadable file\n";

int decode(const std::string& link, std::ostream& out, std::ostream& err) {
  const auto decoded = share::decode_link(link);
  if (!decoded.ok) return err << "share-link: " << decoded.error << "\n", 1;
  out << decoded.json << "\n";
  return 0;
}

int run_share_link(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string path, page, link;
  bool decoding = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--page" || a == "--decode") {
      if (i + 1 == args.size()) return err << "share-link: " << a << " needs a value\n", 2;
      (a == "--page" ? page : link) = args[++i];
      decoding = decoding || a == "--decode";
    } else if (a.size() > 1 && a.rfind("--", 0) == 0) {
      return err << "share-link: unknown option '" << a << "' (see scopewright-cli help share-link)\n", 2;
    } else if (!path.empty()) {
      return err << "share-link: give one questionnaire file\n", 2;
    } else {
      path = a;
    }
  }
  if (decoding) return path.empty() ? decode(link, out, err) : (err << "share-link: give a file or --decode\n", 2);
  if (path.empty()) return err << kUsage, 2;

  auto loaded = load_questionnaire_file(path, local_now());
  if (!loaded.readable) return err << path << ": cannot open file\n", 2;
  if (has_errors(loaded.diagnostics)) {
    for (const auto& d : loaded.diagnostics) err << format(d) << "\n";
    return err << "share-link: " << path << " is not a valid questionnaire: no link made\n", 1;
  }
  std::string text;
  if (!read_file(path, text, err)) return 2;
  const auto encoded = share::encode_link(text, page);
  if (!encoded.error.empty()) return err << "share-link: " << encoded.error << "\n", 1;
  if (!encoded.warning.empty()) err << "share-link: warning: " << encoded.warning << "\n";
  out << encoded.link << "\n";
  return 0;
}

}  // namespace

extern const Command kShareLinkCommand{"share-link", "print the link that carries a questionnaire (or --decode one)",
                                       kUsage, run_share_link};

}  // namespace sw::cli
