// fuzz_engagement.cpp — libFuzzer target: any bytes as an engagement file, a workspace file (import plan)
// and a process definition. An engagement that loaded must load again from what we write.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/engagement/format.h"
#include "core/engagement/process.h"
#include "core/engagement/workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = sw::engagement::load_engagement(text, "fuzz.json");
  if (loaded.ok()) {
    auto again = sw::engagement::load_engagement(sw::engagement::to_text(loaded.engagement), "again.json");
    if (!again.ok()) std::abort();
  }
  sw::engagement::Workspace workspace;
  auto plan = sw::engagement::plan_import(workspace, text, "fuzz.json");
  sw::engagement::apply_import(workspace, plan);
  (void)sw::engagement::load_workspace(text, "fuzz.json");
  (void)sw::engagement::load_process(text, "fuzz.json");
  return 0;
}
