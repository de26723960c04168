// runner_view.h — the customer's questionnaire in the browser: loading it from a link, the landing page, one
// section per page with live branching, validation and progress, autosave to browser storage, the review page,
// and downloading, copying or opening answers files.
//
// The view owns the engine and the session; every answer change goes through the engine and is saved within a
// second (the frame loop's time, ImGui::GetTime(), decides when; core's runner::Autosave decides whether).
#pragma once

#include <functional>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/engine/engine.h"
#include "core/runner/runner_session.h"
#include "core/storage.h"
#include "ui/page_panels.h"
#include "ui/runner/fields.h"
#include "ui/runner/runner_services.h"
#include "ui/view.h"

namespace sw::ui::runner {

enum class LoadStatus { Empty, Loading, Failed, Ready };

class RunnerView final : public View {
 public:
  RunnerView(const RunnerServices& services, Storage& storage);

  /// Opens what a customer link's ?q= names (a template id or a same-site .json URL).
  void open_link(const std::string& q);
  /// Opens the questionnaire a share link carries in its fragment (#q=...); a corrupt link shows why.
  void open_share_link(const std::string& link);
  /// Opens a built-in template.
  void open_template(const std::string& id);
  /// Opens questionnaire text (`label` names it in messages), restoring saved answers for it.
  void open_text(const std::string& text, const std::string& label);
  /// Opens a new version of the questionnaire that is open (the designer's live preview): the answers so far are
  /// saved and restored into it, and the respondent stays on the same page when it still exists.
  void reload_text(const std::string& text, const std::string& label);
  /// Replaces the answers with an answers file's (refused with a message when it does not fit).
  void import_answers_text(const std::string& text, const std::string& name);

  void draw(const Fonts& fonts) override;

  /// The page's panels (ui/page_panels.h) the runner's column and section list join: the customer's page, where
  /// they sit on the page's grey. Not set, they are children without background (on the engineer's content panel).
  void set_page_panels(PagePanels* panels) { page_panels_ = panels; }

  /// Called by "Back to templates" (engineer's preview); the button is hidden when not set.
  std::function<void()> on_close;

  // ---- For the app's state JSON and for tests -----------------------------------------------------------
  LoadStatus status() const { return status_; }
  const std::string& failure() const { return failure_; }
  const std::vector<std::string>& problems() const { return problems_; }
  const engine::Engine* engine() const { return engine_.get(); }
  sw::runner::Page page() const { return place_.page; }
  std::size_t section() const { return place_.section; }
  const std::string& notice() const { return notice_; }
  bool notice_is_error() const { return notice_error_; }
  /// Why the last autosave was refused (e.g. the browser storage is full), or empty.
  const std::string& save_error() const { return autosave_.error(); }
  bool has_saved_progress() const { return has_saved_; }
  /// The answers document's status: complete once the respondent finished with complete answers (completion.h).
  questionnaire::AnswersStatus answers_status() const { return doc_.status; }
  /// Writes pending changes now (e.g. before the page is closed).
  void flush() override;

 private:
  // runner_view.cpp
  void fail(std::string title, std::vector<std::string> problems);
  void answers_changed();
  void save_now();
  void start(bool keep_answers);
  void go_to_section(std::size_t section);
  void go_to_review();
  void next();
  void back();
  std::string now() const;
  std::string today() const;
  void download();
  void finished(const questionnaire::AnswersDocument& exported);
  void copy_answers();
  void open_answers_file();
  void set_notice(std::string text, bool error);
  void draw_notice();
  void draw_status_pages(const Fonts& fonts);
  // runner_landing.cpp
  void draw_landing(const Fonts& fonts);
  // runner_section.cpp
  void draw_section_page(const Fonts& fonts);
  void draw_section_list(bool compact);
  void draw_progress();
  void draw_questions(std::size_t section);
  void draw_question(engine::QuestionPos pos);
  void draw_repeat(engine::QuestionPos pos, const std::vector<engine::FieldError>& errors, bool show_errors);
  bool section_started(std::size_t section) const;
  struct SectionRow;
  /// The section list's status of `section`, worked out again only when the section (its revision in the
  /// engine) or what the user has left changes: it validates every question of the section, too slow to do for
  /// every row every frame on a big questionnaire.
  const SectionRow& section_row(std::size_t section) const;
  bool errors_shown(const std::string& key, std::size_t section) const;
  // runner_review.cpp
  void draw_review(const Fonts& fonts);
  void draw_answers_actions();
  void draw_path_dialog();

  const RunnerServices& services_;
  Storage& storage_;
  PagePanels* page_panels_ = nullptr;
  LoadStatus status_ = LoadStatus::Empty;
  std::string source_label_;
  std::string failure_;
  std::vector<std::string> problems_;
  int load_token_ = 0;  // ignores a fetch that finishes after another questionnaire was opened

  std::unique_ptr<engine::Engine> engine_;
  questionnaire::AnswersDocument doc_;  // created, respondent... of the answers being edited
  sw::runner::Place place_;
  sw::runner::Place resume_;  // where "Continue where you left off" goes
  bool has_saved_ = false;
  std::vector<std::string> dropped_;
  sw::runner::Autosave autosave_;

  std::set<std::string> touched_;             // fields the user has left: their errors show
  std::set<std::size_t> checked_sections_;    // sections where Next was pressed: all errors show
  struct SectionRow {
    bool known = false;
    std::uint64_t revision = 0;  // the engine's section_revision it was worked out at
    std::size_t touched = 0;     // touched_.size() then
    bool checked = false;        // the section was in checked_sections_ then
    bool started = false, errors = false;
  };
  mutable std::vector<SectionRow> section_rows_;  // cleared whenever the engine or touched_ starts afresh
  FieldMemory memory_;
  bool go_next_ = false;                      // Enter / Next this frame
  std::string notice_;
  bool notice_error_ = false;
  bool path_dialog_ = false;                  // desktop: "Open answers file" asks for a path
  std::string path_input_;
  bool scroll_to_top_ = false;
  // Clipping long sections (runner_section.cpp): each question's height when last drawn, for one section.
  std::vector<float> question_heights_;
  std::size_t heights_section_ = static_cast<std::size_t>(-1);
  const engine::Engine* heights_engine_ = nullptr;
};

}  // namespace sw::ui::runner
