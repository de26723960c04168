// autosave_legacy.h — reading the whole-workspace autosave of earlier versions, so that a workspace saved by
// them is found on the first start and re-saved per engagement (autosave.h):
//   "<prefix>.a" / "<prefix>.b": {"generation": n, "saved_at": "...", "workspace": {<workspace file>}}
//   "<prefix>.current": the key of the newest copy.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/engagement/workspace.h"
#include "core/storage.h"

namespace sw::engagement::autosave_detail {

struct LegacyResult {
  bool present = false;    // any of the old keys exists
  bool found = false;      // a readable copy was found
  bool recovered = false;  // the newest copy was unreadable and the older one was read
  Workspace workspace;
  std::string slot;        // the key read
  std::string saved_at;
  Diagnostics diagnostics;  // problems of the copies that could not be used
};

std::string legacy_slot_key(const std::string& prefix, char slot);  // "<prefix>.a"
std::string legacy_pointer_key(const std::string& prefix);          // "<prefix>.current"

/// The newest readable whole-workspace copy (the higher generation; the pointer breaks ties and names a copy
/// too broken to show its generation).
LegacyResult read_legacy(const Storage& s, const std::string& prefix);

}  // namespace sw::engagement::autosave_detail
