// runner_state_json.cpp — see runner_state_json.h.
#include "ui/runner/runner_state_json.h"

namespace sw::ui::runner {

nlohmann::json state_json(const RunnerView& view) {
  static constexpr const char* kStatus[] = {"empty", "loading", "failed", "ready"};
  nlohmann::json j = {{"status", kStatus[static_cast<int>(view.status())]},
                      {"failure", view.failure()},
                      {"problems", view.problems()},
                      {"notice", view.notice()},
                      {"notice_error", view.notice_is_error()},
                      {"save_error", view.save_error()}};
  if (const auto* e = view.engine()) {
    const auto& q = e->questionnaire();
    const auto p = e->progress();
    j["questionnaire"] = q.id;
    j["page"] = std::string(sw::runner::page_name(view.page()));
    j["section"] = view.section();
    j["section_id"] = view.section() < q.sections.size() ? q.sections[view.section()].id : "";
    j["progress"] = {{"answered", p.answered}, {"required", p.required}};
    j["saved_progress"] = view.has_saved_progress();
    j["answers_status"] = std::string(questionnaire::status_name(view.answers_status()));
    j["answers"] = e->answers();
  }
  return j;
}

}  // namespace sw::ui::runner
