// designer_fixture.h — a small questionnaire for the designer's edit tests: two sections, a yes/no question
// that a later question's condition reads, a choice question and a repeat group.
#pragma once

#include <string>

#include "core/designer/document.h"
#include "core/designer/open.h"

namespace sw::test {

inline constexpr const char* kDesignerSample = R"({
  "format": "scopewright.questionnaire/1", "id": "sample", "version": "1.0.0", "title": "Sample",
  "sections": [
    {"id": "basics", "title": "Basics", "questions": [
      {"id": "name", "type": "text", "label": "Name"},
      {"id": "gslb", "type": "yes_no", "label": "GSLB?"},
      {"id": "platform", "type": "single_choice", "label": "Platform",
       "choices": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}
    ]},
    {"id": "sites", "title": "Sites", "questions": [
      {"id": "gslb_sites", "type": "number", "label": "GSLB sites", "visible_if": "{gslb} = true"},
      {"id": "site_list", "type": "repeat", "label": "Sites",
       "fields": [{"id": "site_name", "type": "text", "label": "Site"}, {"id": "vips", "type": "number", "label": "VIPs"}]}
    ]}
  ]
})";

inline designer::Document sample_document() {
  auto opened = designer::open_text(kDesignerSample, "sample.json");
  return designer::Document(std::move(opened.questionnaire), "sample.json");
}

}  // namespace sw::test
