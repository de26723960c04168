// runner_view.cpp — loading, the session (restore, autosave, start over), navigation between pages, and the
// answers file actions of RunnerView (see runner_view.h). Pages are drawn in runner_landing/section/review.cpp.
#include "ui/runner/runner_view.h"

#include <cstdlib>

#include "core/runner/answers_file.h"
#include "core/runner/completion.h"
#include "core/runner/open_questionnaire.h"
#include "core/runner/questionnaire_source.h"
#include "core/share/share_link.h"
#include "core/runner/runner_documents.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace sw::ui::runner {

namespace rn = sw::runner;

namespace {
expr::EvalContext context_at(const std::string& iso) {
  if (iso.size() < 10) return {};
  return expr::EvalContext::at(std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()),
                               std::atoi(iso.substr(8, 2).c_str()));
}
}  // namespace

RunnerView::RunnerView(const RunnerServices& services, Storage& storage) : services_(services), storage_(storage) {}

std::string RunnerView::now() const { return services_.now_iso ? services_.now_iso() : ""; }

std::string RunnerView::today() const { return now().substr(0, 10); }

void RunnerView::fail(std::string title, std::vector<std::string> problems) {
  status_ = LoadStatus::Failed;
  failure_ = std::move(title);
  problems_ = std::move(problems);
  engine_.reset();
  section_rows_.clear();
}

void RunnerView::open_link(const std::string& q) {
  const auto source = rn::resolve_source(q, services_.page_origin);
  switch (source.kind) {
    case rn::QuestionnaireSource::Kind::Template: open_template(source.value); return;
    case rn::QuestionnaireSource::Kind::Invalid: fail("This questionnaire link does not work.", {source.value}); return;
    case rn::QuestionnaireSource::Kind::Url: break;
  }
  status_ = LoadStatus::Loading;
  source_label_ = source.value;
  const int token = ++load_token_;
  if (!services_.fetch) {
    fail("The questionnaire could not be loaded.", {"this app cannot download files"});
    return;
  }
  services_.fetch(source.value, [this, token, url = source.value](Fetched fetched) {
    if (token != load_token_) return;
    if (!fetched.error.empty()) {
      fail("The questionnaire could not be loaded.", {fetched.error});
      return;
    }
    const auto slash = url.find_last_of('/');
    open_text(fetched.text, slash == std::string::npos ? url : url.substr(slash + 1));
  });
}

void RunnerView::open_share_link(const std::string& link) {
  ++load_token_;
  source_label_ = "shared link";
  const auto decoded = share::decode_link(link);
  if (!decoded.ok) {
    // The page's title already says the link does not work: the problem line says why.
    std::string why = decoded.error.substr(decoded.error.find(": ") + 2);
    if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = static_cast<char>(why[0] - 'a' + 'A');
    fail("This questionnaire link does not work.", {why});
    return;
  }
  open_text(decoded.json, "shared link");
}

void RunnerView::open_template(const std::string& id) {
  ++load_token_;
  const std::string path = rn::template_path(services_.assets_dir, id);
  const auto text = services_.read_file ? services_.read_file(path) : std::nullopt;
  if (!text) {
    fail("This questionnaire does not exist.", {"There is no built-in questionnaire called \"" + id + "\"."});
    return;
  }
  open_text(*text, id + ".json");
}

void RunnerView::open_text(const std::string& text, const std::string& label) {
  ++load_token_;
  source_label_ = label;
  auto opened = rn::open_questionnaire(text, label, context_at(now()));
  if (!opened.engine) {
    fail("This questionnaire has problems and cannot be filled in.", std::move(opened.problems));
    return;
  }
  engine_ = std::move(opened.engine);
  problems_ = std::move(opened.problems);  // warnings only
  failure_.clear();
  status_ = LoadStatus::Ready;
  touched_.clear();
  checked_sections_.clear();
  section_rows_.clear();
  memory_ = FieldMemory{};
  dropped_.clear();
  notice_.clear();
  autosave_ = rn::Autosave{};
  engine_->reset_to_defaults();
  doc_ = questionnaire::new_answers(engine_->questionnaire(), now());
  std::string problem;
  if (auto restored = rn::restore(storage_, engine_->questionnaire(), problem)) {
    has_saved_ = true;
    doc_ = restored->document;
    engine_->set_answers(doc_.answers);
    doc_.status = rn::status_after_change(*engine_, doc_.status);
    dropped_ = restored->dropped;
    resume_ = restored->place;
  } else {
    has_saved_ = false;
    resume_ = {};
    if (!problem.empty()) set_notice(problem + " Starting afresh.", true);
  }
  // Whatever the respondent sees first is the landing page, which offers to continue.
  place_ = {rn::Page::Landing, resume_.section};
}

void RunnerView::reload_text(const std::string& text, const std::string& label) {
  flush();
  const rn::Place was = place_;
  open_text(text, label);
  if (status_ != LoadStatus::Ready || was.page == rn::Page::Landing) return;
  if (was.page == rn::Page::Review) {
    place_ = {rn::Page::Review, 0};
    return;
  }
  const auto sections = engine_->visible_sections();
  if (sections.empty()) return;
  std::size_t target = sections.front();
  for (std::size_t s : sections)
    if (s <= was.section) target = s;  // the same section, or the nearest visible one before it
  place_ = {rn::Page::Section, target};
}

void RunnerView::set_notice(std::string text, bool error) {
  notice_ = std::move(text);
  notice_error_ = error;
}

void RunnerView::answers_changed() {
  has_saved_ = true;
  doc_.status = rn::status_after_change(*engine_, doc_.status);
  autosave_.changed(ImGui::GetTime());
}

void RunnerView::save_now() {
  if (!engine_) return;
  std::string error;
  doc_ = rn::autosave_document(*engine_, std::move(doc_), now());
  const bool ok = rn::save(storage_, doc_, place_, error);
  autosave_.saved(ImGui::GetTime(), ok, error);
}

void RunnerView::flush() {
  if (autosave_.pending()) save_now();
}

void RunnerView::start(bool keep_answers) {
  if (!keep_answers) {
    rn::forget(storage_, engine_->questionnaire().id);
    engine_->reset_to_defaults();
    doc_ = questionnaire::new_answers(engine_->questionnaire(), now());
    dropped_.clear();
    touched_.clear();
    checked_sections_.clear();
    section_rows_.clear();
    has_saved_ = false;
    resume_ = {};
  }
  const auto sections = engine_->visible_sections();
  if (sections.empty() || (keep_answers && resume_.page == rn::Page::Review)) {
    go_to_review();
    return;
  }
  std::size_t target = sections.front();
  if (keep_answers) {
    for (std::size_t s : sections)
      if (s == resume_.section) target = s;
  }
  go_to_section(target);
}

void RunnerView::go_to_section(std::size_t section) {
  place_ = {rn::Page::Section, section};
  scroll_to_top_ = true;
  memory_.focus_key.clear();
  autosave_.changed(ImGui::GetTime());
}

void RunnerView::go_to_review() {
  place_ = {rn::Page::Review, place_.section};
  scroll_to_top_ = true;
  autosave_.changed(ImGui::GetTime());
}

void RunnerView::next() {
  const std::size_t s = place_.section;
  checked_sections_.insert(s);
  if (engine_->section_has_errors(s)) {
    // Focus the first field with an error (its widget takes focus when drawn next frame).
    const auto& section = engine_->questionnaire().sections[s];
    for (std::size_t i = 0; i < section.questions.size(); ++i) {
      const engine::QuestionPos pos{s, i};
      if (!engine_->question_visible(pos) || engine_->errors(pos).empty()) continue;
      memory_.focus_key = section.questions[i].id;
      for (const auto& e : engine_->errors(pos))
        if (e.entry >= 0 && !e.field.empty()) {
          memory_.focus_key = section.questions[i].id + "." + std::to_string(e.entry) + "." + e.field;
          break;
        }
      break;
    }
    set_notice("Please check the answers marked below.", true);
    return;
  }
  notice_.clear();
  if (auto n = engine_->next_visible_section(s)) go_to_section(*n);
  else go_to_review();
}

void RunnerView::back() {
  notice_.clear();
  if (place_.page == rn::Page::Review) {
    const auto sections = engine_->visible_sections();
    if (!sections.empty()) go_to_section(sections.back());
    return;
  }
  if (auto p = engine_->previous_visible_section(place_.section)) go_to_section(*p);
  else place_.page = rn::Page::Landing;
}

void RunnerView::import_answers_text(const std::string& text, const std::string& name) {
  if (!engine_) return;
  auto imported = rn::import_answers(text, name, engine_->questionnaire());
  if (!imported.ok) {
    set_notice(imported.message, true);  // what is on screen stays as it was
    return;
  }
  doc_ = imported.document;
  engine_->set_answers(doc_.answers);
  dropped_ = imported.dropped;
  memory_ = FieldMemory{};
  set_notice(imported.message, false);
  answers_changed();
}

void RunnerView::finished(const questionnaire::AnswersDocument& exported) {
  if (doc_.status == exported.status) return;
  doc_.status = exported.status;  // saved with the answers, so reopening shows it
  autosave_.changed(ImGui::GetTime());
}

void RunnerView::download() {
  const auto exported = rn::export_document(*engine_, doc_, now(), rn::Finishing::Yes);
  finished(exported);
  const std::string name = rn::answers_file_name(exported, today());
  const std::string message = services_.download ? services_.download(name, "application/json", questionnaire::to_text(exported))
                                                 : "Downloading is not available here.";
  set_notice(message, false);
}

void RunnerView::copy_answers() {
  const auto exported = rn::export_document(*engine_, doc_, now(), rn::Finishing::Yes);
  finished(exported);
  if (services_.copy) services_.copy(questionnaire::to_text(exported));
  set_notice("The answers are on the clipboard.", false);
}

void RunnerView::open_answers_file() {
  const bool picker = services_.pick_file && services_.pick_file([this](PickedFile file) {
    if (file.cancelled) return;
    if (!file.error.empty()) {
      set_notice(file.name + " could not be read: " + file.error, true);
      return;
    }
    import_answers_text(file.text, file.name);
  });
  if (!picker) path_dialog_ = true;
}

void RunnerView::draw_notice() {
  if (notice_.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, notice_error_ ? colors::danger() : colors::success());
  ImGui::TextWrapped("%s", notice_.c_str());
  ImGui::PopStyleColor();
}

void RunnerView::draw_status_pages(const Fonts& fonts) {
  if (status_ == LoadStatus::Loading) {
    ImGui::TextUnformatted("Loading the questionnaire…");
    ImGui::TextDisabled("%s", source_label_.c_str());
    return;
  }
  if (status_ == LoadStatus::Empty) {
    ImGui::TextUnformatted("No questionnaire is open.");
    return;
  }
  ImGui::PushFont(fonts.heading);
  ImGui::TextColored(colors::danger(), "%s", failure_.c_str());
  ImGui::PopFont();
  ImGui::Spacing();
  for (const auto& p : problems_) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", p.c_str());
  }
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("Please tell the person who sent you this link; they can send a corrected one.");
  ImGui::PopStyleColor();
  if (on_close && ImGui::Button("Back to templates")) on_close();
}

void RunnerView::draw(const Fonts& fonts) {
  if (status_ != LoadStatus::Ready) {
    draw_status_pages(fonts);
    return;
  }
  go_next_ = false;
  memory_.order.clear();
  switch (place_.page) {
    case rn::Page::Landing: draw_landing(fonts); break;
    case rn::Page::Section: draw_section_page(fonts); break;
    case rn::Page::Review: draw_review(fonts); break;
  }
  if (autosave_.due(ImGui::GetTime())) save_now();
}

}  // namespace sw::ui::runner
