// fields.cpp — field widgets bound to engagement paths, and the form layout (see fields.h).
#include "ui/engagements/fields.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

std::string id_label(const char* label, const std::string& path) { return std::string(label) + "##" + path; }

std::string edit_label(const char* label) {
  std::string l = label;
  if (!l.empty()) l[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(l[0])));
  return "Edit " + l;
}

// After the widget: end the typing group when it loses focus.
void seal_when_done(EditContext& c) {
  if (ImGui::IsItemDeactivated()) c.session.seal();
}

std::string text_of(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

const nlohmann::json& value_at(const nlohmann::json& dom, const std::string& path) {
  static const nlohmann::json kNull;  // immutable constant, not state
  try {
    const nlohmann::json::json_pointer p(path);
    return dom.contains(p) ? dom.at(p) : kNull;
  } catch (const nlohmann::json::exception&) {
    return kNull;
  }
}

std::string pretty(std::string_view enum_name) {
  std::string s(enum_name);
  for (auto& ch : s)
    if (ch == '_') ch = ' ';
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  if (s == "Waf") s = "WAF";
  return s;
}

bool edit_text(EditContext& c, const char* label, const std::string& path, bool multiline, const char* hint) {
  std::string value = text_of(value_at(c.dom, path));
  const std::string id = id_label(label, path);
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool edited;
  if (multiline) {
    const float height = ImGui::GetTextLineHeight() * 4 + ImGui::GetStyle().FramePadding.y * 2;
    edited = ImGui::InputTextMultiline(id.c_str(), &value, ImVec2(-FLT_MIN, height));
  } else {
    edited = ImGui::InputTextWithHint(id.c_str(), hint, &value);
  }
  if (edited) c.session.apply(c.e, engagement::set_field(path, value, edit_label(label), true));
  seal_when_done(c);
  return edited;
}

bool edit_number(EditContext& c, const char* label, const std::string& path) {
  const nlohmann::json& v = value_at(c.dom, path);
  std::string text;
  if (v.is_number()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v.get<double>());
    text = buf;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool edited = ImGui::InputTextWithHint(id_label(label, path).c_str(), "number", &text,
                                               ImGuiInputTextFlags_CharsScientific);
  bool applied = false;
  if (edited) {
    if (text.empty()) {
      applied = c.session.apply(c.e, engagement::set_field(path, nullptr, edit_label(label), true));
    } else {
      char* end = nullptr;
      const double d = std::strtod(text.c_str(), &end);
      if (end && *end == '\0') applied = c.session.apply(c.e, engagement::set_field(path, d, edit_label(label), true));
    }
  }
  seal_when_done(c);
  return applied;
}

bool edit_enum(EditContext& c, const char* label, const std::string& path,
               const std::vector<std::string_view>& names) {
  const std::string current = text_of(value_at(c.dom, path));
  bool changed = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo(id_label(label, path).c_str(), pretty(current).c_str())) {
    for (auto name : names) {
      const bool selected = name == current;
      if (ImGui::Selectable(pretty(name).c_str(), selected) && !selected) {
        changed = c.session.apply(c.e, engagement::set_field(path, std::string(name), edit_label(label)));
      }
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool edit_bool(EditContext& c, const char* label, const std::string& path) {
  bool value = value_at(c.dom, path).is_boolean() && value_at(c.dom, path).get<bool>();
  if (ImGui::Checkbox(id_label(label, path).c_str(), &value))
    return c.session.apply(c.e, engagement::set_field(path, value, edit_label(label)));
  return false;
}

bool begin_form(const char* id, bool narrow) {
  if (!ImGui::BeginTable(id, narrow ? 1 : 2, ImGuiTableFlags_SizingStretchProp)) return false;
  if (!narrow) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 180.0f);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
  }
  return true;
}

void end_form() { ImGui::EndTable(); }

void form_label(const char* label, bool narrow) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (!narrow) ImGui::AlignTextToFramePadding();
  ImGui::TextWrapped("%s", label);
  if (narrow) ImGui::TableNextRow();
  ImGui::TableNextColumn();
}

void text_row(EditContext& c, const char* label, const std::string& path, bool multiline, const char* hint) {
  form_label(label, c.narrow);
  edit_text(c, label, path, multiline, hint);
}

void date_row(EditContext& c, const char* label, const std::string& path) {
  form_label(label, c.narrow);
  edit_text(c, label, path, false, "YYYY-MM-DD");
}

void number_row(EditContext& c, const char* label, const std::string& path) {
  form_label(label, c.narrow);
  edit_number(c, label, path);
}

void enum_row(EditContext& c, const char* label, const std::string& path, const std::vector<std::string_view>& names) {
  form_label(label, c.narrow);
  edit_enum(c, label, path, names);
}

void bool_row(EditContext& c, const char* label, const std::string& path) {
  ImGui::TableNextRow();  // the checkbox carries its own label
  ImGui::TableNextColumn();
  if (!c.narrow) ImGui::TableNextColumn();
  edit_bool(c, label, path);
}

void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
}

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::SeparatorText(text);
}

void help(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

}  // namespace sw::ui::engagements
