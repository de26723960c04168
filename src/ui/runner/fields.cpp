// fields.cpp — the frame every field shares: label with required mark, help, the widget, then its errors.
#include "ui/runner/fields.h"

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/theme.h"

namespace sw::ui::runner {

using questionnaire::QuestionType;

void name_last_item(const std::string& label) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label.c_str(), g.LastItemData.StatusFlags);
}

void focus_if_requested(const std::string& key, FieldMemory& memory, const char* text_input) {
  if (memory.focus_key != key) return;
  // A widget scrolled out of view cannot take focus: scroll to it first and try again next frame.
  if (!ImGui::IsRectVisible(ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetFrameHeight()))) {
    ImGui::SetScrollHereY(0.3f);
    return;
  }
  memory.focus_key.clear();
  // A text box is activated directly (ready to type); anything else gets the keyboard focus.
  if (text_input) ImGui::ActivateItemByID(ImGui::GetID(text_input));
  else ImGui::SetKeyboardFocusHere();
  ImGui::SetScrollHereY(0.3f);
}

FieldOutput draw_field(const FieldInput& in, FieldMemory& memory) {
  const auto& q = *in.question;
  memory.order.push_back(in.key);
  ImGui::PushID(in.key.c_str());
  ImGui::TextWrapped("%s", in.label.c_str());
  if (in.required) {
    ImGui::SameLine(0, 4);
    ImGui::TextColored(colors::danger(), "*");
  }
  if (!in.help.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped("%s", in.help.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::BeginDisabled(!in.enabled);
  FieldOutput out;
  switch (q.type) {
    case QuestionType::Text:
    case QuestionType::LongText:
    case QuestionType::Email:
    case QuestionType::Phone:
    case QuestionType::Url: out = draw_text_widget(in, memory); break;
    case QuestionType::Number:
    case QuestionType::Currency: out = draw_number_widget(in, memory); break;
    case QuestionType::Date: out = draw_date_widget(in, memory); break;
    case QuestionType::TimeZone: out = draw_timezone_widget(in, memory); break;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: out = draw_choice_widget(in, memory); break;
    case QuestionType::YesNo: out = draw_yes_no_widget(in, memory); break;
    case QuestionType::Rating: out = draw_rating_widget(in, memory); break;
    case QuestionType::Repeat: break;  // drawn by the section page (it needs the engine's entries)
  }
  ImGui::EndDisabled();
  const auto local = memory.local_errors.find(in.key);
  if (local != memory.local_errors.end() && memory.editing_key != in.key) ImGui::TextColored(colors::danger(), "%s", local->second.c_str());
  for (const auto& e : in.errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("%s", e.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
  return out;
}

}  // namespace sw::ui::runner
