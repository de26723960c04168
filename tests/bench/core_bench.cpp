// core_bench.cpp — the engine benchmarks that run both natively and compiled to WebAssembly (under node), with
// the portable harness of timing.h, so the native/WASM gap is measured on identical code. One JSON line per
// result (tests/bench/run.sh turns them into the table of docs/performance.md).
//   scopewright_bench_core [--sizes 100,1000,10000] [--engagements 1000] [--only NAME] [--runs N]
//                          run (NAME: load, load_validate, ..., workspace_load, workspace_save, ...; see main)
//   scopewright_bench_core --write DIR   write the synthetic questionnaires and answers as JSON files instead
//                                        (for the browser and survey-core benchmarks of run.sh)
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/engagement/autosave.h"
#include "core/engagement/edit.h"
#include "core/engagement/workspace.h"
#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"
#include "synthetic_questionnaire.h"
#include "synthetic_workspace.h"
#include "timing.h"

namespace {

using namespace sw;

// MemoryStorage that counts the characters written (what a browser's storage would have to take).
class CountingStorage final : public Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override { return inner.get(key); }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    bytes += value.size();
    return inner.set(key, value, error);
  }
  void remove(const std::string& key) override { inner.remove(key); }
  MemoryStorage inner;
  std::size_t bytes = 0;
};

std::unique_ptr<engine::Engine> load(const std::string& text) {
  auto loaded = questionnaire::load_questionnaire(text, "synthetic.json");
  Diagnostics ds = loaded.diagnostics;
  auto e = std::make_unique<engine::Engine>(std::move(loaded.questionnaire), &loaded.source_map, "synthetic.json", ds,
                                            expr::EvalContext::at(2026, 11, 22));
  if (has_errors(ds)) {
    std::fprintf(stderr, "synthetic questionnaire has errors\n");
    std::exit(1);
  }
  return e;
}

int g_runs = 0;  // --runs N: every case runs N times (for profiling under callgrind); 0: the defaults below

// Fewer runs for the big sizes, enough for a stable median.
int runs_for(int questions, int small, int big) {
  if (g_runs > 0) return g_runs;
  return questions >= 10000 ? big : questions >= 1000 ? (small + big) / 2 : small;
}

void run_size(int n, const std::string& only) {
  bench::SyntheticOptions o;
  o.questions = n;
  const std::string text = bench::synthetic_questionnaire(o).dump();
  const nlohmann::json answers = bench::synthetic_answers(o);
  auto want = [&](const char* name) { return only.empty() || only == name; };

  if (want("load"))
    bench::print_result("load", n, bench::time_runs(runs_for(n, 100, 15), 2, [&] {
      auto r = questionnaire::load_questionnaire(text, "synthetic.json");
      if (!r.ok()) std::abort();
    }), "\"json_bytes\":" + std::to_string(text.size()));
  if (want("load_validate"))
    bench::print_result("load_validate", n, bench::time_runs(runs_for(n, 100, 15), 2, [&] { load(text); }));

  auto e = load(text);
  if (want("full_evaluation"))
    bench::print_result("full_evaluation", n, bench::time_runs(runs_for(n, 100, 20), 2, [&] { e->set_answers(answers); }));
  e->set_answers(answers);

  if (want("incremental")) {
    // One answer changes per run; each run changes the next of the spread-out number questions to a new value.
    const auto ids = bench::changed_questions(n);
    std::size_t k = 0;
    const std::size_t evals_before = e->evaluation_count();
    const int runs = 2000, warmup = 100;
    auto t = bench::time_runs(runs, warmup, [&] {
      const std::string& id = ids[k++ % ids.size()];
      e->set_answer(id, (e->answer(id).get<int>() + 1) % 7);
    });
    const double evals = static_cast<double>(e->evaluation_count() - evals_before) / (runs + warmup);
    char extra[64];
    std::snprintf(extra, sizeof extra, "\"evaluations_per_change\":%.1f", evals);
    bench::print_result("incremental", n, t, extra);
  }
  if (want("export"))
    bench::print_result("export", n, bench::time_runs(runs_for(n, 100, 20), 2, [&] { e->export_answers(); }));
  if (want("progress"))
    bench::print_result("progress", n, bench::time_runs(runs_for(n, 200, 100), 5, [&] { e->progress(); }));
}

// The engagement workspace (docs/engagement.md): n engagements loaded, saved, and autosaved after one edit.
void run_workspace(int n, const std::string& only) {
  auto want = [&](const char* name) { return only.empty() || only == name; };
  bench::SyntheticWorkspaceOptions o;
  o.engagements = n;
  const engagement::Workspace w = bench::synthetic_workspace(o);
  const std::string text = engagement::to_json(w).dump();  // compact, as autosave stores it
  const std::string size = "\"json_bytes\":" + std::to_string(text.size());
  {
    const auto check = engagement::load_workspace(text, "workspace.json");
    if (!check.diagnostics.empty() || check.workspace.engagements.size() != w.engagements.size()) {
      std::fprintf(stderr, "synthetic workspace does not read back cleanly: %s\n",
                   check.diagnostics.empty() ? "engagements lost" : check.diagnostics[0].message.c_str());
      std::exit(1);
    }
  }
  if (want("workspace_load"))  // parse + check every engagement (what opening a workspace file does)
    bench::print_result("workspace_load", n, bench::time_runs(runs_for(0, 10, 10), 1, [&] {
      if (!engagement::load_workspace(text, "workspace.json").ok()) std::abort();
    }), size, "engagements");
  if (want("workspace_save"))  // the model to compact JSON text (what every autosave writes)
    bench::print_result("workspace_save", n, bench::time_runs(runs_for(0, 10, 10), 1, [&] {
      if (engagement::to_json(w).dump().size() < text.size() / 2) std::abort();
    }), size, "engagements");
  if (want("workspace_restore")) {  // app start: Autosave::load reads the index and each engagement's copy
    MemoryStorage storage;
    engagement::Autosave saver(storage);
    saver.save(w, "2026-11-30T10:00:00Z");
    bench::print_result("workspace_restore", n, bench::time_runs(runs_for(0, 5, 5), 1, [&] {
      if (!engagement::Autosave(storage).load().found) std::abort();
    }), size, "engagements");
  }
  if (want("edit_autosave")) {
    // One edit of one engagement (apply checks that the engagement still reads back) followed by the autosave
    // the app makes after it: the session tells Autosave::save which engagement changed, so only that one is
    // serialised and written, with the index. The first save of a session writes everything; the runs time
    // the steady state after it.
    engagement::Workspace edited = w;
    CountingStorage storage;
    engagement::Autosave saver(storage);
    saver.save(edited, "2026-11-30T10:00:00Z");
    int k = 0;
    auto& target = edited.engagements[edited.engagements.size() / 2];
    const std::set<std::string> changed{target.id};
    const auto edit = [&] {
      const auto cmd = engagement::set_field("/customer/technical_notes", "Edited " + std::to_string(++k), "Edit notes", true);
      if (!engagement::apply(target, cmd).ok()) std::abort();
    };
    storage.bytes = 0;
    int saves = 0;
    auto t = bench::time_runs(runs_for(0, 10, 10), 1, [&] {
      edit();
      if (!saver.save(edited, "2026-11-30T10:00:02Z", changed).ok) std::abort();
      ++saves;
    });
    bench::print_result("edit_autosave", n, t, size + ",\"bytes_written_per_save\":" + std::to_string(storage.bytes / saves),
                        "engagements");
    // The same, but comparing every engagement with its stored copy (Session::save_now, an import): each one is
    // serialised and hashed, still only the edited one is written.
    storage.bytes = 0;
    saves = 0;
    t = bench::time_runs(runs_for(0, 10, 10), 1, [&] {
      edit();
      if (!saver.save(edited, "2026-11-30T10:00:03Z").ok) std::abort();
      ++saves;
    });
    bench::print_result("edit_autosave_compare_all", n, t,
                        size + ",\"bytes_written_per_save\":" + std::to_string(storage.bytes / saves), "engagements");
    bench::print_result("edit_only", n, bench::time_runs(runs_for(0, 50, 50), 2, edit), "", "engagements");
  }
}

void write(const std::string& dir, const std::string& name, const nlohmann::json& j) {
  std::ofstream out(dir + "/" + name);
  out << j.dump();
  if (!out) {
    std::fprintf(stderr, "cannot write %s/%s\n", dir.c_str(), name.c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes = {100, 1000, 10000};
  std::string only, write_dir;
  int engagements = 1000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      for (const char* p = argv[++i]; *p;) {
        char* end = nullptr;
        sizes.push_back(static_cast<int>(std::strtol(p, &end, 10)));
        p = *end == ',' ? end + 1 : end;
        if (end == p && *p) break;
      }
    } else if (a == "--runs" && i + 1 < argc) {
      g_runs = std::atoi(argv[++i]);
    } else if (a == "--engagements" && i + 1 < argc) {
      engagements = std::atoi(argv[++i]);
    } else if (a == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else if (a == "--write" && i + 1 < argc) {
      write_dir = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: %s [--sizes 100,1000,10000] [--engagements 1000] [--only NAME] [--runs N] | --write DIR\n"
                   "  NAME: load load_validate full_evaluation incremental export progress (per questionnaire size),\n"
                   "        workspace_load workspace_save workspace_restore edit_autosave (a workspace of N engagements;\n"
                   "        edit_autosave also prints edit_autosave_compare_all and edit_only; --engagements 0 leaves them out)\n"
                   "  --runs N: N timed runs of every case instead of the defaults (e.g. 3 under callgrind)\n",
                   argv[0]);
      return 2;
    }
  }
  if (!write_dir.empty()) {
    for (int n : sizes) {
      sw::bench::SyntheticOptions o;
      o.questions = n;
      write(write_dir, "q-" + std::to_string(n) + ".json", sw::bench::synthetic_questionnaire(o));
      write(write_dir, "answers-" + std::to_string(n) + ".json", sw::bench::synthetic_answers(o));
    }
    sw::bench::SyntheticOptions big_section;  // the runner's scrolling benchmark: 2,000 questions in one section
    big_section.questions = 2000;
    big_section.section_size = 2000;
    write(write_dir, "q-2000-one-section.json", sw::bench::synthetic_questionnaire(big_section));
    write(write_dir, "answers-2000-one-section.json", sw::bench::synthetic_answers(big_section));
    return 0;
  }
  const bool workspace_only = only.rfind("workspace_", 0) == 0 || only == "edit_autosave";
  if (!workspace_only)
    for (int n : sizes) run_size(n, only);
  if (engagements > 0 && (only.empty() || workspace_only)) run_workspace(engagements, only);
  return 0;
}
