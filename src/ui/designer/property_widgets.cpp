// property_widgets.cpp — the property panel's rows (see property_widgets.h).
#include "ui/designer/property_widgets.h"

#include <cstdlib>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::designer {

namespace {
constexpr float kLabelWidth = 130.0f;

std::string show_number(std::optional<double> v) {
  if (!v) return "";
  char text[64];
  std::snprintf(text, sizeof text, "%.15g", *v);
  return text;
}
}  // namespace

void row_label(const char* label) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(kLabelWidth);
  ImGui::SetNextItemWidth(-1);
}

void group_heading(const char* text) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::SeparatorText(text);
  ImGui::PopStyleColor();
}

void text_row(DesignerSession& s, const char* label, const std::string& value,
              FunctionRef<dz::Edit(std::string)> make, bool multiline) {
  row_label(label);
  std::string edited = value;
  const std::string id = std::string("##") + label;
  const bool changed = multiline ? ImGui::InputTextMultiline(id.c_str(), &edited, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f))
                                 : ImGui::InputText(id.c_str(), &edited);
  runner::name_last_item(label);
  if (changed) s.apply(make(edited));
  if (ImGui::IsItemDeactivated()) s.seal();
}

void id_row(DesignerSession& s, Buffers& buffers, const char* label, const std::string& key, const std::string& value,
            FunctionRef<dz::Edit(std::string)> make) {
  row_label(label);
  const bool editing = buffers.count(key) > 0;
  std::string edited = editing ? buffers[key] : value;
  const std::string id = std::string("##") + label;
  if (ImGui::InputText(id.c_str(), &edited)) buffers[key] = edited;
  runner::name_last_item(label);
  if (ImGui::IsItemDeactivated() && buffers.count(key)) {
    s.apply(make(buffers[key]));  // a refusal is shown by the session; the field shows the id as it is
    buffers.erase(key);
  }
}

void number_row(DesignerSession& s, Buffers& buffers, const char* label, const std::string& key,
                std::optional<double> value, FunctionRef<dz::Edit(std::optional<double>)> make) {
  row_label(label);
  std::string edited = buffers.count(key) ? buffers[key] : show_number(value);
  const std::string id = std::string("##") + label;
  const bool changed = ImGui::InputTextWithHint(id.c_str(), "none", &edited, ImGuiInputTextFlags_CharsScientific);
  runner::name_last_item(label);
  if (changed) {
    buffers[key] = edited;
    char* end = nullptr;
    const double parsed = std::strtod(edited.c_str(), &end);
    if (edited.empty()) s.apply(make(std::nullopt));
    else if (end && *end == '\0') s.apply(make(parsed));
  }
  if (ImGui::IsItemDeactivated()) {
    buffers.erase(key);
    s.seal();
  }
}

void check_row(DesignerSession& s, const char* label, bool value, FunctionRef<dz::Edit(bool)> make) {
  bool edited = value;
  if (ImGui::Checkbox(label, &edited)) s.apply(make(edited));
}

}  // namespace sw::ui::designer
