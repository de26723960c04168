// share_panel.cpp — see share_panel.h. The encoding and its limits are core's (core/share/share_link.h).
#include "ui/designer/share_panel.h"

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::designer {
namespace {

void wrapped(const ImVec4& color, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// A read-only field showing a link (selectable, so it can also be copied by hand).
void link_field(const char* id, const std::string& link, const char* name) {
  std::string shown = link;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText(id, &shown, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
  runner::name_last_item(name);
}

std::string with_commas(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

void draw_customer_link(SharePanelState& state, const RunnerServices& services, const std::string& json) {
  if (!state.encoded_once || json != state.encoded_from) {
    state.encoded = share::encode_link(json, services.page_url);
    state.encoded_from = json;
    state.encoded_once = true;
  }
  const share::EncodedLink& e = state.encoded;
  if (!e.error.empty()) {
    wrapped(colors::danger(), e.error);
    return;
  }
  link_field("##share_link", e.link, "Customer link");
  if (ImGui::Button("Copy link") && services.copy) {
    services.copy(e.link);
    state.notice = "Link copied.";
  }
  if (services.open_new_tab) {
    ImGui::SameLine();
    if (ImGui::Button("Open in new tab")) services.open_new_tab(e.link);
  }
  ImGui::SameLine();
  const std::string length = with_commas(e.length) + " characters";
  if (e.size == share::LinkSize::Fine) ImGui::TextColored(colors::muted(), "%s", length.c_str());
  else ImGui::TextColored(colors::danger(), "%s (long)", length.c_str());
  if (!e.warning.empty()) wrapped(colors::danger(), e.warning);
}

void draw_published_link(SharePanelState& state, const RunnerServices& services) {
  ImGui::TextUnformatted("Published file");
  wrapped(colors::muted(), "For a questionnaire file put on the team's static host next to the app: its address, "
                           "relative (forms/acme.json) or on this site.");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##published_url", "forms/customer.json", &state.published_url);
  runner::name_last_item("Published file URL");
  if (state.published_url.empty()) return;
  const auto published = share::published_link(services.page_url, services.page_origin, state.published_url);
  if (!published.error.empty()) {
    wrapped(colors::danger(), published.error);
    return;
  }
  link_field("##published_link", published.link, "Published link");
  if (ImGui::Button("Copy published link") && services.copy) {
    services.copy(published.link);
    state.notice = "Published link copied.";
  }
}

}  // namespace

void draw_share_panel(SharePanelState& state, const RunnerServices& services, const std::string& questionnaire_json,
                      bool valid) {
  ImGui::PushID("share_panel");
  ImGui::TextUnformatted("Share with a customer");
  wrapped(colors::muted(), "The link carries the whole questionnaire (compressed after the #, which browsers never "
                           "send to a server): nothing needs hosting. It opens the customer's questionnaire.");
  if (valid) {
    draw_customer_link(state, services, questionnaire_json);
  } else {
    wrapped(colors::danger(), "Fix the questionnaire's errors first: only a valid questionnaire can be shared "
                              "(a draft can still be saved).");
  }
  if (!state.notice.empty()) wrapped(colors::success(), state.notice);
  ImGui::Spacing();
  ImGui::Separator();
  draw_published_link(state, services);
  ImGui::PopID();
}

}  // namespace sw::ui::designer
