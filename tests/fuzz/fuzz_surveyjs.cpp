// fuzz_surveyjs.cpp — libFuzzer target: any bytes as a SurveyJS survey for the importer (never throws, never
// crashes; what it produces is validated by the loader and engine inside import_surveyjs).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/surveyjs/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = sw::surveyjs::import_surveyjs(text, "fuzz.json");
  for (const auto& note : result.notes) (void)sw::surveyjs::format(note, "fuzz.json");
  return 0;
}
