// designer_view.h — the Designer screen: engineers tailor questionnaires without editing JSON. A toolbar (new,
// open, customer copy, save draft, export, undo/redo), the tree of sections and questions, the property panel of
// the selection, and a live preview running the real runner over the draft with test answers.
//
// The test answers live in the preview's own in-memory storage: they never mix with a customer's saved answers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/storage.h"
#include "ui/designer/designer_session.h"
#include "ui/designer/share_panel.h"
#include "ui/runner/runner_services.h"
#include "ui/runner/runner_view.h"
#include "ui/view.h"

namespace sw::ui::designer {

class DesignerView final : public View {
 public:
  DesignerView(const RunnerServices& services, Storage& storage);
  void draw(const Fonts& fonts) override;
  void flush() override { session_.flush(); }
  nlohmann::json test_state() const override;

  // For tests and the browser test interface.
  DesignerSession& session() { return session_; }
  const DesignerSession& session() const { return session_; }
  const runner::RunnerView& preview() const { return preview_; }
  /// The problems the open delete confirmation warns about.
  const std::vector<std::string>& delete_consequences() const { return delete_consequences_; }

 private:
  // designer_view.cpp
  void handle_shortcuts();
  void draw_messages();
  void refresh_preview();
  // designer_toolbar.cpp
  void draw_toolbar();
  void draw_toolbar_popups();
  // designer_tree.cpp
  void draw_tree();
  void draw_tree_section(std::size_t s);
  void draw_tree_question(const dz::QuestionRef& ref, const questionnaire::Question& q);
  void step_selection(int direction);
  void move_selection(int direction);
  void ask_delete();
  void draw_delete_dialog();
  void duplicate_selection();
  // designer_properties.cpp, designer_question_panel.cpp, designer_lists_panel.cpp
  void draw_properties();
  void draw_questionnaire_properties();
  void draw_section_properties(std::size_t s);
  void draw_question_properties(const dz::QuestionRef& ref);
  void draw_type_specific(const dz::QuestionRef& ref, const questionnaire::Question& q);
  void draw_choices(const dz::QuestionRef& ref, const questionnaire::Question& q);
  void draw_default(const dz::QuestionRef& ref, const questionnaire::Question& q);
  void draw_validators(const dz::QuestionRef& ref, const questionnaire::Question& q);
  void draw_fields_list(const dz::QuestionRef& ref, const questionnaire::Question& q);
  // designer_calculated_panel.cpp
  void draw_tree_calculated();
  void draw_calculated_properties(std::size_t index);
  void draw_preview_calculated();
  float preview_calculated_height() const;  // 0 when there are no calculated values
  // designer_preview.cpp
  void draw_preview(const Fonts& fonts);

  const RunnerServices& services_;
  DesignerSession session_;
  SharePanelState share_;  // the Share popup's link cache and fields
  MemoryStorage preview_storage_;  // the preview's test answers: never the customer's storage
  runner::RunnerView preview_;
  long preview_revision_ = -1;
  bool preview_ok_ = false;

  bool tree_focused_ = false;
  unsigned last_active_id_ = 0;  // the widget being edited last frame (a change ends a typing merge)
  bool confirm_delete_ = false;
  std::vector<std::string> delete_consequences_;
  std::string customer_name_;
  std::string open_path_;
  bool path_prompt_ = false;
  std::map<std::string, std::string> buffers_;  // ids and numbers being typed, committed when left
};

}  // namespace sw::ui::designer
