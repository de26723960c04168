// render.cpp — SoW template + feed → Document → Markdown / HTML (render.h).
#include "core/sow/render.h"

#include "core/documents/fill.h"
#include "core/sow/render_blocks.h"

namespace sw::sow {
namespace {

std::string filled(const std::string& templ, const nlohmann::json& data, const std::string& where,
                   Diagnostics* diagnostics) {
  auto r = documents::fill(templ, data);
  if (diagnostics)
    for (const auto& e : r.errors) diagnostics->push_back({Severity::Warning, where, "", 0, 0, 0, "wording: " + e});
  return r.text;
}

}  // namespace

nlohmann::json wording_data(const nlohmann::ordered_json& feed) {
  nlohmann::json data = nlohmann::json::parse(feed.dump());  // plain json: fill() reads nlohmann::json
  const auto& c = data["parties"]["customer"];
  const std::string org = c.value("organisation", "");
  data["customer"] = org.empty() ? c.value("name", "") : org;
  const std::string provider = data["parties"]["provider"].value("name", "");
  data["provider"] = provider.empty() ? "the provider" : provider;
  return data;
}

documents::Document sow_document(const nlohmann::ordered_json& feed, const SowTemplate& t, Diagnostics* diagnostics) {
  const nlohmann::json data = wording_data(feed);
  documents::Document d;
  d.title = filled(t.title.empty() ? "Statement of Work" : t.title, data, t.id, diagnostics);
  d.subtitle = data["customer"].get<std::string>() + " — " + data["project"].value("deployment_label", "") + " deployment";
  for (const auto& s : t.sections) {
    const std::string where = t.id + ":" + s.id;
    if (!s.title.empty()) d.heading(filled(s.title, data, where, diagnostics));
    for (const auto& p : s.text) d.paragraph(filled(p, data, where, diagnostics));
    if (!s.clauses.empty()) {
      std::vector<std::string> clauses;
      for (const auto& c : s.clauses) {
        std::string text = filled(c, data, where, diagnostics);
        if (!text.empty()) clauses.push_back(std::move(text));  // a clause whose {{#if}} is false disappears
      }
      d.bullets(std::move(clauses));
    }
    add_block(d, s.block, data);
  }
  return d;
}

std::string render_markdown(const nlohmann::ordered_json& feed, const SowTemplate& t) {
  return documents::render_markdown(sow_document(feed, t));
}

std::string render_html(const nlohmann::ordered_json& feed, const SowTemplate& t) {
  return documents::render_html(sow_document(feed, t));
}

}  // namespace sw::sow
