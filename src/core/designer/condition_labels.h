// condition_labels.h — the short names readings use for questions: labels trimmed to what a person scans.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/designer/condition_context.h"

namespace sw::designer {

/// A label shortened for a sentence: piped `{answers}` become "…", white space is collapsed, a trailing '?',
/// ':' or '.' and a trailing "(...)" remark are dropped, and more than `max_chars` characters are cut at a
/// word boundary with "…". An empty result gives `fallback` (the id).
std::string short_label(std::string_view label, std::string_view fallback, std::size_t max_chars = 40);

/// Short labels for every name of a context, made unique: when two names shorten to the same text, both get
/// their id appended ("Name (site_name)"). Deterministic.
class LabelNamer {
 public:
  explicit LabelNamer(const ConditionContext& ctx);
  /// The unique short label of a name of the context (top-level or field).
  std::string operator()(const AnswerName& name) const;

 private:
  std::unordered_map<std::string, int> uses_;  // lower-cased short label -> how many names of one scope use it
  static std::string key(const AnswerName& name);
};

}  // namespace sw::designer
