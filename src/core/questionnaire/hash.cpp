// hash.cpp — FNV-1a 64 over the canonical dump of a questionnaire.
#include "core/questionnaire/hash.h"

#include <cstdio>

#include "core/questionnaire/model.h"
#include "core/questionnaire/writer.h"

namespace sw::questionnaire {

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::string content_hash(const Questionnaire& q) {
  // nlohmann::json keeps object keys sorted: the dump does not depend on the writer's field order.
  const nlohmann::json canonical(to_json(q));
  const std::string text = canonical.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a64(text)));
  return std::string("fnv1a64:") + hex;
}

}  // namespace sw::questionnaire
