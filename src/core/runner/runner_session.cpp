// runner_session.cpp — saving, restoring and the autosave timing (see runner_session.h).
#include "core/runner/runner_session.h"

#include <nlohmann/json.hpp>

namespace sw::runner {

namespace {
constexpr std::string_view kPrefix = "scopewright.runner.";

Place place_from_text(const std::optional<std::string>& text, const questionnaire::Questionnaire& q) {
  Place place;
  if (!text) return place;
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) return place;
  const std::string page = j.value("page", "");
  const auto section = j.value("section", std::size_t{0});
  if (page == "section" && section < q.sections.size()) {
    place.page = Page::Section;
    place.section = section;
  } else if (page == "review") {
    place.page = Page::Review;
  }
  return place;
}
}  // namespace

std::string answers_key(std::string_view questionnaire_id) {
  return std::string(kPrefix) + std::string(questionnaire_id) + ".answers";
}

std::string place_key(std::string_view questionnaire_id) {
  return std::string(kPrefix) + std::string(questionnaire_id) + ".place";
}

std::string_view page_name(Page page) {
  switch (page) {
    case Page::Landing: return "landing";
    case Page::Section: return "section";
    case Page::Review: return "review";
  }
  return "landing";
}

std::optional<Restored> restore(const Storage& storage, const questionnaire::Questionnaire& q, std::string& problem) {
  problem.clear();
  const auto text = storage.get(answers_key(q.id));
  if (!text) return std::nullopt;
  auto loaded = questionnaire::load_answers(*text, "saved answers", q);
  if (!loaded.ok()) {
    for (const auto& d : loaded.diagnostics) {
      if (d.severity == Severity::Error) {
        problem = "The answers saved in this browser could not be read (" + d.message + ").";
        break;
      }
    }
    return std::nullopt;
  }
  Restored restored;
  restored.document = std::move(loaded.document);
  for (const auto& d : loaded.dropped) restored.dropped.push_back(d.json_path + ": " + d.reason);
  restored.place = place_from_text(storage.get(place_key(q.id)), q);
  return restored;
}

bool save(Storage& storage, const questionnaire::AnswersDocument& document, const Place& place, std::string& error) {
  if (!storage.set(answers_key(document.questionnaire_id), questionnaire::to_text(document), error)) return false;
  const nlohmann::json where = {{"page", page_name(place.page)}, {"section", place.section}};
  return storage.set(place_key(document.questionnaire_id), where.dump(), error);
}

void forget(Storage& storage, std::string_view questionnaire_id) {
  storage.remove(answers_key(questionnaire_id));
  storage.remove(place_key(questionnaire_id));
}

void Autosave::changed(double now) {
  if (!pending_since_) pending_since_ = now;
  last_change_ = now;
}

bool Autosave::due(double now) const {
  return pending_since_ && (now - last_change_ >= delay_ || now - *pending_since_ >= longest_);
}

void Autosave::saved(double now, bool ok, std::string error) {
  if (ok) {
    pending_since_.reset();
    error_.clear();
  } else {
    pending_since_ = last_change_ = now;  // try again after another delay, not on every frame
    error_ = std::move(error);
  }
}

}  // namespace sw::runner
