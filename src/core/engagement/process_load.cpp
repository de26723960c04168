// process_load.cpp — reads and checks process definitions (stages, moves, guards).
#include <map>
#include <set>

#include "core/engagement/guard_view.h"
#include "core/engagement/process.h"
#include "core/expr/checker.h"
#include "core/expr/parser.h"
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::engagement {

const std::vector<std::string_view>& enum_names(StageKind) {
  static const std::vector<std::string_view> n{"active", "on_hold", "terminal"};
  return n;
}

const Stage* Process::stage(std::string_view stage_id) const {
  for (const auto& s : stages)
    if (s.id == stage_id) return &s;
  return nullptr;
}
const Move* Process::find_move(std::string_view from, std::string_view to) const {
  for (const auto& m : moves)
    if (m.from == from && m.to == to) return &m;
  return nullptr;
}
std::vector<const Move*> Process::moves_from(std::string_view from) const {
  std::vector<const Move*> out;
  for (const auto& m : moves)
    if (m.from == from) out.push_back(&m);
  return out;
}
std::size_t Process::stage_index(std::string_view stage_id) const {
  for (std::size_t i = 0; i < stages.size(); ++i)
    if (stages[i].id == stage_id) return i;
  return stages.size();
}

namespace {

using json::Need;
using json::ObjectReader;

class ProcessLoader {
 public:
  explicit ProcessLoader(json::Reporter& r) : r_(r), symbols_(guard_symbols()) {}

  void load(const nlohmann::json& doc, Process& p) {
    ObjectReader root(doc, "", r_);
    if (!root.valid()) return;
    root.ignore("$schema");
    auto format = root.string("format", Need::Required);
    if (!format) return;
    bool fatal = false;
    int minor = 0;
    std::string problem =
        questionnaire::check_format_tag(*format, kProcessFormatName, kProcessFormatMajor, kProcessFormatMinor, fatal, minor);
    if (fatal) return r_.error(root.path("format"), problem);
    if (!problem.empty()) r_.warning(root.path("format"), problem);

    if (auto id = root.string("id", Need::Required)) {
      p.id = *id;
      if (!questionnaire::is_slug(p.id))
        r_.error(root.path("id"), json::describe(nlohmann::json(p.id)) +
                                      " is not a valid process id: use lower-case letters, digits, '.', '_' and '-'");
    }
    p.version = root.non_empty_string("version", Need::Required).value_or("");
    p.title = root.non_empty_string("title", Need::Required).value_or("");
    p.description = root.string("description").value_or("");
    if (const auto* stages = root.array("stages", Need::Required)) {
      if (stages->empty()) r_.error(root.path("stages"), "expected at least one stage but got an empty array");
      for (std::size_t i = 0; i < stages->size(); ++i) stage((*stages)[i], json::child(root.path("stages"), i), p);
    }
    auto initial = root.string("initial_stage");
    if (initial) {
      p.initial_stage = *initial;
      if (!p.stage(*initial)) unknown_stage(root.path("initial_stage"), *initial);
    } else if (!p.stages.empty()) {
      p.initial_stage = p.stages.front().id;
    }
    if (const auto* moves = root.array("moves", Need::Required))
      for (std::size_t i = 0; i < moves->size(); ++i) move((*moves)[i], json::child(root.path("moves"), i), p);
    root.report_unknown();
    if (!has_errors(r_.diagnostics())) reachability(p, root.path("stages"));
  }

 private:
  void stage(const nlohmann::json& value, const std::string& pointer, Process& p) {
    ObjectReader r(value, pointer, r_);
    if (!r.valid()) return;
    Stage s;
    if (auto id = r.string("id", Need::Required)) {
      s.id = *id;
      if (!questionnaire::is_identifier(s.id))
        r_.error(r.path("id"), json::describe(nlohmann::json(s.id)) +
                                   " is not a valid stage id: use letters, digits and '_', not starting with a digit");
      auto [it, inserted] = stage_paths_.emplace(s.id, r.path("id"));
      if (!inserted) r_.error(r.path("id"), "duplicate stage id \"" + s.id + "\": first defined at " + it->second + r_.where(it->second));
    }
    s.label = r.non_empty_string("label", Need::Required).value_or(s.id);
    s.description = r.string("description").value_or("");
    if (auto kind = r.one_of("kind", enum_names(StageKind{}), Need::Required))
      for (std::size_t i = 0; i < enum_names(StageKind{}).size(); ++i)
        if (enum_names(StageKind{})[i] == *kind) s.kind = static_cast<StageKind>(i);
    r.report_unknown();
    p.stages.push_back(std::move(s));
  }

  void move(const nlohmann::json& value, const std::string& pointer, Process& p) {
    ObjectReader r(value, pointer, r_);
    if (!r.valid()) return;
    std::vector<std::pair<std::string, std::string>> sources;  // stage id, pointer
    if (const auto* from = r.any("from", Need::Required)) {
      if (from->is_string() && from->get<std::string>() == "*") {
        for (const auto& s : p.stages)
          if (s.kind == StageKind::Active) sources.emplace_back(s.id, r.path("from"));
      } else if (from->is_string()) {
        sources.emplace_back(from->get<std::string>(), r.path("from"));
      } else if (from->is_array() && !from->empty()) {
        for (std::size_t i = 0; i < from->size(); ++i) {
          const std::string at = json::child(r.path("from"), i);
          if ((*from)[i].is_string()) sources.emplace_back((*from)[i].get<std::string>(), at);
          else r_.error(at, "expected a stage id but got " + json::describe((*from)[i]));
        }
      } else {
        r_.error(r.path("from"), "expected a stage id, a non-empty array of stage ids or \"*\" (every active stage) but got " +
                                     json::describe(*from));
      }
    }
    std::string to = r.string("to", Need::Required).value_or("");
    const Stage* target = to.empty() ? nullptr : p.stage(to);
    if (!to.empty() && !target) unknown_stage(r.path("to"), to);
    std::string label = r.string("label").value_or(target ? target->label : to);
    std::vector<Guard> guards;
    if (const auto* list = r.array("guards"))
      for (std::size_t i = 0; i < list->size(); ++i) guard((*list)[i], json::child(r.path("guards"), i), guards);
    r.report_unknown();

    for (const auto& [from, at] : sources) {
      const Stage* source = p.stage(from);
      if (!source) {
        unknown_stage(at, from);
        continue;
      }
      if (source->kind == StageKind::Terminal) {
        r_.error(at, "stage \"" + from + "\" is terminal: no move may leave it");
        continue;
      }
      if (from == to) {
        r_.error(at, "a move from \"" + from + "\" to itself is not a move");
        continue;
      }
      if (!target) continue;
      auto [it, inserted] = move_paths_.emplace(from + "\n" + to, pointer);
      if (!inserted) {
        r_.error(at, "duplicate move from \"" + from + "\" to \"" + to + "\": first defined at " + it->second +
                         r_.where(it->second));
        continue;
      }
      p.moves.push_back(Move{from, to, label, guards, pointer});
    }
  }

  void guard(const nlohmann::json& value, const std::string& pointer, std::vector<Guard>& out) {
    ObjectReader r(value, pointer, r_);
    if (!r.valid()) return;
    Guard g;
    g.require = r.non_empty_string("require", Need::Required).value_or("");
    g.message = r.non_empty_string("message", Need::Required).value_or("");
    g.json_path = r.path("require");
    r.report_unknown();
    if (g.require.empty()) return;
    auto parsed = expr::parse(g.require);
    if (!parsed.ok()) return expression_issue(g.json_path, *parsed.error);
    expr::CheckOptions options;
    options.symbols = &symbols_;
    bool bad = false;
    for (const auto& issue : expr::check(parsed.expression, options)) {
      expression_issue(g.json_path, issue);
      bad = bad || issue.severity == Severity::Error;
    }
    if (bad) return;
    g.expression = std::move(parsed.expression);
    out.push_back(std::move(g));
  }

  void expression_issue(const std::string& pointer, const expr::Issue& issue) {
    Diagnostic d = issue.to_diagnostic();
    d.file = r_.file();
    d.json_path = pointer;
    const json::Location at = r_.locate(pointer);
    d.line = at.line;
    d.column = at.column;
    if (issue.message.rfind("unknown reference", 0) == 0)
      d.message += " (guards read the engagement fields listed in docs/process.md)";
    r_.diagnostics().push_back(std::move(d));
  }

  void unknown_stage(const std::string& pointer, const std::string& id) {
    std::vector<std::string_view> names;
    for (const auto& [name, at] : stage_paths_) names.push_back(name);
    std::string message = "unknown stage \"" + id + "\"";
    std::string near = json::closest(id, names);
    if (!near.empty()) message += " (did you mean \"" + near + "\"?)";
    r_.error(pointer, message);
  }

  // Stages no move reaches are probably a mistake in the definition, but harmless: a warning.
  void reachability(const Process& p, const std::string& stages_pointer) {
    std::set<std::string> reached{p.initial_stage};
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& m : p.moves)
        if (reached.count(m.from) && reached.insert(m.to).second) grew = true;
    }
    for (std::size_t i = 0; i < p.stages.size(); ++i)
      if (!reached.count(p.stages[i].id))
        r_.warning(json::child(stages_pointer, i),
                   "stage \"" + p.stages[i].id + "\" cannot be reached from the initial stage \"" + p.initial_stage + "\"");
  }

  json::Reporter& r_;
  expr::SymbolTable symbols_;
  std::map<std::string, std::string> stage_paths_, move_paths_;
};

}  // namespace

ProcessLoadResult process_from_json(const nlohmann::json& doc, std::string_view file, const json::SourceMap* map) {
  ProcessLoadResult result;
  json::Reporter reporter(std::string(file), map, result.diagnostics);
  ProcessLoader(reporter).load(doc, result.process);
  return result;
}

ProcessLoadResult load_process(std::string_view text, std::string_view file) {
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    ProcessLoadResult r;
    r.diagnostics = std::move(doc.diagnostics);
    return r;
  }
  ProcessLoadResult r = process_from_json(doc.value, file, &doc.source_map);
  r.diagnostics.insert(r.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
  return r;
}

}  // namespace sw::engagement
