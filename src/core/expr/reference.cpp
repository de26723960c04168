// reference.cpp — splitting `{a.b[0].c}` reference text into name and index segments.
#include "core/expr/reference.h"

#include <cmath>

#include "core/expr/semantics.h"

namespace sw::expr {

Reference parse_reference(std::string_view text) {
  Reference ref;
  if (text.size() > 1 && text[0] == '#') {  // SurveyJS's "disable conversion" prefix
    ref.raw = true;
    text.remove_prefix(1);
  }
  ref.text = std::string(text);
  size_t start = 0;
  while (true) {
    size_t dot = text.find('.', start);
    std::string_view part = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    Segment name{Segment::Kind::Name, std::string(part), 0, static_cast<std::uint32_t>(start)};
    Segment index{Segment::Kind::Index, "", 0, 0};
    bool has_index = false;
    if (!part.empty() && part.back() == ']') {
      size_t open = part.rfind('[');
      if (open != std::string_view::npos) {
        double n = sem::get_number(Value(std::string(part.substr(open + 1, part.size() - open - 2))));
        if (!std::isnan(n)) {
          has_index = true;
          index.index = (n == std::trunc(n) && std::fabs(n) < 9e15) ? static_cast<std::int64_t>(n) : Segment::kBadIndex;
          name.name = std::string(part.substr(0, open));
          index.offset = static_cast<std::uint32_t>(start + open);
        }
      }
    }
    ref.segments.push_back(std::move(name));
    if (has_index) ref.segments.push_back(std::move(index));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return ref;
}

}  // namespace sw::expr
