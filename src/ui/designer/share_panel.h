// share_panel.h — the designer's "Share" panel: the link that carries the questionnaire itself (#q=..., with
// its length, a warning when long and a refusal when too long), copy and open-in-new-tab, and the ?q= link
// of a file published on the team's static host. The designer calls draw_share_panel() each frame.
#pragma once

#include <string>

#include "core/share/share_link.h"
#include "ui/runner/runner_services.h"

namespace sw::ui::designer {

/// What the panel keeps between frames (owned by the designer view).
struct SharePanelState {
  std::string encoded_from;      // the questionnaire JSON the cached link was made from
  share::EncodedLink encoded;    // its link (encoding runs only when the JSON changes)
  bool encoded_once = false;
  std::string published_url;     // the "published file" field
  std::string notice;            // "Link copied", ...
};

/// Draws the panel for the current questionnaire. `valid` false (the questionnaire has errors): no customer
/// link is offered, only the reason. Uses services.page_url / page_origin, copy and open_new_tab (the button
/// is hidden when open_new_tab is not set, e.g. on desktop).
void draw_share_panel(SharePanelState& state, const RunnerServices& services, const std::string& questionnaire_json,
                      bool valid);

}  // namespace sw::ui::designer
