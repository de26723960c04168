// answers_fit.cpp — keeps the answers that still fit a (possibly newer) questionnaire and explains the rest.
#include <set>

#include "core/function_ref.h"
#include "core/json/describe.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/value_fit.h"

namespace sw::questionnaire {
namespace {

class Fitter {
 public:
  Fitter(json::Reporter& r, std::vector<DroppedAnswer>& dropped, std::string version_note)
      : r_(r), dropped_(dropped), note_(std::move(version_note)) {}

  void drop(const std::string& path, const nlohmann::json& value, std::string reason) {
    r_.warning(path, "answer dropped: " + reason);
    dropped_.push_back({path, value, std::move(reason)});
  }

  // The members of an answers object (top level, or one repeat entry) that fit; drops the rest.
  nlohmann::json members(const nlohmann::json& in, const std::string& path,
                         FunctionRef<const Question*(const std::string&)> find, const char* what) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : in.items()) {
      const std::string p = json::child(path, key);
      if (value.is_null()) continue;  // null means "not answered": nothing to keep or report
      const auto dot = key.size() > kOtherSuffix.size() ? key.size() - kOtherSuffix.size() : std::string::npos;
      if (dot != std::string::npos && key.compare(dot, std::string::npos, kOtherSuffix) == 0) {
        const Question* owner = find(key.substr(0, dot));
        if (!owner)
          drop(p, value, "there is no " + std::string(what) + " \"" + key.substr(0, dot) + "\"" + note_);
        else if (!owner->allow_other)
          drop(p, value, std::string(what) + " \"" + owner->id + "\" has no \"other, please specify\" option" + note_);
        else if (!value.is_string())
          drop(p, value, "expected the \"other\" text (a string) but got " + json::describe(value));
        else
          out[key] = value;
        continue;
      }
      const Question* q = find(key);
      if (!q) {
        drop(p, value, "there is no " + std::string(what) + " \"" + key + "\"" + note_);
        continue;
      }
      if (auto kept = fit(*q, value, p)) out[key] = std::move(*kept);
    }
    return out;
  }

  // The part of value that fits q, or nullopt (after recording why) when nothing does.
  std::optional<nlohmann::json> fit(const Question& q, const nlohmann::json& value, const std::string& path) {
    if (q.type == QuestionType::MultipleChoice && value.is_array()) {
      // Keep the selections that are still choices: one removed choice should not lose the others.
      nlohmann::json kept = nlohmann::json::array();
      std::set<std::string> seen;
      for (std::size_t i = 0; i < value.size(); ++i) {
        std::string why = choice_mismatch(q, value[i]);
        if (why.empty() && !seen.insert(value[i].get<std::string>()).second) why = "selected twice";
        if (why.empty())
          kept.push_back(value[i]);
        else
          drop(json::child(path, i), value[i], why + note_);
      }
      return kept;
    }
    if (q.type == QuestionType::Repeat && value.is_array()) {
      nlohmann::json entries = nlohmann::json::array();
      for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string ep = json::child(path, i);
        if (!value[i].is_object()) {
          drop(ep, value[i], "expected an object (one entry) but got " + json::describe(value[i]));
          continue;
        }
        entries.push_back(members(value[i], ep, [&](const std::string& id) { return q.find_field(id); }, "field"));
      }
      return entries;
    }
    std::string why = answer_mismatch(q, value);
    if (why.empty()) return value;
    drop(path, value, "does not fit the " + std::string(type_name(q.type)) + " question \"" + q.id + "\": " + why + note_);
    return std::nullopt;
  }

 private:
  json::Reporter& r_;
  std::vector<DroppedAnswer>& dropped_;
  std::string note_;  // " in version X of this questionnaire" when the questionnaire changed
};

}  // namespace

void fit_answers(AnswersLoadResult& result, const Questionnaire& q, std::string_view file) {
  AnswersDocument& d = result.document;
  json::Reporter r(std::string(file), result.source_map.empty() ? nullptr : &result.source_map, result.diagnostics);
  if (d.questionnaire_id != q.id) {
    r.error("/questionnaire/id", "these answers are for the questionnaire \"" + d.questionnaire_id +
                                     "\", not for \"" + q.id + "\" (" + q.title + "); open them with their own questionnaire");
    return;
  }
  const std::string hash = content_hash(q);
  const bool changed = d.questionnaire_version != q.version || (!d.questionnaire_hash.empty() && d.questionnaire_hash != hash);
  std::string note;
  if (changed) note = " in version " + q.version + " of this questionnaire";
  const std::size_t before = result.dropped.size();
  Fitter fitter(r, result.dropped, note);
  d.answers = fitter.members(d.answers, "/answers", [&](const std::string& id) { return q.find_question(id); }, "question");

  nlohmann::json calculated = nlohmann::json::object();
  for (const auto& [key, value] : d.calculated.items()) {
    if (q.find_calculated(key))
      calculated[key] = value;
    else
      fitter.drop(json::child("/calculated", key), value, "there is no calculated value \"" + key + "\"" + note);
  }
  d.calculated = std::move(calculated);

  const std::size_t lost = result.dropped.size() - before;
  if (changed && lost > 0) {
    const std::string from = d.questionnaire_version == q.version ? "an earlier edit of version " + q.version
                                                                   : "version " + d.questionnaire_version;
    r.warning("/questionnaire/version", "these answers were written for " + from + " of \"" + q.id + "\"; " +
                                            std::to_string(lost) + (lost == 1 ? " answer" : " answers") +
                                            " that no longer fit version " + q.version + " were dropped");
  }
  d.questionnaire_version = q.version;
  d.questionnaire_hash = hash;
}

}  // namespace sw::questionnaire
