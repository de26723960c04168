// autosave_copies.h — the stored texts of the per-engagement autosave (see autosave.h): one copy per
// engagement, and the index that lists which engagements exist, in which order, and where each copy is.
//
//   copy  "<prefix>.engagement.<id>.a|b": {"generation": 12, "saved_at": "...", "engagement": {...}}
//   index "<prefix>.index.a|b": {"format": "scopewright.workspace-index/1.0", "generation": 12, "saved_at": "...",
//          "engagements": [{"id": "e1", "slot": "a", "generation": 7, "hash": "fnv1a64:..."}, ...],
//          "remove": ["<prefix>.engagement.e1.b", ...]}
//   "remove": copies this index does not need, which the save that wrote it removes right after it; listed so
//   that a save interrupted before or during that clean-up is finished by the next one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/engagement/model.h"
#include "core/storage.h"

namespace sw::engagement::autosave_detail {

inline constexpr std::string_view kIndexFormatName = "scopewright.workspace-index";
inline constexpr int kIndexFormatMajor = 1;
inline constexpr int kIndexFormatMinor = 0;

inline char other(char slot) { return slot == 'a' ? 'b' : 'a'; }

/// Where the copy of one engagement is: its slot, the save (index generation) that wrote it, and the hash of
/// the engagement's compact JSON as written (what the next save compares with; "" = unknown, write again).
struct IndexEntry {
  std::string id;
  char slot = 'a';
  long long generation = 0;
  std::string hash;
};

struct Index {
  bool present = false;  // the key exists
  bool ok = false;       // and reads without errors
  long long generation = -1;  // -1 when not readable
  std::string saved_at;
  std::vector<IndexEntry> entries;
  std::vector<std::string> remove;
  Diagnostics diagnostics;
};

/// Reads the index stored under key (problems located in that text: "/engagements/3/slot", line:column).
Index read_index(const Storage& s, const std::string& key);
/// The index text for these entries.
std::string index_text(long long generation, std::string_view saved_at, const std::vector<IndexEntry>& entries,
                       const std::vector<std::string>& remove);

struct EngagementCopy {
  bool present = false;
  bool ok = false;
  long long generation = -1;
  std::string saved_at;
  Engagement engagement;
  Diagnostics diagnostics;
};

/// Reads one engagement's copy; `expected_id` is the id the index lists it under (a copy of another
/// engagement is an error at /engagement/id).
EngagementCopy read_engagement_copy(const Storage& s, const std::string& key, const std::string& expected_id);
/// The copy text around an engagement's compact JSON (`body`, from to_json(e).dump()).
std::string copy_text(long long generation, std::string_view saved_at, std::string_view body);

/// "fnv1a64:" + 16 hex digits of text.
std::string text_hash(std::string_view text);

}  // namespace sw::engagement::autosave_detail
