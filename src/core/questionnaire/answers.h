// answers.h — the answers document: a respondent's answers to one questionnaire, saved and reloaded.
//
// Format in docs/answers.md (schema: docs/schema/answers.schema.json). Timestamps are passed in by the caller:
// core never reads the clock.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/json/source_map.h"
#include "core/questionnaire/model.h"

namespace sw::questionnaire {

inline constexpr std::string_view kAnswersFormatName = "scopewright.answers";
inline constexpr int kAnswersFormatMajor = 1;
inline constexpr int kAnswersFormatMinor = 0;

enum class AnswersStatus { InProgress, Complete };

struct Respondent {
  std::string name;
  std::string email;
  std::string company;
};

struct AnswersDocument {
  std::string questionnaire_id;
  std::string questionnaire_version;
  std::string questionnaire_hash;  // content_hash() of the questionnaire the answers were last fitted to
  AnswersStatus status = AnswersStatus::InProgress;
  std::string created;  // ISO 8601 date-time, e.g. "2024-05-02T09:30:00Z"
  std::string updated;
  Respondent respondent;
  nlohmann::json answers = nlohmann::json::object();     // question id → value; repeat groups: arrays of objects
  nlohmann::json calculated = nlohmann::json::object();  // calculated value id → value (as last evaluated)
};

/// An answer that did not survive loading, and why.
struct DroppedAnswer {
  std::string json_path;  // in the answers file, e.g. "/answers/sites/1/vip_count"
  nlohmann::json value;
  std::string reason;
};

struct AnswersLoadResult {
  AnswersDocument document;
  Diagnostics diagnostics;
  std::vector<DroppedAnswer> dropped;
  json::SourceMap source_map;

  /// True when the answers were usable (warnings, e.g. dropped answers after a questionnaire change, allowed).
  bool ok() const { return !has_errors(diagnostics); }
};

/// A fresh document for q, created and updated at `now` (ISO 8601).
AnswersDocument new_answers(const Questionnaire& q, std::string_view now);

/// Reads an answers file without a questionnaire (e.g. to find out which questionnaire it belongs to).
AnswersLoadResult read_answers(std::string_view text, std::string_view file);
/// Same, from a parsed document.
AnswersLoadResult answers_from_json(const nlohmann::json& document, std::string_view file,
                                    const json::SourceMap* map = nullptr);

/// Fits result.document to q: refuses (an error, answers left untouched) answers of another questionnaire id;
/// otherwise keeps every answer whose question still exists and whose value still fits, records the others in
/// result.dropped with a warning each, and stamps the document with q's version and hash.
void fit_answers(AnswersLoadResult& result, const Questionnaire& q, std::string_view file);

/// read_answers + fit_answers: loads answers for q.
AnswersLoadResult load_answers(std::string_view text, std::string_view file, const Questionnaire& q);

/// The document in the file format.
nlohmann::ordered_json to_json(const AnswersDocument& doc);
/// to_json(doc) as text, indented by 2, ending with a newline.
std::string to_text(const AnswersDocument& doc);

std::string_view status_name(AnswersStatus s);

}  // namespace sw::questionnaire
