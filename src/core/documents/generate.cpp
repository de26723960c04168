// generate.cpp — one engagement output from its inputs, shared by the CLI and the app (generate.h).
#include "core/documents/generate.h"

#include <cctype>

#include "core/documents/documents.h"
#include "core/engagement/format.h"
#include "core/questionnaire/loader.h"
#include "core/sow/feed.h"
#include "core/sow/render.h"

namespace sw::documents {
namespace {

Diagnostic error(const std::string& file, const std::string& path, const std::string& message) {
  Diagnostic d;
  d.file = file;
  d.json_path = path;
  d.message = message;
  return d;
}

// Ids are slugs ([a-z0-9._-]): anything that could climb out of the assets folder is refused.
bool is_plain_id(const std::string& id) {
  return !id.empty() && id.find('/') == std::string::npos && id.find('\\') == std::string::npos &&
         id.find("..") == std::string::npos;
}

std::string folder_of(const std::string& file) {
  const auto slash = file.find_last_of('/');
  return slash == std::string::npos ? std::string() : file.substr(0, slash + 1);
}

void append(Diagnostics& to, const Diagnostics& from) { to.insert(to.end(), from.begin(), from.end()); }

std::string mime_of(const std::string& format) {
  if (format == "json") return "application/json";
  if (format == "html") return "text/html";
  if (format == "ics") return "text/calendar";
  return "text/markdown";
}

// Latin-1 letters (U+00C0..U+00FF, UTF-8 0xC3 0x80..0xBF) folded to ASCII so "Ødegård" stays readable.
constexpr char kLatin1Fold[] = "AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTsaaaaaaaceeeeiiiidnooooo-ouuuuyty";

void slug_into(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto ch = static_cast<unsigned char>(text[i]);
    if (ch == 0xC3 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80)
      ch = static_cast<unsigned char>(kLatin1Fold[static_cast<unsigned char>(text[++i]) - 0x80]);
    if (std::isalnum(ch)) out += static_cast<char>(std::tolower(ch));
    else if (!out.empty() && out.back() != '-') out += '-';  // spaces, punctuation, other scripts
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
}

}  // namespace

const std::vector<OutputInfo>& outputs() {
  static const std::vector<OutputInfo> kOutputs = {
      {std::string(kSowFeed), "SoW feed", {"json"}},
      {std::string(kSow), "Statement of Work", {"md", "html"}},
      {"handover-email-services", "Handover e-mail to services", {"md", "html"}},
      {"handover-email-customer", "Handover e-mail to the customer", {"md", "html"}},
      {"customer-handover", "Customer handover", {"md", "html"}},
      {"support-handover", "Support handover", {"md", "html"}},
      {"acceptance", "Acceptance and sign-off", {"md", "html"}},
      {"welcome-packet", "Welcome packet", {"md", "html"}},
      {"completion-notice", "Completion notice", {"md", "html"}},
      {"calendar", "Calendar", {"ics"}},
  };
  return kOutputs;
}

const OutputInfo* find_output(std::string_view id) {
  for (const auto& o : outputs())
    if (o.id == id) return &o;
  return nullptr;
}

std::vector<AnswersDocument> attached_answers(const engagement::Engagement& e) {
  std::vector<AnswersDocument> docs;
  for (const auto& att : e.answers) docs.push_back({att.document, "engagement:" + att.id});
  return docs;
}

ResolvedAnswers resolve_answers(std::vector<AnswersDocument> docs, const Sources& sources,
                                std::vector<std::unique_ptr<questionnaire::Questionnaire>> given) {
  ResolvedAnswers r;
  r.questionnaires = std::move(given);
  for (auto& [doc, where] : docs) {
    std::string id;
    if (doc.is_object() && doc.contains("questionnaire") && doc["questionnaire"].is_object() &&
        doc["questionnaire"].value("id", nlohmann::json()).is_string())
      id = doc["questionnaire"]["id"].get<std::string>();
    const questionnaire::Questionnaire* found = nullptr;
    for (const auto& q : r.questionnaires)
      if (q->id == id) found = q.get();
    if (!found) {
      if (!is_plain_id(id)) {
        r.diagnostics.push_back(error(where, "/questionnaire/id", "the answers do not name a questionnaire"));
        return r;
      }
      const std::string file = sources.assets_dir + "/questionnaires/" + id + ".json";
      const auto text = sources.read_file ? sources.read_file(file) : std::nullopt;
      if (!text) {
        r.diagnostics.push_back(error(file, "", "cannot open file (the questionnaire \"" + id + "\" of " + where + ")"));
        r.unreadable = true;
        return r;
      }
      auto q = questionnaire::load_questionnaire(*text, file);
      append(r.diagnostics, q.diagnostics);
      if (!q.ok()) return r;
      r.questionnaires.push_back(std::make_unique<questionnaire::Questionnaire>(std::move(q.questionnaire)));
      found = r.questionnaires.back().get();
    }
    r.answers.push_back({found, std::move(doc), where});
  }
  return r;
}

TemplateResult load_template_chain(engagement::DeploymentType type, const std::string& given, const Sources& sources) {
  TemplateResult r;
  std::string file = given.empty() ? sources.assets_dir + "/sow/" + std::string(engagement::name_of(type)) + ".json" : given;
  std::vector<sow::SowTemplate> chain;
  for (int depth = 0;; ++depth) {
    if (depth == 8) {
      r.diagnostics.push_back(error(file, "", "templates extend each other more than 8 deep (a cycle?)"));
      return r;
    }
    const auto text = sources.read_file ? sources.read_file(file) : std::nullopt;
    if (!text) {
      r.diagnostics.push_back(error(file, "", "cannot open file"));
      r.unreadable = true;
      return r;
    }
    auto loaded = sow::load_sow_template(*text, file);
    append(r.diagnostics, loaded.diagnostics);
    if (!loaded.ok()) return r;
    chain.push_back(std::move(loaded.sow_template));
    const std::string parent = chain.back().extends;
    if (parent.empty()) break;
    if (!is_plain_id(parent)) {
      r.diagnostics.push_back(error(file, "/extends", "\"" + parent + "\" is not a template id"));
      return r;
    }
    file = folder_of(file) + parent + ".json";
  }
  r.sow_template = chain.back();
  for (auto it = chain.rbegin() + 1; it != chain.rend(); ++it) r.sow_template = sow::extend_template(r.sow_template, *it);
  return r;
}

Rendered render_output(const engagement::Engagement& e, const std::vector<sow::AnswersInput>& answers,
                       const Request& request, const Sources& sources) {
  Rendered r;
  const OutputInfo* info = find_output(request.output);
  if (!info) {
    r.diagnostics.push_back(error("", "", "unknown output '" + request.output + "'"));
    return r;
  }
  const std::string format = request.format.empty() ? info->formats.front() : request.format;
  bool known = false;
  for (const auto& f : info->formats) known = known || f == format;
  if (!known) {
    std::string expected;
    for (const auto& f : info->formats) expected += (expected.empty() ? "" : " or ") + f;
    r.diagnostics.push_back(error("", "", info->label + " is written as " + expected + ", not '" + format + "'"));
    return r;
  }
  r.mime = mime_of(format);
  r.extension = format;

  sow::FeedOptions options;
  options.now = request.now;
  options.provider_name = request.provider;
  options.engagement_file = request.engagement_file;
  auto feed = sow::build_feed(e, answers, options);
  append(r.diagnostics, feed.diagnostics);
  if (!feed.ok()) return r;

  if (info->id == kSowFeed) {
    r.text = feed.feed.dump(2) + "\n";
  } else if (info->id == kSow) {
    auto t = load_template_chain(e.deployment_type, request.template_file, sources);
    append(r.diagnostics, t.diagnostics);
    r.unreadable = t.unreadable;
    if (!t.ok()) return r;
    r.text = format == "md" ? sow::render_markdown(feed.feed, t.sow_template) : sow::render_html(feed.feed, t.sow_template);
  } else {
    Options o;
    o.now = request.now;
    o.format = format == "ics" ? Format::Ics : format == "html" ? Format::Html : Format::Markdown;
    r.text = render(*kind_from_name(info->id), e, feed.feed, o);
  }
  return r;
}

std::string download_name(const engagement::Engagement& e, const Request& request, const std::string& extension) {
  std::string name;
  slug_into(name, e.customer.organisation.empty() ? e.customer.name : e.customer.organisation);
  if (name.empty()) slug_into(name, e.id);
  const OutputInfo* info = find_output(request.output);
  std::string what;
  slug_into(what, info ? info->label : request.output);
  if (!what.empty()) name += (name.empty() ? "" : "-") + what;
  std::string date;
  slug_into(date, request.now.substr(0, 10));
  if (!date.empty()) name += "-" + date;
  return (name.empty() ? std::string("document") : name) + "." + extension;
}

}  // namespace sw::documents
