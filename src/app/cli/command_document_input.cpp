// command_document_input.cpp — loading what `sow` and `document` need (command_document_input.h).
#include "app/cli/command_document_input.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <ostream>

#include "app/cli/command.h"
#include "core/engagement/format.h"
#include "core/json/load.h"
#include "core/questionnaire/loader.h"

namespace sw::cli {
namespace {

namespace fs = std::filesystem;

bool is_assets_dir(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p / "sow" / "general.json", ec);
}

// --assets, $SCOPEWRIGHT_ASSETS, then "assets" beside or above the executable, then above the working directory.
std::string find_assets(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("SCOPEWRIGHT_ASSETS"); env && *env) return env;
  std::error_code ec;
  std::vector<fs::path> starts;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) starts.push_back(exe.parent_path());
  starts.push_back(fs::current_path(ec));
  for (auto dir : starts) {
    for (int up = 0; up < 6 && !dir.empty(); ++up, dir = dir.parent_path()) {
      if (is_assets_dir(dir / "assets")) return (dir / "assets").string();
      if (dir == dir.parent_path()) break;
    }
  }
  return "assets";
}

void print(const Diagnostics& ds, std::ostream& err) {
  for (const auto& d : ds) err << format(d) << "\n";
}

}  // namespace

bool parse_document_args(const std::vector<std::string>& args, const char* command, DocumentArgs& out,
                         std::ostream& err) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i], value;
    const auto eq = a.find('=');
    const bool is_option = a.size() > 2 && a.rfind("--", 0) == 0;
    if (is_option && eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
    } else if (is_option) {
      if (i + 1 >= args.size()) {
        err << command << ": option '" << a << "' needs a value\n";
        return false;
      }
      value = args[++i];
    }
    if (!is_option) out.positional.push_back(a);
    else if (a == "--answers") out.answers_files.push_back(value);
    else if (a == "--questionnaire") out.questionnaire_files.push_back(value);
    else if (a == "--format") out.format = value;
    else if (a == "--now") out.now = value;
    else if (a == "--provider") out.provider = value;
    else if (a == "--assets") out.assets = value;
    else if (a == "--template") out.template_file = value;
    else {
      err << command << ": unknown option '" << a << "' (see scopewright-cli help " << command << ")\n";
      return false;
    }
  }
  return true;
}

int load_document_inputs(const DocumentArgs& a, DocumentInputs& in, std::ostream& err) {
  in.sources.assets_dir = find_assets(a.assets);
  in.sources.read_file = [](const std::string& path) -> std::optional<std::string> {
    std::ifstream f(path, std::ios::binary);
    if (!f) return std::nullopt;
    std::ostringstream s;
    s << f.rdbuf();
    if (f.bad()) return std::nullopt;
    return std::move(s).str();
  };
  const std::string& file = a.positional.at(0);
  std::string text;
  if (!read_file(file, text, err)) return 2;
  auto loaded = engagement::load_engagement(text, file);
  print(loaded.diagnostics, err);
  if (!loaded.ok()) return 1;
  in.engagement = std::move(loaded.engagement);

  std::vector<documents::AnswersDocument> docs;
  for (const auto& f : a.answers_files) {
    if (!read_file(f, text, err)) return 2;
    auto doc = json::load(text, f);
    print(doc.diagnostics, err);
    if (!doc.ok()) return 1;
    // The feed records the file name only: a local folder has no place in a customer's document.
    docs.push_back({std::move(doc.value), fs::path(f).filename().string()});
  }
  if (a.answers_files.empty()) docs = documents::attached_answers(in.engagement);

  // Questionnaires given on the command line, by id; the others are the built-in ones in the assets.
  std::vector<std::unique_ptr<questionnaire::Questionnaire>> given;
  for (const auto& f : a.questionnaire_files) {
    if (!read_file(f, text, err)) return 2;
    auto q = questionnaire::load_questionnaire(text, f);
    print(q.diagnostics, err);
    if (!q.ok()) return 1;
    given.push_back(std::make_unique<questionnaire::Questionnaire>(std::move(q.questionnaire)));
  }
  in.resolved = documents::resolve_answers(std::move(docs), in.sources, std::move(given));
  print(in.resolved.diagnostics, err);
  if (in.resolved.unreadable) return 2;
  return in.resolved.ok() ? 0 : 1;
}

int write_output(const DocumentArgs& a, const DocumentInputs& in, const std::string& output, const std::string& format,
                 std::ostream& out, std::ostream& err) {
  documents::Request request;
  request.output = output;
  request.format = format;
  request.now = a.now;
  request.provider = a.provider;
  request.engagement_file = fs::path(a.positional.at(0)).filename().string();
  request.template_file = a.template_file;
  const auto rendered = documents::render_output(in.engagement, in.resolved.answers, request, in.sources);
  print(rendered.diagnostics, err);
  if (rendered.unreadable) return 2;
  if (!rendered.ok()) return 1;
  out << rendered.text;
  return 0;
}

}  // namespace sw::cli
