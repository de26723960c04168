// runner_session.h — the customer's questionnaire session in browser storage: where answers are kept, saving
// and restoring them (fitted to the current questionnaire), and when an autosave is due.
//
// No clock is read here: the caller passes the time (seconds, any monotonic origin) into Autosave.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaire/answers.h"
#include "core/questionnaire/model.h"
#include "core/storage.h"

namespace sw::runner {

/// Storage key of the saved answers document of questionnaire `id`.
std::string answers_key(std::string_view questionnaire_id);
/// Storage key of the saved position (page and section) of questionnaire `id`.
std::string place_key(std::string_view questionnaire_id);

/// Which page of the runner the respondent is on.
enum class Page { Landing, Section, Review };

struct Place {
  Page page = Page::Landing;
  std::size_t section = 0;  // index into questionnaire.sections (meaningful on Page::Section)
};

/// "landing" / "section" / "review".
std::string_view page_name(Page page);

/// Saved progress, fitted to the current questionnaire.
struct Restored {
  questionnaire::AnswersDocument document;  // answers kept (hidden ones included), stamped with q's version
  std::vector<std::string> dropped;          // one line per answer that no longer fits, for the respondent
  Place place;
};

/// The progress saved for q, or nullopt when nothing usable is saved (then `problem` says why when the saved
/// data was unreadable or for another questionnaire; it is empty when nothing was saved).
std::optional<Restored> restore(const Storage& storage, const questionnaire::Questionnaire& q, std::string& problem);

/// Saves the document (all answers, hidden ones included) and the position. False with `error` on failure.
bool save(Storage& storage, const questionnaire::AnswersDocument& document, const Place& place, std::string& error);

/// Removes the saved progress of questionnaire `id` ("Start over").
void forget(Storage& storage, std::string_view questionnaire_id);

/// Decides when to save: once nothing has changed for `delay` seconds (a pause in typing), and in any case once
/// the first unsaved change is `longest` seconds old. Saving writes every answer, which takes a frame or two on a
/// very large questionnaire: this way typing is not interrupted by a save every `delay`, and nothing waits longer
/// than `longest` (the page's hide/close handlers save at once anyway).
class Autosave {
 public:
  explicit Autosave(double delay_seconds = 0.4, double longest_seconds = 2.0)
      : delay_(delay_seconds), longest_(longest_seconds) {}
  /// Records that something changed at time `now`.
  void changed(double now);
  /// True when there are unsaved changes, and either none for `delay` or the first is `longest` old.
  bool due(double now) const;
  /// True when there are unsaved changes.
  bool pending() const { return pending_since_.has_value(); }
  /// Records a save attempt at `now`; on failure the changes stay pending (retried after `delay`) and
  /// `error` is remembered.
  void saved(double now, bool ok, std::string error = {});
  /// The last save failure ("" after a successful save).
  const std::string& error() const { return error_; }

 private:
  double delay_;
  double longest_;
  std::optional<double> pending_since_;
  double last_change_ = 0;
  std::string error_;
};

}  // namespace sw::runner
