// test_sow_template.cpp — SoW templates: the shipped ones load and differ as they should, extending works,
// broken templates are refused with located diagnostics, and template wording cannot produce markup.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "core/sow/render.h"
#include "core/sow/sow_template.h"

namespace sw::sow {
namespace {

std::string slurp(const std::string& relative) {
  std::ifstream in(test::source_path(relative), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

SowTemplate shipped(const std::string& id) {
  auto child = load_sow_template(slurp("assets/sow/" + id + ".json"), id + ".json");
  EXPECT_TRUE(child.ok()) << (child.diagnostics.empty() ? "" : format(child.diagnostics[0]));
  if (child.sow_template.extends.empty()) return child.sow_template;
  return extend_template(shipped(child.sow_template.extends), child.sow_template);
}

std::vector<std::string> ids(const SowTemplate& t) {
  std::vector<std::string> out;
  for (const auto& s : t.sections) out.push_back(s.id);
  return out;
}

TEST(SowTemplate, ShippedTemplatesLoadAndAddTheirClauses) {
  const auto general = shipped("general");
  EXPECT_EQ(general.sections.front().id, "parties");
  EXPECT_EQ(general.sections.back().id, "provenance");
  const auto medical = shipped("medical");
  auto m = ids(medical);
  auto at = std::find(m.begin(), m.end(), "patient_data");
  ASSERT_NE(at, m.end());
  EXPECT_EQ(*(at - 1), "requirements");  // inserted after the requirements
  EXPECT_EQ(m.size(), general.sections.size() + 1);
  auto t = ids(shipped("telephony"));
  EXPECT_NE(std::find(t.begin(), t.end(), "call_continuity"), t.end());
  for (const char* id : {"storage", "waf"}) EXPECT_EQ(shipped(id).sections.size(), general.sections.size() + 1);
}

TEST(SowTemplate, ExtendingReplacesRemovesAndInserts) {
  SowTemplate parent{"p", "P", "", {{"a", "A", "", {}, {}, "", false}, {"b", "B", "", {}, {}, "", false}}};
  SowTemplate child{"c", "", "p", {{"b", "B2", "", {}, {}, "", false}, {"a", "", "", {}, {}, "", true},
                                   {"x", "X", "", {}, {}, "b", false}, {"y", "Y", "", {}, {}, "", false}}};
  auto t = extend_template(parent, child);
  EXPECT_EQ(ids(t), (std::vector<std::string>{"b", "x", "y"}));
  EXPECT_EQ(t.sections[0].title, "B2");
  EXPECT_EQ(t.title, "P");
  EXPECT_EQ(t.id, "c");
}

TEST(SowTemplate, BrokenTemplatesAreRefusedWithLocations) {
  auto r = load_sow_template(R"({"format": "scopewright.sow-template/1", "id": "x",
  "sections": [ {"id": "a", "block": "deliverabels", "text": ["{{#if x}}open"]}, {"id": "a", "titel": "t"} ]})",
                             "x.json");
  EXPECT_FALSE(r.ok());
  std::string all;
  for (const auto& d : r.diagnostics) all += format(d) + "\n";
  EXPECT_NE(all.find("x.json:2:"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown block \"deliverabels\""), std::string::npos) << all;
  EXPECT_NE(all.find("is not closed by {{/if}}"), std::string::npos) << all;
  EXPECT_NE(all.find("duplicate section id \"a\""), std::string::npos) << all;
  EXPECT_NE(all.find("warning: /sections/1/titel: unknown field"), std::string::npos) << all;
  EXPECT_FALSE(load_sow_template(R"({"format": "scopewright.sow-template/2", "id": "x", "sections": []})", "x").ok());
}

TEST(SowTemplate, TemplateWordingCannotInjectMarkup) {
  auto r = load_sow_template(R"({"format": "scopewright.sow-template/1", "id": "evil",
  "title": "<script>alert(1)</script>",
  "sections": [ {"id": "a", "title": "<img src=x onerror=alert(1)>", "text": ["<iframe src=//x></iframe> {{customer}}"],
                 "clauses": ["<a href=javascript:alert(1)>x</a>"]} ]})",
                             "evil.json");
  ASSERT_TRUE(r.ok());
  nlohmann::ordered_json feed = {{"parties", {{"customer", {{"name", "<b>n</b>"}, {"organisation", ""}}},
                                              {"provider", {{"name", ""}}}}},
                                 {"project", {{"deployment_label", "General"}}}};
  const std::string html = render_html(feed, r.sow_template);
  for (const char* bad : {"<script", "<img", "<iframe", "<a ", "<b>"}) EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  EXPECT_NE(html.find("&lt;iframe src=//x&gt;&lt;/iframe&gt; &lt;b&gt;n&lt;/b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace sw::sow
