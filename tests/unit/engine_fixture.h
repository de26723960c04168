// engine_fixture.h — builds an Engine from a questionnaire written inline in a test (JSON text).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"

namespace sw::test {

/// A questionnaire document with the given sections (and calculated values), ready for load_questionnaire.
inline std::string questionnaire_text(const std::string& sections, const std::string& calculated = "[]",
                                      const std::string& extra = "") {
  return R"({"format": "scopewright.questionnaire/1", "id": "t", "version": "1", "title": "T", )" + extra +
         R"("sections": )" + sections + R"(, "calculated": )" + calculated + "}";
}

struct Compiled {
  std::unique_ptr<engine::Engine> engine;
  Diagnostics diagnostics;  // loader's and engine's
};

/// Loads and compiles; the test fails when the loader itself reports an error.
inline Compiled compile(const std::string& text) {
  auto loaded = questionnaire::load_questionnaire(text, "test.json");
  for (const auto& d : loaded.diagnostics) ADD_FAILURE() << "loader: " << format(d);
  Compiled c;
  c.engine = std::make_unique<engine::Engine>(std::move(loaded.questionnaire), &loaded.source_map, "test.json",
                                              c.diagnostics, expr::EvalContext::at(2026, 11, 22));
  return c;
}

/// Compiles a questionnaire that must have no problems at all.
inline std::unique_ptr<engine::Engine> engine_for(const std::string& text) {
  auto c = compile(text);
  for (const auto& d : c.diagnostics) ADD_FAILURE() << "engine: " << format(d);
  return std::move(c.engine);
}

}  // namespace sw::test
