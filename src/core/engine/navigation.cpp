// navigation.cpp — moving between visible sections, finding errors, and progress.
#include "core/engine/engine_state.h"

namespace sw::engine {

std::vector<std::size_t> Engine::visible_sections() const {
  std::vector<std::size_t> out;
  for (std::size_t si = 0; si < s_->sections.size(); ++si)
    if (section_visible(si)) out.push_back(si);
  return out;
}

std::optional<std::size_t> Engine::next_visible_section(std::size_t after) const {
  for (std::size_t si = after + 1; si < s_->sections.size(); ++si)
    if (section_visible(si)) return si;
  return std::nullopt;
}

std::optional<std::size_t> Engine::previous_visible_section(std::size_t before) const {
  for (std::size_t si = before; si-- > 0;)
    if (section_visible(si)) return si;
  return std::nullopt;
}

std::optional<std::size_t> Engine::first_section_with_errors() const {
  for (std::size_t si = 0; si < s_->sections.size(); ++si)
    if (section_has_errors(si)) return si;
  return std::nullopt;
}

std::uint64_t Engine::section_revision(std::size_t section) const {
  return section < s_->section_revision.size() ? s_->section_revision[section] : 0;
}

Progress Engine::section_progress(std::size_t si) const {
  Progress p;
  if (!section_visible(si)) return p;
  for (std::size_t qi = 0; qi < s_->sections[si].questions.size(); ++qi) {
    const QuestionPos pos{si, qi};
    if (!question_required(pos)) continue;
    ++p.required;
    const auto& answer = s_->vars[s_->cells_of(pos).var].answer;
    const auto& q = s_->question(pos);
    const bool answered = q.type == questionnaire::QuestionType::Repeat
                              ? answer.is_array() && static_cast<long long>(answer.size()) >=
                                                         std::max<long long>(1, q.min_count.value_or(1))
                              : !is_unanswered(answer);
    if (answered) ++p.answered;
  }
  return p;
}

Progress Engine::progress() const {
  if (s_->progress_cache.revision == s_->revision) return s_->progress_cache.value;
  Progress p;
  for (std::size_t si = 0; si < s_->sections.size(); ++si) {
    auto& count = s_->section_counts[si];
    if (count.at != s_->section_revision[si]) count = {s_->section_revision[si], section_progress(si)};
    p.required += count.value.required;
    p.answered += count.value.answered;
  }
  s_->progress_cache = {s_->revision, p};
  return p;
}

}  // namespace sw::engine
