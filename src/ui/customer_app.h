// customer_app.h — the page a customer's link opens: ?q=<built-in id or URL> or #q=<shared questionnaire>. The
// questionnaire alone, no sidebar and none of the engineer's screens. The web build ships it as its own, smaller
// module (questionnaire.js/.wasm/.data); App shows the same page for such links where there is one module
// (desktop, tests).
#pragma once

#include <memory>
#include <string>

#include "core/storage.h"
#include "ui/app_options.h"
#include "ui/fonts.h"
#include "ui/page_panels.h"
#include "ui/top_level.h"

namespace sw::ui {

namespace runner {
class RunnerView;
}

class CustomerApp final : public TopLevel {
 public:
  /// Opens the link in options.launch ("link" for #q=, else "q"; neither: the page says the link does not work).
  CustomerApp(AppOptions options, Storage& storage);
  ~CustomerApp() override;

  void draw() override;
  bool ensure_fonts(float pixel_ratio) override { return fonts_.ensure(pixel_ratio); }
  void flush() override;
  std::string state_json() const override;

  const runner::RunnerView& runner() const { return *runner_; }

 private:
  AppOptions options_;
  FontSet fonts_;
  PagePanels panels_;
  long frame_count_ = 0;
  std::unique_ptr<runner::RunnerView> runner_;
};

}  // namespace sw::ui
