// questionnaire_view.h — the engineer's Questionnaire screen: the built-in templates, each with its customer
// link to copy and a preview that runs it exactly as the customer sees it.
#pragma once

#include <string>
#include <vector>

#include "core/storage.h"
#include "ui/runner/runner_services.h"
#include "ui/runner/runner_view.h"
#include "ui/view.h"

namespace sw::ui {

class QuestionnaireView final : public View {
 public:
  QuestionnaireView(const RunnerServices& services, Storage& storage);
  void draw(const Fonts& fonts) override;
  void flush() override { runner_.flush(); }
  /// The preview runner (open while previewing).
  const runner::RunnerView& runner() const { return runner_; }
  bool previewing() const { return previewing_; }

 private:
  struct Template {
    std::string id, title, link;
  };
  void load_templates();

  const RunnerServices& services_;
  runner::RunnerView runner_;
  std::vector<Template> templates_;
  bool loaded_ = false;
  bool previewing_ = false;
  std::string notice_;
};

}  // namespace sw::ui
