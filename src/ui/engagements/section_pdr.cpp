// section_pdr.cpp — the Project Detail Record: configuration items with their settings and functional test,
// and saved revisions (who, when, why).
#include "core/engagement/commands.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {
namespace {

void config_item(EditContext& c, std::size_t i, const nlohmann::json& item) {
  using namespace engagement;
  const std::string path = "/pdr/items/" + std::to_string(i);
  ImGui::PushID(item.value("id", path).c_str());
  const std::string name = item.value("name", "");
  const std::string kind = item.value("kind", "");
  const std::string result = item.contains("test") ? item["test"].value("result", "not_run") : "not_run";
  const std::string header = (name.empty() ? "(unnamed item)" : name) + (kind.empty() ? "" : "  \xC2\xB7  " + kind) +
                             "  \xC2\xB7  test: " + pretty(result) + "###item";
  if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (begin_form("item", c.narrow)) {
      text_row(c, "Kind", path + "/kind", false, "virtual_service, gslb, ...");
      text_row(c, "Name", path + "/name");
      text_row(c, "Notes", path + "/notes", true);
      end_form();
    }
    ImGui::TextUnformatted("Settings");
    record_table(c, {"settings", path + "/settings", "setting",
                     {{"Key", "key", Cell::Text, 200}, {"Value", "value", Cell::Text, 260}}});
    ImGui::TextUnformatted("Functional test");
    if (begin_form("test", c.narrow)) {
      text_row(c, "Test", path + "/test/description", true);
      text_row(c, "Expected", path + "/test/expected");
      text_row(c, "Actual", path + "/test/actual");
      enum_row(c, "Result", path + "/test/result", enum_names(TestResult{}));
      text_row(c, "Tested by", path + "/test/tested_by");
      date_row(c, "Tested on", path + "/test/tested_on");
      end_form();
    }
    if (ImGui::SmallButton("Remove configuration item"))
      c.session.apply(c.e, remove_at(path, "Remove configuration item"));
  }
  ImGui::PopID();
}

}  // namespace

void draw_pdr(EditContext& c, SectionState& s) {
  heading("Configuration items");
  help("What was actually configured: the truth of what is installed, with a functional test for each.");
  const nlohmann::json& items = value_at(c.dom, "/pdr/items");
  if (!items.is_array() || items.empty()) help("None yet.");
  for (std::size_t i = 0; items.is_array() && i < items.size(); ++i) config_item(c, i, items[i]);
  if (ImGui::Button("Add configuration item"))
    c.session.apply(c.e, engagement::insert_record("/pdr/items", {{"kind", "virtual_service"}}, "Add configuration item"));

  heading("Revisions");
  if (begin_form("pdr_revision", c.narrow)) {
    form_label("Saved by", c.narrow);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("Saved by##pdr_who", "your name", &s.pdr_who);
    form_label("Summary", c.narrow);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("Summary##pdr_summary", "what changed", &s.pdr_summary);
    end_form();
  }
  if (ImGui::Button("Save PDR revision")) {
    if (c.session.apply(c.e, engagement::save_pdr_revision(c.e, s.pdr_who, s.pdr_summary, c.session.now())))
      s.pdr_summary.clear();
  }
  for (auto it = c.e.pdr.revisions.rbegin(); it != c.e.pdr.revisions.rend(); ++it) {
    const std::size_t n = it->items.is_array() ? it->items.size() : 0;
    ImGui::BulletText("Revision %d  %s  %s: %s (%zu items)", it->number, it->time.c_str(), it->who.c_str(),
                      it->summary.c_str(), n);
  }
}

}  // namespace sw::ui::engagements
