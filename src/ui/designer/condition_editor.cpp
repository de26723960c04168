// condition_editor.cpp — the condition editor widget: input with live errors and markers, completion list,
// reading; and the dependents list. All logic is in core/designer; this file only draws and routes keys.
#include "ui/designer/condition_editor.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "core/designer/condition_reading.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/theme.h"

namespace sw::ui {
namespace {

using designer::Completions;
using designer::ConditionIssue;

constexpr int kMaxIssueLines = 3;  // more problems are summarised: the first ones matter while typing
constexpr int kMaxVisibleRows = 8;

ImVec4 warning_color() { return ImVec4(0.72f, 0.45f, 0.02f, 1.0f); }

// What the input's callback needs and reports within one frame.
struct CallbackFrame {
  const designer::ConditionContext* ctx = nullptr;
  bool list_open = false;
  int selected = 0;
  bool accept = false;      // Enter was pressed (and kept from the input) this frame
  int pending_cursor = -1;  // place the cursor here once the input is active again (after a click)
  int cursor = -1;          // out: the cursor (bytes) while active
  int move = 0;             // out: Up/Down presses
  bool accepted = false;    // out: a completion was applied to the buffer
};

int input_callback(ImGuiInputTextCallbackData* d) {
  auto& f = *static_cast<CallbackFrame*>(d->UserData);
  if (f.pending_cursor >= 0) {
    d->CursorPos = d->SelectionStart = d->SelectionEnd = std::min(f.pending_cursor, d->BufTextLen);
    f.pending_cursor = -1;
  }
  if (f.list_open) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackHistory) f.move += d->EventKey == ImGuiKey_UpArrow ? -1 : 1;
    const bool accept = f.accept || d->EventFlag == ImGuiInputTextFlags_CallbackCompletion;
    if (accept && !f.accepted) {
      // Applied inside the callback: while the input is active its own buffer is the text, not the caller's.
      const std::string_view current(d->Buf, static_cast<std::size_t>(d->BufTextLen));
      const Completions c = designer::complete(current, static_cast<std::size_t>(d->CursorPos), *f.ctx);
      if (f.selected >= 0 && f.selected < static_cast<int>(c.items.size())) {
        const auto applied = designer::apply_completion(current, c, static_cast<std::size_t>(f.selected));
        d->DeleteChars(0, d->BufTextLen);
        d->InsertChars(0, applied.text.data(), applied.text.data() + applied.text.size());
        d->CursorPos = d->SelectionStart = d->SelectionEnd = static_cast<int>(applied.cursor);
        f.accepted = true;
      }
    }
  }
  f.cursor = d->CursorPos;
  return 0;
}

// Gives the last drawn text item a label the item probe (tests, browser test interface) can find.
void label_last_item(const std::string& label, int n) {
  ImGuiContext& g = *GImGui;
  const ImRect rect = g.LastItemData.Rect;
  ImGui::PushID(n);
  const ImGuiID id = ImGui::GetID("probe label");
  ImGui::PopID();
  if (ImGui::ItemAdd(rect, id, nullptr, ImGuiItemFlags_NoNav)) IMGUI_TEST_ENGINE_ITEM_INFO(id, label.c_str(), 0);
}

// Underlines the character at `offset` of the input's text (a space's width at the end) and points at it.
void draw_marker(const std::string& text, std::size_t offset, const ImRect& frame, float scroll_x, ImU32 color,
                 bool caret) {
  const ImGuiStyle& style = ImGui::GetStyle();
  offset = std::min(offset, text.size());
  std::size_t next = offset + 1;
  while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
  const float x0 = frame.Min.x + style.FramePadding.x - scroll_x + ImGui::CalcTextSize(text.data(), text.data() + offset).x;
  const float w = offset < text.size() ? ImGui::CalcTextSize(text.data() + offset, text.data() + next).x
                                       : ImGui::CalcTextSize(" ").x;
  if (x0 < frame.Min.x || x0 > frame.Max.x) return;  // scrolled out of view
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y = frame.Max.y - style.FramePadding.y * 0.5f;
  dl->AddLine(ImVec2(x0, y), ImVec2(std::min(x0 + std::max(w, 4.0f), frame.Max.x), y), color, 2.0f);
  if (caret)
    dl->AddTriangleFilled(ImVec2(x0, frame.Max.y), ImVec2(x0 - 4, frame.Max.y + 5), ImVec2(x0 + 4, frame.Max.y + 5),
                          color);
}

// The completion list under the word being completed; returns the clicked index or -1.
int draw_list(const Completions& list, int selected, bool scroll_to_selected, const ImVec2& at, ImGuiID input_id,
              bool& hovered) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const int rows = std::min(static_cast<int>(list.items.size()), kMaxVisibleRows);
  ImGui::SetNextWindowPos(at);
  ImGui::SetNextWindowSize(
      ImVec2(ImGui::GetFontSize() * 30, rows * ImGui::GetTextLineHeightWithSpacing() + style.WindowPadding.y * 2));
  char name[48];
  std::snprintf(name, sizeof name, "##completion%08X", static_cast<unsigned>(input_id));
  int clicked = -1;
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoCollapse);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  for (int i = 0; i < static_cast<int>(list.items.size()); ++i) {
    const auto& item = list.items[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    if (ImGui::Selectable(item.shown.c_str(), i == selected)) clicked = i;
    if (i == selected && scroll_to_selected) ImGui::SetScrollHereY();
    if (!item.detail.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", item.detail.c_str());
    }
    ImGui::PopID();
  }
  hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);  // the input is active
  ImGui::End();
  return clicked;
}

}  // namespace

bool ConditionEditor(const char* id, std::string& text, const designer::ConditionContext& ctx,
                     designer::ConditionUse use, ConditionEditorInfo* info) {
  ImGui::PushID(id);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID input_id = ImGui::GetID("##condition");
  const ImGuiID key_open = ImGui::GetID("list open"), key_selected = ImGui::GetID("selected"),
                key_cursor = ImGui::GetID("cursor"), key_pending = ImGui::GetID("pending cursor"),
                key_hovered = ImGui::GetID("list hovered"), key_refocus = ImGui::GetID("refocus");
  bool open = storage->GetBool(key_open);
  int selected = storage->GetInt(key_selected, 0);
  int cursor = std::min(storage->GetInt(key_cursor, static_cast<int>(text.size())), static_cast<int>(text.size()));
  const bool was_active = ImGui::GetActiveID() == input_id;
  if (open && designer::complete(text, static_cast<std::size_t>(cursor), ctx).items.empty()) open = false;

  CallbackFrame frame;
  frame.ctx = &ctx;
  frame.selected = selected;
  const int pending_cursor = storage->GetInt(key_pending, -1);
  frame.pending_cursor = pending_cursor;
  if (open && was_active) {
    // Keys the list uses are kept from the input this frame (else Esc would revert and Enter would leave it).
    const ImGuiID owner = ImGui::GetID("list keys");
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
      open = false;
      ImGui::SetKeyOwner(ImGuiKey_Escape, owner, ImGuiInputFlags_LockThisFrame);
    } else if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) {
      frame.accept = true;
      ImGui::SetKeyOwner(ImGuiKey_Enter, owner, ImGuiInputFlags_LockThisFrame);
      ImGui::SetKeyOwner(ImGuiKey_KeypadEnter, owner, ImGuiInputFlags_LockThisFrame);
    }
  }
  frame.list_open = open;

  const bool refocus = storage->GetBool(key_refocus);
  if (refocus) {
    ImGui::FocusWindow(ImGui::GetCurrentWindow());  // the click focused the list's window
    ImGui::SetKeyboardFocusHere();
    storage->SetBool(key_refocus, false);
  }
  const std::size_t size_before = text.size();
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackHistory;
  if (open) flags |= ImGuiInputTextFlags_CallbackCompletion;  // Tab accepts only while the list is open
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool changed = ImGui::InputText("##condition", &text, flags, input_callback, &frame);
  const bool active = ImGui::IsItemActive();
  const ImRect input_rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  const ImGuiInputTextState* state = ImGui::GetInputTextState(input_id);
  const float scroll_x = active && state ? state->ScrollX : 0.0f;
  // The cursor after a clicked completion is placed once the input is active again (the frame after refocus).
  if (pending_cursor >= 0 && (frame.pending_cursor < 0 || (!active && !refocus))) storage->SetInt(key_pending, -1);
  if (frame.cursor >= 0) cursor = frame.cursor;
  cursor = std::min(cursor, static_cast<int>(text.size()));

  if (frame.accepted) {
    open = false;
    changed = true;
  } else if (changed) {
    // Open while a name or value is being typed (or right after '{', a quote or '.').
    const Completions c = designer::complete(text, static_cast<std::size_t>(cursor), ctx);
    const char before = cursor > 0 ? text[static_cast<std::size_t>(cursor - 1)] : '\0';
    const bool typed = text.size() > size_before;
    if (typed && !c.items.empty() &&
        (!c.prefix.empty() || before == '{' || before == '\'' || before == '"' || before == '.'))
      open = true;
    selected = 0;
  }
  if (active && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Space, false)) {
    open = true;
    selected = 0;
  }
  if (!active && !storage->GetBool(key_hovered)) open = false;

  Completions list;
  if (open) list = designer::complete(text, static_cast<std::size_t>(cursor), ctx);
  if (list.items.empty()) open = false;
  const int count = static_cast<int>(list.items.size());
  if (open) {
    selected = ((selected + frame.move) % count + count) % count;  // Up on the first wraps to the last
  } else {
    list.items.clear();
  }

  // Problems as you type: markers under the columns, then one line each.
  const auto issues = designer::check_condition(text, ctx, use);
  for (std::size_t i = 0; i < issues.size(); ++i) {
    const ImVec4 c = issues[i].severity == Severity::Error ? colors::danger() : warning_color();
    draw_marker(text, issues[i].offset, input_rect, scroll_x, ImGui::GetColorU32(c), i == 0);
  }
  for (int i = 0; i < static_cast<int>(issues.size()) && i < kMaxIssueLines; ++i) {
    const auto& issue = issues[static_cast<std::size_t>(i)];
    ImGui::PushStyleColor(ImGuiCol_Text, issue.severity == Severity::Error ? colors::danger() : warning_color());
    ImGui::TextWrapped("%s", issue.text().c_str());
    ImGui::PopStyleColor();
    label_last_item(issue.text(), i);
  }
  if (static_cast<int>(issues.size()) > kMaxIssueLines)
    ImGui::TextDisabled("and %d more", static_cast<int>(issues.size()) - kMaxIssueLines);
  const std::string reading = designer::read_condition(text, ctx, use);
  if (!reading.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped("%s", reading.c_str());
    ImGui::PopStyleColor();
    label_last_item(reading, -1);
  }

  bool hovered = false;
  if (open) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float x = input_rect.Min.x + style.FramePadding.x - scroll_x +
                    ImGui::CalcTextSize(text.data(), text.data() + std::min(list.begin, text.size())).x;
    const int clicked = draw_list(list, selected, frame.move != 0 || changed,
                                  ImVec2(std::max(x, input_rect.Min.x), input_rect.Max.y + 2), input_id, hovered);
    if (clicked >= 0) {
      const auto applied = designer::apply_completion(text, list, static_cast<std::size_t>(clicked));
      text = applied.text;
      changed = true;
      open = false;
      hovered = false;
      storage->SetInt(key_pending, static_cast<int>(applied.cursor));
      storage->SetBool(key_refocus, true);  // back to typing where the completion ended
      cursor = static_cast<int>(applied.cursor);
    }
  }

  storage->SetBool(key_open, open);
  storage->SetInt(key_selected, selected);
  storage->SetInt(key_cursor, cursor);
  storage->SetBool(key_hovered, hovered);
  if (info) {
    info->issues = issues;
    info->reading = reading;
    info->completions = open ? list : Completions{};
    info->selected = open ? selected : -1;
    info->active = active;
  }
  ImGui::PopID();
  return changed;
}

int DependentsList(const char* id, const std::vector<designer::AnswerUse>& uses, const char* empty_text) {
  ImGui::PushID(id);
  int clicked = -1;
  if (uses.empty()) ImGui::TextDisabled("%s", empty_text);
  for (int i = 0; i < static_cast<int>(uses.size()); ++i) {
    const auto& use = uses[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    std::string title = use.place.describe();
    if (!use.field.empty()) title += " (reads " + use.target + "." + use.field + ")";
    if (ImGui::Selectable(title.c_str())) clicked = i;
    if (!use.place.text.empty()) {
      std::string shown = use.place.text;
      if (shown.size() > 160) {  // cut between UTF-8 characters
        std::size_t cut = 160;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
        shown = shown.substr(0, cut) + "…";
      }
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
      ImGui::TextWrapped("%s", shown.c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::PopID();
  return clicked;
}

}  // namespace sw::ui
