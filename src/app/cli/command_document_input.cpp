// command_document_input.cpp — loading what `sow` and `document` need (command_document_input.h).
#include "app/cli/command_document_input.h"

#include <cstdlib>
#include <filesystem>
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
  in.assets_dir = find_assets(a.assets);
  const std::string& file = a.positional.at(0);
  std::string text;
  if (!read_file(file, text, err)) return 2;
  auto loaded = engagement::load_engagement(text, file);
  print(loaded.diagnostics, err);
  if (!loaded.ok()) return 1;
  in.engagement = std::move(loaded.engagement);

  // The answers documents, as parsed JSON with where they came from.
  std::vector<std::pair<nlohmann::json, std::string>> docs;
  for (const auto& f : a.answers_files) {
    if (!read_file(f, text, err)) return 2;
    auto doc = json::load(text, f);
    print(doc.diagnostics, err);
    if (!doc.ok()) return 1;
    // The feed records the file name only: a local folder has no place in a customer's document.
    docs.emplace_back(std::move(doc.value), fs::path(f).filename().string());
  }
  if (a.answers_files.empty())
    for (const auto& att : in.engagement.answers) docs.emplace_back(att.document, "engagement:" + att.id);

  // Questionnaires given on the command line, by id.
  for (const auto& f : a.questionnaire_files) {
    if (!read_file(f, text, err)) return 2;
    auto q = questionnaire::load_questionnaire(text, f);
    print(q.diagnostics, err);
    if (!q.ok()) return 1;
    in.questionnaires.push_back(std::make_unique<questionnaire::Questionnaire>(std::move(q.questionnaire)));
  }
  for (auto& [doc, where] : docs) {
    std::string id;
    if (doc.is_object() && doc.contains("questionnaire") && doc["questionnaire"].is_object() &&
        doc["questionnaire"].value("id", nlohmann::json()).is_string())
      id = doc["questionnaire"]["id"].get<std::string>();
    const questionnaire::Questionnaire* found = nullptr;
    for (const auto& q : in.questionnaires)
      if (q->id == id) found = q.get();
    if (!found) {
      // Ids are slugs ([a-z0-9._-]), so they cannot climb out of the folder; check anyway.
      if (id.empty() || id.find('/') != std::string::npos || id.find("..") != std::string::npos) {
        err << where << ": error: the answers do not name a questionnaire\n";
        return 1;
      }
      const std::string qfile = in.assets_dir + "/questionnaires/" + id + ".json";
      if (!read_file(qfile, text, err)) return 2;
      auto q = questionnaire::load_questionnaire(text, qfile);
      print(q.diagnostics, err);
      if (!q.ok()) return 1;
      in.questionnaires.push_back(std::make_unique<questionnaire::Questionnaire>(std::move(q.questionnaire)));
      found = in.questionnaires.back().get();
    }
    in.answers.push_back({found, std::move(doc), where});
  }
  return 0;
}

bool build_feed_for(const DocumentArgs& a, const DocumentInputs& in, sow::FeedResult& feed, std::ostream& err) {
  sow::FeedOptions options;
  options.now = a.now;
  options.provider_name = a.provider;
  options.engagement_file = fs::path(a.positional.at(0)).filename().string();
  feed = sow::build_feed(in.engagement, in.answers, options);
  print(feed.diagnostics, err);
  return feed.ok();
}

int load_template_for(const DocumentArgs& a, const DocumentInputs& in, sow::SowTemplate& t, std::ostream& err) {
  std::string file = a.template_file.empty()
                         ? in.assets_dir + "/sow/" + std::string(engagement::name_of(in.engagement.deployment_type)) + ".json"
                         : a.template_file;
  std::vector<sow::SowTemplate> chain;
  for (int depth = 0; depth < 8; ++depth) {
    std::string text;
    if (!read_file(file, text, err)) return 2;
    auto loaded = sow::load_sow_template(text, file);
    print(loaded.diagnostics, err);
    if (!loaded.ok()) return 1;
    chain.push_back(std::move(loaded.sow_template));
    const std::string& parent = chain.back().extends;
    if (parent.empty()) break;
    if (parent.find('/') != std::string::npos || parent.find("..") != std::string::npos) {
      err << file << ": error: /extends: \"" << parent << "\" is not a template id\n";
      return 1;
    }
    file = (fs::path(file).parent_path() / (parent + ".json")).string();
    if (depth == 7) {
      err << file << ": error: templates extend each other more than 8 deep (a cycle?)\n";
      return 1;
    }
  }
  t = chain.back();
  for (auto it = chain.rbegin() + 1; it != chain.rend(); ++it) t = sow::extend_template(t, *it);
  return 0;
}

}  // namespace sw::cli
