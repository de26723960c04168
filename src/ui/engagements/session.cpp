// session.cpp — the editor's state and its edits, moves, undo and autosave (see session.h).
#include "ui/engagements/session.h"

#include <algorithm>

namespace sw::ui::engagements {
namespace {
constexpr double kSaveDelaySeconds = 0.5;  // well within a second of the change
constexpr const char* kDefaultProcesses[] = {"loadbalancer", "six_phase", "go_no_go"};

std::string first_error(const Diagnostics& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::Error) return format(d);
  return ds.empty() ? std::string() : format(ds.front());
}
}  // namespace

Session::Session(EditorServices services, Storage& storage)
    : services_(std::move(services)), storage_(storage), autosave_(storage) {
  if (auto provider = storage_.get(kProviderKey)) provider_ = *provider;
  load_processes();
  if (services_.read_file) {
    const std::string file = services_.assets_dir + "/prefill/loadbalancer.json";
    if (auto text = services_.read_file(file)) {
      auto loaded = engagement::load_prefill_mapping(*text, "prefill/loadbalancer.json");
      if (loaded.ok()) mapping_ = std::move(loaded.mapping);
      else load_problems += first_error(loaded.diagnostics) + "\n";
    }
  }
  auto recovered = autosave_.load();
  if (recovered.found) {
    workspace_ = std::move(recovered.workspace);
    saved_at = recovered.saved_at;
    if (recovered.recovered) notice = recovered.message;
    if (recovered.migrated) changed("");  // saved by an earlier version: convert to one copy per engagement soon
  } else if (!recovered.message.empty()) {
    notice = recovered.message;
  }
}

void Session::load_processes() {
  if (!services_.read_file) return;
  std::vector<std::string> ids;
  if (services_.list_json) ids = services_.list_json(services_.assets_dir + "/processes");
  if (ids.empty()) ids.assign(std::begin(kDefaultProcesses), std::end(kDefaultProcesses));
  // The default process first.
  std::stable_partition(ids.begin(), ids.end(), [](const std::string& id) { return id == "loadbalancer"; });
  for (const auto& id : ids) {
    const std::string file = "processes/" + id + ".json";
    auto text = services_.read_file(services_.assets_dir + "/" + file);
    if (!text) continue;
    auto loaded = engagement::load_process(*text, file);
    if (loaded.ok()) processes_.push_back(std::move(loaded.process));
    else load_problems += first_error(loaded.diagnostics) + "\n";
  }
}

void Session::set_provider(const std::string& name) {
  if (name == provider_) return;
  provider_ = name;
  ++revision_;  // previews depend on it
  std::string why;
  if (!storage_.set(kProviderKey, name, why)) error = "The provider name could not be saved: " + why;
}

const engagement::Process* Session::process_for(const engagement::Engagement& e) const {
  for (const auto& p : processes_)
    if (p.id == e.process_id && p.version == e.process_version) return &p;
  return nullptr;
}

const engagement::Process* Session::find_process(std::string_view id) const {
  for (const auto& p : processes_)
    if (p.id == id) return &p;
  return nullptr;
}

bool Session::apply(engagement::Engagement& e, const engagement::Command& command) {
  if (command.ops.empty()) return false;
  const Diagnostics ds = undo_[e.id].apply(e, command);
  if (has_errors(ds)) {
    error = "Not changed: " + first_error(ds);
    return false;
  }
  error.clear();
  e.updated = now();
  changed(e.id);
  return true;
}

bool Session::move(engagement::Engagement& e, const std::string& to, const std::string& note) {
  const engagement::Process* process = process_for(e);
  const engagement::Process* any = process ? process : find_process(e.process_id);
  const engagement::Stage* target = any ? any->stage(to) : nullptr;
  if (!process) {
    refusal = MoveRefusal{e.title, target ? target->label : to,
                          "This engagement follows process \"" + e.process_id + "\" version " + e.process_version +
                              ", which is not available here.",
                          {}};
    return false;
  }
  auto result = engagement::try_move(e, undo_[e.id], *process, to, user, note, now());
  if (!result.ok) {
    refusal = MoveRefusal{e.title, target ? target->label : to, result.refusal, result.failed};
    return false;
  }
  const engagement::Stage* stage = process->stage(to);
  notice = "Moved \"" + e.title + "\" to " + (stage ? stage->label : to) + ".";
  e.updated = now();
  changed(e.id);
  return true;
}

bool Session::undo() {
  auto* e = current();
  if (!e || !undo_[e->id].undo(*e)) return false;
  changed(e->id);
  return true;
}

bool Session::redo() {
  auto* e = current();
  if (!e || !undo_[e->id].redo(*e)) return false;
  changed(e->id);
  return true;
}

void Session::seal() {
  if (auto* e = current()) undo_[e->id].seal();
}

void Session::add(engagement::Engagement e) {
  const std::string id = e.id;
  undo_.erase(id);
  workspace_.engagements.push_back(std::move(e));
  open_id_ = id;
  changed(id);
}

void Session::remove(const std::string& id) {
  auto& list = workspace_.engagements;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& e) { return e.id == id; }), list.end());
  undo_.erase(id);
  if (open_id_ == id) open_id_.clear();
  changed(id);
}

void Session::workspace_changed(const std::vector<std::string>& replaced_ids) {
  for (const auto& id : replaced_ids) undo_.erase(id);
  changed("");
}

void Session::changed(const std::string& id) {
  ++revision_;
  if (!dirty_) dirty_since_ = clock_;
  dirty_ = true;
  if (id.empty()) dirty_all_ = true;
  else dirty_ids_.insert(id);
}

void Session::tick(double seconds) {
  clock_ = seconds;
  if (dirty_ && dirty_since_ < 0) dirty_since_ = seconds;
  if (dirty_ && seconds - dirty_since_ >= kSaveDelaySeconds) save_changes();
}

void Session::save_now() {
  dirty_all_ = true;
  save_changes();
}

void Session::save_changes() {
  const std::string t = now();
  // Only the engagements edited since the last save are serialised and written (the autosave also keeps
  // those of a save that failed for the next one).
  const auto result = dirty_all_ ? autosave_.save(workspace_, t) : autosave_.save(workspace_, t, dirty_ids_);
  dirty_ = false;
  dirty_all_ = false;
  dirty_ids_.clear();
  if (result.ok) {
    save_error.clear();
    saved_at = t;
  } else {
    save_error = "Could not save in this browser: " + result.error +
                 ". Your last saved copy is kept; download the workspace so nothing is lost.";
  }
}

std::string Session::now() const {
  return services_.now_iso ? services_.now_iso() : std::string("1970-01-01T00:00:00Z");
}

}  // namespace sw::ui::engagements
