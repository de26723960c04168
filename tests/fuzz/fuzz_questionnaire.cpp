// fuzz_questionnaire.cpp — libFuzzer target: any bytes as a questionnaire file, loaded and compiled as
// `scopewright-cli validate` does. Core must never throw, crash or hang, whatever the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = sw::questionnaire::load_questionnaire(text, "fuzz.json");
  if (loaded.source_map.empty() && !loaded.ok()) return 0;
  sw::Diagnostics diagnostics = loaded.diagnostics;
  sw::engine::Engine engine(std::move(loaded.questionnaire), &loaded.source_map, "fuzz.json", diagnostics,
                            sw::expr::EvalContext::at(2026, 11, 22));
  for (const auto& d : diagnostics) (void)sw::format(d);
  (void)engine.export_answers();
  (void)engine.progress();
  return 0;
}
