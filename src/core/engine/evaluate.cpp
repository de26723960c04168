// evaluate.cpp — evaluating cells, the incremental propagation after an answer changes, and the Engine's
// answer-changing operations.
#include <algorithm>
#include <functional>
#include <queue>

#include "core/engine/engine_state.h"
#include "core/expr/js.h"

namespace sw::engine {

// ---- Scopes ------------------------------------------------------------------------------------------

bool AnswerScope::lookup(const expr::Reference& ref, expr::Value& out) const {
  int var = ref.binding;  // references of compiled cells were resolved once, at compile time
  if (var == kNone) {
    var = s_.find_var_lower(expr::js::to_lower(ref.text));
    if (var == kNone) var = s_.find_var_lower(expr::js::to_lower(ref.root()));
    if (var == kNone) return false;
  }
  const Var& v = s_.vars[var];
  if (ref.segments.size() == 1 || expr::js::to_lower(ref.text) == expr::js::to_lower(v.name)) {
    out = v.value;
    return true;
  }
  // {group[0].field}: look the rest of the path up inside the answer.
  return expr::lookup_in(expr::Value(expr::Members{{v.name, v.value}}), ref, out);
}

expr::Value entry_scope_root(const expr::Value& entry) { return expr::Value(expr::Members{{"entry", entry}}); }

bool is_unanswered(const nlohmann::json& answer) {
  if (answer.is_null()) return true;
  if (answer.is_string()) return expr::js::trim(answer.get_ref<const std::string&>()).empty();
  if (answer.is_array() || answer.is_object()) return answer.empty();
  return false;
}

// ---- Cells -------------------------------------------------------------------------------------------

void EngineState::store(int var, nlohmann::json answer) {
  ++revision;
  mark_var_changed(var);
  vars[var].value = expr::from_json(answer);
  vars[var].answer = std::move(answer);
}

bool EngineState::evaluate_cell(std::uint32_t index) {
  Cell& cell = cells[index];
  AnswerScope answers(*this);
  const bool condition = cell.kind != CellKind::Calculated;
  auto run = [&](const expr::Scope& scope) -> expr::Value {
    ++evaluations;
    if (cell.expression.empty()) return cell.fallback;
    return condition ? expr::Value(expr::evaluate_condition(cell.expression, scope, context))
                     : expr::evaluate(cell.expression, scope, context);
  };
  if (cell.entry_group == kNone) {
    expr::Value result = run(answers);
    if (result == cell.result) return false;
    cell.result = std::move(result);
    ++revision;
    mark_cell_changed(index);
    return true;
  }
  std::vector<expr::Value> results;
  const expr::Value& group = vars[cell.entry_group].value;
  if (group.is_array()) {
    results.reserve(group.as_array().size());
    for (const auto& entry : group.as_array()) {
      expr::ValueScope entry_scope(entry_scope_root(entry));
      results.push_back(run(expr::ChainScope(entry_scope, answers)));
    }
  }
  if (results == cell.entry_results) return false;
  cell.entry_results = std::move(results);
  ++revision;
  mark_cell_changed(index);
  return true;
}

void EngineState::propagate_from(int var) {
  using Item = std::pair<std::uint32_t, std::uint32_t>;  // (rank, cell)
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  auto enqueue_dependents = [&](int v) {
    for (auto ci : dependents(v)) {
      if (cells[ci].queued) continue;
      cells[ci].queued = true;
      queue.emplace(cells[ci].rank, ci);
    }
  };
  enqueue_dependents(var);
  while (!queue.empty()) {
    const auto ci = queue.top().second;
    queue.pop();
    cells[ci].queued = false;
    if (evaluate_cell(ci) && cells[ci].output != kNone) {
      store(cells[ci].output, expr::to_json(cells[ci].result));
      vars[cells[ci].output].value = cells[ci].result;  // keep the exact value (dates stay dates)
      enqueue_dependents(cells[ci].output);
    }
  }
}

void EngineState::evaluate_all() {
  ++revision;
  std::fill(section_revision.begin(), section_revision.end(), revision);  // answers may be set without store()
  std::vector<std::uint32_t> order(cells.size());
  for (std::uint32_t i = 0; i < cells.size(); ++i) order[cells[i].rank] = i;
  for (auto ci : order) {
    evaluate_cell(ci);
    if (cells[ci].output != kNone) {
      store(cells[ci].output, expr::to_json(cells[ci].result));
      vars[cells[ci].output].value = cells[ci].result;
    }
  }
}

// ---- Engine: answers ---------------------------------------------------------------------------------

namespace {
nlohmann::json new_entry(const questionnaire::Question& group) {
  nlohmann::json entry = nlohmann::json::object();
  for (const auto& field : group.fields)
    if (!field.default_value.is_null()) entry[field.id] = field.default_value;
  return entry;
}
}  // namespace

bool Engine::set_answer(std::string_view id, nlohmann::json value) {
  const int var = s_->find_var(id);
  if (var == kNone || s_->vars[var].calculated_cell != kNone) return false;
  if (s_->vars[var].answer == value) return true;
  s_->store(var, std::move(value));
  s_->propagate_from(var);
  clear_hidden_answers_if_asked();
  return true;
}

// With the policy "editing": "clear", an answer is forgotten as soon as its question is hidden. Clearing one may
// hide others, so repeat until nothing changes (at most once per question).
void Engine::clear_hidden_answers_if_asked() {
  if (s_->q.hidden_answers.keep_while_editing) return;
  for (bool cleared = true; cleared;) {
    cleared = false;
    for (std::size_t si = 0; si < s_->sections.size(); ++si) {
      for (std::size_t qi = 0; qi < s_->sections[si].questions.size(); ++qi) {
        const QuestionPos p{si, qi};
        const QuestionCells& qc = s_->cells_of(p);
        if (question_visible(p)) continue;
        for (int var : {qc.var, qc.other_var}) {
          if (var == kNone || s_->vars[var].answer.is_null()) continue;
          s_->store(var, nullptr);
          s_->propagate_from(var);
          cleared = true;
        }
      }
    }
  }
}

const nlohmann::json& Engine::answer(std::string_view id) const {
  static const nlohmann::json kNull;  // immutable: shared "no answer"
  const int var = s_->find_var(id);
  return var == kNone ? kNull : s_->vars[var].answer;
}

void Engine::set_answers(const nlohmann::json& answers) {
  for (auto& var : s_->vars) {
    if (var.calculated_cell != kNone) continue;
    nlohmann::json value = answers.is_object() && answers.contains(var.name) ? answers.at(var.name) : nlohmann::json();
    var.value = expr::from_json(value);
    var.answer = std::move(value);
  }
  s_->evaluate_all();
  clear_hidden_answers_if_asked();
}

nlohmann::json Engine::answers() const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& var : s_->vars)
    if (var.calculated_cell == kNone && !var.answer.is_null()) out[var.name] = var.answer;
  return out;
}

void Engine::reset_to_defaults() {
  nlohmann::json defaults = nlohmann::json::object();
  for (const auto& section : s_->q.sections) {
    for (const auto& question : section.questions) {
      if (question.type == questionnaire::QuestionType::Repeat) {
        nlohmann::json entries = nlohmann::json::array();
        for (long long i = 0; i < question.min_count.value_or(0); ++i) entries.push_back(new_entry(question));
        if (!entries.empty()) defaults[question.id] = std::move(entries);
      } else if (!question.default_value.is_null()) {
        defaults[question.id] = question.default_value;
      }
    }
  }
  set_answers(defaults);
}

void Engine::set_context(expr::EvalContext context) {
  s_->context = context;
  s_->evaluate_all();
}

// ---- Engine: repeat groups ---------------------------------------------------------------------------

namespace {
// The group question and its variable, or nullptr.
const questionnaire::Question* group_of(const EngineState& s, std::string_view id, int& var) {
  const int found = s.find_var(id);
  if (found == kNone) return nullptr;
  const auto* q = s.q.find_question(id);
  if (!q || q->type != questionnaire::QuestionType::Repeat) return nullptr;
  var = found;
  return q;
}
}  // namespace

std::size_t Engine::entry_count(std::string_view group) const {
  const auto& a = answer(group);
  return a.is_array() ? a.size() : 0;
}

bool Engine::add_entry(std::string_view group) {
  int var = kNone;
  const auto* q = group_of(*s_, group, var);
  if (!q) return false;
  nlohmann::json entries = s_->vars[var].answer.is_array() ? s_->vars[var].answer : nlohmann::json::array();
  if (q->max_count && static_cast<long long>(entries.size()) >= *q->max_count) return false;
  entries.push_back(new_entry(*q));
  return set_answer(group, std::move(entries));
}

bool Engine::remove_entry(std::string_view group, std::size_t entry) {
  int var = kNone;
  if (!group_of(*s_, group, var) || entry >= entry_count(group)) return false;
  nlohmann::json entries = s_->vars[var].answer;
  entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(entry));
  return set_answer(group, entries.empty() ? nlohmann::json() : std::move(entries));
}

bool Engine::move_entry(std::string_view group, std::size_t from, std::size_t to) {
  int var = kNone;
  const std::size_t n = entry_count(group);
  if (!group_of(*s_, group, var) || from >= n || to >= n) return false;
  if (from == to) return true;
  nlohmann::json entries = s_->vars[var].answer;
  nlohmann::json moved = entries[from];
  entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(from));
  entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
  return set_answer(group, std::move(entries));
}

bool Engine::set_entry_field(std::string_view group, std::size_t entry, std::string_view field, nlohmann::json value) {
  int var = kNone;
  const auto* q = group_of(*s_, group, var);
  if (!q || entry >= entry_count(group) || !q->find_field(field)) return false;
  nlohmann::json entries = s_->vars[var].answer;
  nlohmann::json& slot = entries[entry];
  // set_answer takes any JSON, so an entry may be a malformed non-object (found by fuzz_engine_answers): it
  // holds no fields, so setting one starts a proper entry instead of throwing.
  if (!slot.is_object()) slot = nlohmann::json::object();
  if (value.is_null())
    slot.erase(std::string(field));
  else
    slot[std::string(field)] = std::move(value);
  return set_answer(group, std::move(entries));
}

// ---- Engine: checking the incremental evaluation ----------------------------------------------------

void Engine::full_reevaluate() { s_->evaluate_all(); }

std::vector<expr::Value> Engine::cached_results() const {
  std::vector<expr::Value> out;
  for (const auto& cell : s_->cells) {
    out.push_back(cell.result);
    out.push_back(expr::Value(expr::Values(cell.entry_results)));
  }
  for (const auto& var : s_->vars) out.push_back(var.value);
  return out;
}

std::size_t Engine::evaluation_count() const { return s_->evaluations; }

std::uint64_t Engine::revision() const { return s_->revision; }

}  // namespace sw::engine
