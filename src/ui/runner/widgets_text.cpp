// widgets_text.cpp — the typed-in widgets: one-line and long text, email, phone, URL; numbers with a unit,
// amounts with a currency code; dates as YYYY-MM-DD. Numbers and dates keep the typed text until it parses.
#include <cfloat>
#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::runner {

using questionnaire::QuestionType;

namespace {

// Marks the field left / submitted after the widget just drawn.
void track_leaving(FieldOutput& out) {
  if (!ImGui::IsItemDeactivated()) return;
  out.left = true;
  if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) out.submitted = true;
}

std::string number_text(const nlohmann::json& v) {
  if (!v.is_number()) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v.get<double>());
  return buf;
}

// A number in `text` (surrounding spaces allowed), or nullopt.
std::optional<double> parse_number(const std::string& text) {
  const char* begin = text.c_str();
  char* end = nullptr;
  const double value = std::strtod(begin, &end);
  if (end == begin) return std::nullopt;
  while (*end == ' ') ++end;
  if (*end != '\0' || value != value) return std::nullopt;
  return value;
}

bool valid_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = std::atoi(s.substr(0, 4).c_str()), m = std::atoi(s.substr(5, 2).c_str()),
            d = std::atoi(s.substr(8, 2).c_str());
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= (m == 2 && !leap ? 28 : kDays[m - 1]);
}

// One-line text box over memory.buffers[key], re-synced from `shown` while not being edited.
bool buffered_input(const FieldInput& in, FieldMemory& memory, const std::string& shown, const char* hint,
                    FieldOutput& out) {
  std::string& buffer = memory.buffers[in.key];
  const ImGuiID id = ImGui::GetID("##input");
  if (ImGui::GetActiveID() != id) buffer = shown;
  focus_if_requested(in.key, memory, "##input");
  const bool changed = ImGui::InputTextWithHint("##input", hint, &buffer);
  name_last_item(in.label);
  if (ImGui::IsItemActive()) memory.editing_key = in.key;
  else if (memory.editing_key == in.key) memory.editing_key.clear();
  track_leaving(out);
  return changed;
}

}  // namespace

FieldOutput draw_text_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  std::string text = in.value.is_string() ? in.value.get<std::string>() : "";
  focus_if_requested(in.key, memory, "##input");
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool changed;
  if (in.question->type == QuestionType::LongText) {
    changed = ImGui::InputTextMultiline("##input", &text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 5));
  } else {
    const char* hint = in.question->placeholder.c_str();
    if (!*hint && in.question->type == QuestionType::Email) hint = "name@example.com";
    if (!*hint && in.question->type == QuestionType::Url) hint = "https://";
    changed = ImGui::InputTextWithHint("##input", hint, &text);
  }
  name_last_item(in.label);
  track_leaving(out);
  if (in.question->type == QuestionType::LongText) out.submitted = false;  // Enter is a new line there
  if (changed) out.value = text.empty() ? nlohmann::json() : nlohmann::json(text);
  return out;
}

FieldOutput draw_number_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  const auto& q = *in.question;
  if (q.type == QuestionType::Currency) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(q.currency.c_str());
    ImGui::SameLine();
  }
  const float unit_width = q.unit.empty() ? 0 : ImGui::CalcTextSize(q.unit.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(std::min(240.0f, ImGui::GetContentRegionAvail().x - unit_width));
  const std::string& hint = q.placeholder;
  if (buffered_input(in, memory, number_text(in.value), hint.c_str(), out)) {
    const std::string& text = memory.buffers[in.key];
    if (text.find_first_not_of(' ') == std::string::npos) {
      memory.local_errors.erase(in.key);
      out.value = nlohmann::json();
    } else if (auto number = parse_number(text)) {
      memory.local_errors.erase(in.key);
      out.value = *number;
    } else {
      memory.local_errors[in.key] = "Enter a number, such as 12 or 2.5.";
    }
  }
  if (!q.unit.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(q.unit.c_str());
  }
  return out;
}

FieldOutput draw_date_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  ImGui::SetNextItemWidth(std::min(200.0f, ImGui::GetContentRegionAvail().x));
  const std::string shown = in.value.is_string() ? in.value.get<std::string>() : "";
  if (buffered_input(in, memory, shown, "YYYY-MM-DD", out)) {
    const std::string& text = memory.buffers[in.key];
    if (text.empty()) {
      memory.local_errors.erase(in.key);
      out.value = nlohmann::json();
    } else if (valid_date(text)) {
      memory.local_errors.erase(in.key);
      out.value = text;
    } else {
      memory.local_errors[in.key] = "Enter a date as year-month-day, such as 2026-03-31.";
    }
  }
  return out;
}

}  // namespace sw::ui::runner
