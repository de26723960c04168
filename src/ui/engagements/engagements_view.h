// engagements_view.h — the "Engagements" screen: the workspace (board or list), creating and importing
// engagements, and the editor of one open engagement, autosaved to the platform's storage.
#pragma once

#include <memory>

#include "core/storage.h"
#include "ui/engagements/panels.h"
#include "ui/engagements/services.h"
#include "ui/engagements/session.h"
#include "ui/view.h"

namespace sw::ui::engagements {

class EngagementsView final : public View {
 public:
  /// Recovers the autosaved workspace from `storage` and loads the processes through `services`.
  EngagementsView(EditorServices services, Storage& storage);
  void draw(const Fonts& fonts) override;
  void flush() override { session_.flush(); }
  nlohmann::json test_state() const override;

  Session& session() { return session_; }
  const EditorUi& ui() const { return ui_; }

 private:
  void draw_messages();
  void draw_workspace(const Fonts& fonts);
  void handle_shortcuts();

  Session session_;
  EditorUi ui_;
};

}  // namespace sw::ui::engagements
