// hash.h — FNV-1a 64-bit hashing and the content hash that ties answers to a questionnaire's exact content.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sw::questionnaire {

struct Questionnaire;

/// FNV-1a, 64-bit (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
std::uint64_t fnv1a64(std::string_view bytes);

/// "fnv1a64:" + 16 lower-case hex digits over the canonical JSON of q (sorted keys, no whitespace, only
/// what the model holds): layout, comments or unknown fields in the file do not change it; any content does.
std::string content_hash(const Questionnaire& q);

}  // namespace sw::questionnaire
