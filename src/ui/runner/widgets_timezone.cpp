// widgets_timezone.cpp — the time zone picker: a dropdown with a search box that filters the IANA zones by
// name (spaces match underscores: "new york") or country code ("GB").
#include <cctype>

#include "core/questionnaire/timezones.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/runner/fields.h"

namespace sw::ui::runner {

namespace {

std::string folded(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool matches(const questionnaire::TimeZone& zone, const std::string& filter) {
  if (filter.empty()) return true;
  const std::string f = folded(filter);
  if (folded(zone.name).find(f) != std::string::npos) return true;
  return f.size() == 2 && folded(zone.countries).find(f) != std::string::npos;
}

}  // namespace

FieldOutput draw_timezone_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  std::string current = in.value.is_string() ? in.value.get<std::string>() : "";
  if (auto canonical = questionnaire::canonical_time_zone(current)) current = std::string(*canonical);
  ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
  focus_if_requested(in.key, memory);
  const bool open = ImGui::BeginCombo("##zone", current.empty() ? "Choose a time zone…" : current.c_str(),
                                      ImGuiComboFlags_HeightLarge);
  name_last_item(in.label);
  if (!open) return out;
  std::string& filter = memory.filters[in.key];
  if (ImGui::IsWindowAppearing()) {
    filter.clear();
    ImGui::SetKeyboardFocusHere();
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "Search: city, region or country code", &filter);
  name_last_item("Search time zones");
  int shown = 0;
  std::string first_match;
  for (const auto& zone : questionnaire::time_zones()) {
    if (!matches(zone, filter)) continue;
    if (first_match.empty()) first_match = std::string(zone.name);
    const std::string name(zone.name);
    if (ImGui::Selectable(name.c_str(), name == current)) {
      out.value = name;
      out.left = true;
    }
    ++shown;
  }
  if (shown == 0) ImGui::TextDisabled("No time zone matches \"%s\"", filter.c_str());
  // Enter in the search box picks the first match.
  if (!filter.empty() && !first_match.empty() && ImGui::IsKeyPressed(ImGuiKey_Enter)) {
    out.value = first_match;
    out.left = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndCombo();
  return out;
}

}  // namespace sw::ui::runner
