// compile.cpp — building an Engine: variables for every answer and calculated value, one cell per condition,
// validator and calculation, the checks of every expression, the dependency graph and the evaluation order.
#include <algorithm>

#include "core/engine/engine_state.h"
#include "core/expr/checker.h"
#include "core/expr/js.h"
#include "core/expr/parser.h"

namespace sw::engine {
namespace {

using questionnaire::ExprText;
using questionnaire::Question;
using questionnaire::QuestionType;

// Builds the cells of one questionnaire and reports what is wrong with their expressions.
class Compiler {
 public:
  Compiler(EngineState& s, const std::string& file, Diagnostics& out) : s_(s), file_(file), out_(out) {}

  void run() {
    s_.cells.reserve(count_cells());  // a Cell is big: moving them all on every regrowth showed in profiles
    declare_variables();
    for (std::size_t si = 0; si < s_.q.sections.size(); ++si) compile_section(si);
    for (std::size_t ci = 0; ci < s_.q.calculated.size(); ++ci) compile_calculated(ci);
    link_dependencies();
    order_calculations();
  }

 private:
  int add_var(const std::string& name) {
    const int index = static_cast<int>(s_.vars.size());
    Var& var = s_.vars.emplace_back();  // in place: a Var is not small
    var.name = name;
    var.lower_name = expr::js::to_lower(name);
    // The first of a name wins both look-ups (a duplicate id is reported by the loader).
    s_.var_by_name.insert(var.name, index, [this](int i) -> const std::string& { return s_.vars[i].name; });
    s_.var_by_lower.insert(var.lower_name, index,
                           [this](int i) -> const std::string& { return s_.vars[i].lower_name; });
    return index;
  }

  // How many cells add_cell will make: one per condition present, validator and calculated value.
  std::size_t count_cells() const {
    const auto conditions = [](const questionnaire::Conditions& c) {
      return std::size_t{c.visible_if.has_value()} + c.enable_if.has_value() + c.required_if.has_value();
    };
    const auto field = [&](const Question& q) {
      std::size_t n = conditions(q.conditions) + q.validators.size();
      for (const auto& choice : q.choices) n += choice.conditions.visible_if.has_value();
      return n;
    };
    std::size_t n = s_.q.calculated.size();
    for (const auto& section : s_.q.sections) {
      n += conditions(section.conditions);
      for (const Question& question : section.questions) {
        n += field(question);
        for (const Question& f : question.fields) n += field(f);
      }
    }
    return n;
  }

  void declare_variables() {
    std::size_t names = s_.q.calculated.size();
    for (const auto& section : s_.q.sections)
      for (const Question& question : section.questions) names += question.allow_other ? 2 : 1;
    s_.vars.reserve(names);
    s_.var_by_name.reserve(names);
    s_.var_by_lower.reserve(names);
    symbols_.reserve(names);
    s_.sections.resize(s_.q.sections.size());
    for (std::size_t si = 0; si < s_.q.sections.size(); ++si) {
      const auto& section = s_.q.sections[si];
      s_.sections[si].questions.resize(section.questions.size());
      for (std::size_t qi = 0; qi < section.questions.size(); ++qi) {
        const Question& question = section.questions[qi];
        QuestionCells& qc = s_.sections[si].questions[qi];
        qc.var = add_var(question.id);
        if (question.type == QuestionType::Repeat) {
          std::vector<std::string> fields;
          for (const auto& f : question.fields) fields.push_back(f.id);
          symbols_.add_group(question.id, std::move(fields));
        } else {
          symbols_.add_value(question.id);
        }
        if (question.allow_other) {
          const std::string other = question.id + std::string(questionnaire::kOtherSuffix);
          qc.other_var = add_var(other);
          symbols_.add_value(other);
        }
      }
    }
    for (const auto& c : s_.q.calculated) {
      add_var(c.id);
      symbols_.add_value(c.id);
    }
  }

  // A cell for `text` (kNone when there is no expression and `always` is false).
  int add_cell(CellKind kind, const ExprText* text, expr::Value fallback, int entry_group,
               const expr::Symbol* entry_symbol, bool always = false) {
    if (!text && !always) return kNone;
    Cell cell;
    cell.kind = kind;
    cell.fallback = fallback;
    cell.result = fallback;
    cell.entry_group = entry_group;
    if (text) cell.expression = compile_text(*text, entry_symbol);
    const int index = static_cast<int>(s_.cells.size());
    s_.cells.push_back(std::move(cell));
    return index;
  }

  expr::Expression compile_text(const ExprText& text, const expr::Symbol* entry_symbol) {
    auto parsed = expr::parse(text.text, {}, parse_lists_);
    if (!parsed.ok()) {
      report(text, *parsed.error);
      return {};
    }
    expr::CheckOptions options;
    options.symbols = &symbols_;
    options.entry_group = entry_symbol;
    bool broken = false;
    for (const auto& issue : expr::check(parsed.expression, options)) {
      report(text, issue);
      broken = broken || issue.severity == Severity::Error;
    }
    if (broken) return {};  // a broken expression behaves as if absent (the error is reported)
    return std::move(parsed.expression);
  }

  void report(const ExprText& text, const expr::Issue& issue) {
    Diagnostic d = issue.to_diagnostic();
    d.file = file_;
    d.json_path = text.json_path;
    d.line = text.line;
    d.column = text.column;
    d.message += " in \"" + excerpt(text.text) + "\"";
    out_.push_back(std::move(d));
  }

  // The expression as quoted in a message: whole when short, else its start (cut between UTF-8 characters),
  // so a 60 KB expression bomb gives a readable message; the column says where the problem is.
  static std::string excerpt(const std::string& expression) {
    constexpr std::size_t kMax = 120;
    if (expression.size() <= kMax) return expression;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(expression[cut]) & 0xC0) == 0x80) --cut;
    return expression.substr(0, cut) + "... (" + std::to_string(expression.size()) + " bytes)";
  }

  void report(const std::string& json_path, std::string message) {
    out_.push_back(Diagnostic{Severity::Error, file_, json_path, 0, 0, 0, std::move(message)});
  }

  FieldCells compile_field(const Question& question, int entry_group, const expr::Symbol* entry_symbol) {
    FieldCells fc;
    const auto& c = question.conditions;
    fc.visible = add_cell(CellKind::Visible, c.visible_if ? &*c.visible_if : nullptr, true, entry_group, entry_symbol);
    fc.enable = add_cell(CellKind::Enable, c.enable_if ? &*c.enable_if : nullptr, true, entry_group, entry_symbol);
    fc.required =
        add_cell(CellKind::Required, c.required_if ? &*c.required_if : nullptr, false, entry_group, entry_symbol);
    fc.choices.reserve(question.choices.size());
    fc.validators.reserve(question.validators.size());
    for (const auto& choice : question.choices) {
      const auto& v = choice.conditions.visible_if;
      fc.choices.push_back(add_cell(CellKind::ChoiceVisible, v ? &*v : nullptr, true, entry_group, entry_symbol));
    }
    for (const auto& validator : question.validators)
      fc.validators.push_back(
          add_cell(CellKind::Validator, &validator.expression, true, entry_group, entry_symbol, true));
    if (question.validation.pattern) {
      auto compiled = pattern::compile(*question.validation.pattern);
      if (compiled.pattern)
        fc.pattern = std::move(compiled.pattern);
      else
        report(question.json_path + "/validation/pattern",
               "the pattern \"" + excerpt(*question.validation.pattern) + "\" cannot be used: error " +
                   compiled.error->text());
    }
    return fc;
  }

  void compile_section(std::size_t si) {
    const auto& section = s_.q.sections[si];
    SectionCells& sc = s_.sections[si];
    const auto& c = section.conditions;
    sc.visible = add_cell(CellKind::Visible, c.visible_if ? &*c.visible_if : nullptr, true, kNone, nullptr);
    sc.enable = add_cell(CellKind::Enable, c.enable_if ? &*c.enable_if : nullptr, true, kNone, nullptr);
    for (std::size_t qi = 0; qi < section.questions.size(); ++qi) {
      const Question& question = section.questions[qi];
      QuestionCells& qc = sc.questions[qi];
      qc.own = compile_field(question, kNone, nullptr);
      if (question.type != QuestionType::Repeat) continue;
      const expr::Symbol* group = symbols_.find(question.id);
      for (const auto& field : question.fields) qc.fields.push_back(compile_field(field, qc.var, group));
    }
  }

  void compile_calculated(std::size_t ci) {
    const auto& c = s_.q.calculated[ci];
    const int var = s_.find_var(c.id);
    const int cell = add_cell(CellKind::Calculated, &c.expression, expr::Value(), kNone, nullptr, true);
    s_.cells[cell].output = var;
    s_.vars[var].calculated_cell = cell;
  }

  int resolve(const expr::Reference& ref) const {
    const int var = s_.find_var_lower(expr::js::to_lower(ref.text));  // a dotted name ("platform.other") wins
    return var != kNone ? var : s_.find_var_lower(expr::js::to_lower(ref.root()));
  }

  void link_dependencies() {
    // Every (variable, cell) read, each once per cell; then grouped by variable (a counting sort, which keeps
    // each variable's cells in cell order).
    std::vector<std::pair<int, std::uint32_t>> reads;
    std::vector<int> cell_reads;
    for (std::uint32_t ci = 0; ci < s_.cells.size(); ++ci) {
      Cell& cell = s_.cells[ci];
      cell_reads.clear();
      if (cell.entry_group != kNone) cell_reads.push_back(cell.entry_group);
      for (auto& ref : cell.expression.references) {
        // Stored in the reference itself: evaluation and the ordering below read it without a look-up.
        ref.binding = resolve(ref);
        if (ref.binding != kNone) cell_reads.push_back(ref.binding);
      }
      std::sort(cell_reads.begin(), cell_reads.end());
      cell_reads.erase(std::unique(cell_reads.begin(), cell_reads.end()), cell_reads.end());
      for (int var : cell_reads) reads.emplace_back(var, ci);
    }
    auto& begin = s_.dependents_begin;
    begin.assign(s_.vars.size() + 1, 0);
    for (const auto& [var, cell] : reads) ++begin[var + 1];
    for (std::size_t v = 0; v < s_.vars.size(); ++v) begin[v + 1] += begin[v];
    std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
    s_.dependent_cells.resize(reads.size());
    for (const auto& [var, cell] : reads) s_.dependent_cells[next[var]++] = cell;
  }

  // Calculated values are evaluated before everything else, each after the values it reads (Kahn's algorithm);
  // those left over are in a cycle, which is reported and broken.
  void order_calculations() {
    std::vector<std::uint32_t> calc_cells;
    std::vector<int> pending(s_.cells.size(), 0);
    for (std::uint32_t ci = 0; ci < s_.cells.size(); ++ci) {
      if (s_.cells[ci].kind != CellKind::Calculated) continue;
      calc_cells.push_back(ci);
      for (const auto& ref : s_.cells[ci].expression.references)
        if (ref.binding != kNone && s_.vars[ref.binding].calculated_cell != kNone) ++pending[ci];
    }
    std::vector<std::uint32_t> ready, order;
    for (auto ci : calc_cells)
      if (pending[ci] == 0) ready.push_back(ci);
    while (!ready.empty()) {
      const auto ci = ready.back();
      ready.pop_back();
      order.push_back(ci);
      for (auto dependent : s_.dependents(s_.cells[ci].output)) {
        if (s_.cells[dependent].kind != CellKind::Calculated) continue;
        // one decrement per reference of the dependent to this variable
        for (const auto& ref : s_.cells[dependent].expression.references)
          if (ref.binding == s_.cells[ci].output && --pending[dependent] == 0) ready.push_back(dependent);
      }
    }
    for (auto ci : calc_cells) {
      if (pending[ci] == 0) continue;
      report_cycle(ci, pending);
    }
    for (auto ci : calc_cells) {
      if (pending[ci] != 0) {
        s_.cells[ci].expression = {};  // broken: evaluates to null
        order.push_back(ci);
      }
    }
    std::uint32_t rank = 0;
    for (auto ci : order) s_.cells[ci].rank = rank++;
    for (auto& cell : s_.cells)
      if (cell.kind != CellKind::Calculated) cell.rank = rank++;
  }

  // Follows references to still-pending calculated values from `start` until one repeats: that is the cycle.
  void report_cycle(std::uint32_t start, const std::vector<int>& pending) {
    std::vector<std::uint32_t> path{start};
    std::vector<std::uint32_t> cycle;
    for (std::uint32_t at = start; cycle.empty();) {
      int next = kNone;
      for (const auto& ref : s_.cells[at].expression.references) {
        const int cell = ref.binding == kNone ? kNone : s_.vars[ref.binding].calculated_cell;
        if (cell != kNone && pending[cell] != 0) {
          next = cell;
          break;
        }
      }
      if (next == kNone) return;  // cannot happen: a pending value always reads another pending one
      auto seen = std::find(path.begin(), path.end(), static_cast<std::uint32_t>(next));
      if (seen != path.end()) cycle.assign(seen, path.end());
      path.push_back(static_cast<std::uint32_t>(next));
      at = static_cast<std::uint32_t>(next);
    }
    std::string text;
    for (auto ci : cycle) text += s_.vars[s_.cells[ci].output].name + " -> ";
    text += s_.vars[s_.cells[cycle.front()].output].name;
    const std::string& name = s_.vars[s_.cells[start].output].name;
    const bool member = std::find(cycle.begin(), cycle.end(), start) != cycle.end();
    const auto& calc = *s_.q.find_calculated(name);
    out_.push_back(Diagnostic{Severity::Error, file_, calc.expression.json_path, calc.expression.line,
                              calc.expression.column, 0,
                              member ? "calculated value '" + name + "' depends on itself: " + text
                                     : "calculated value '" + name + "' cannot be computed: it depends on the cycle " +
                                           text});
  }

  EngineState& s_;
  const std::string& file_;
  Diagnostics& out_;
  expr::SymbolTable symbols_;
  expr::ParseLists parse_lists_;  // reused by every parse
};

}  // namespace

Engine::Engine(questionnaire::Questionnaire q, const json::SourceMap* map, std::string file, Diagnostics& diagnostics,
               expr::EvalContext context)
    : s_(std::make_unique<EngineState>()) {
  s_->q = std::move(q);
  s_->context = context;
  const std::size_t first_new = diagnostics.size();
  Compiler(*s_, file, diagnostics).run();
  s_->index_sections();
  // Locate only what was reported: the source map is built on the first look-up, so a clean questionnaire
  // never pays for it.
  if (map != nullptr)
    for (std::size_t i = first_new; i < diagnostics.size(); ++i) {
      Diagnostic& d = diagnostics[i];
      if (d.line != 0 || d.json_path.empty()) continue;
      const json::Location at = map->locate(d.json_path);
      d.line = at.line;
      d.column = at.column;
    }
  reset_to_defaults();
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const questionnaire::Questionnaire& Engine::questionnaire() const { return s_->q; }

}  // namespace sw::engine
