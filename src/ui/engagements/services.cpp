// services.cpp — builds the editor's services from the runner's (see services.h).
#include "ui/engagements/services.h"

namespace sw::ui::engagements {

EditorServices from_runner(const RunnerServices& runner,
                           std::function<std::vector<std::string>(const std::string& dir)> list_json) {
  EditorServices s;
  s.assets_dir = runner.assets_dir;
  s.read_file = runner.read_file;
  s.list_json = std::move(list_json);
  s.download = runner.download;
  s.copy = runner.copy;
  s.pick_file = runner.pick_file;
  s.now_iso = runner.now_iso;
  return s;
}

}  // namespace sw::ui::engagements
