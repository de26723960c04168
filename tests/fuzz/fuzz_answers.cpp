// fuzz_answers.cpp — libFuzzer target: any bytes as an answers file, read and fitted to the `all_types`
// test questionnaire (every question type), then written back: a document that loaded must load again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include "core/questionnaire/answers.h"
#include "core/questionnaire/loader.h"

namespace {
const sw::questionnaire::Questionnaire& questionnaire() {
  static const sw::questionnaire::Questionnaire q = [] {
    std::ifstream in(SCOPEWRIGHT_SOURCE_DIR "/tests/data/questionnaire/all_types.json");
    std::ostringstream text;
    text << in.rdbuf();
    auto loaded = sw::questionnaire::load_questionnaire(text.str(), "all_types.json");
    if (!loaded.ok()) std::abort();  // the fuzzer would test nothing
    return loaded.questionnaire;
  }();
  return q;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto result = sw::questionnaire::load_answers(text, "fuzz.json", questionnaire());
  if (!result.ok()) return 0;
  const std::string again = sw::questionnaire::to_text(result.document);
  auto reloaded = sw::questionnaire::load_answers(again, "again.json", questionnaire());
  if (!reloaded.ok() || !reloaded.dropped.empty()) std::abort();  // what we write, we must read back whole
  return 0;
}
