// autosave.h — saving the workspace to a sw::Storage so that a failed or interrupted write never loses
// the last good copy, and loading the newest good copy back.
//
// Two slots, "<prefix>.a" and "<prefix>.b", and a pointer key "<prefix>.current" naming the slot of the
// newest copy. A save writes the slot that does not hold the newest good copy, then switches the pointer:
// until the switch the previous copy is untouched, and after it the previous copy stays in the other slot.
// When the newest copy is unreadable (load() recovered the older one), the next save overwrites the
// unreadable copy, never the recovered one.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/engagement/workspace.h"
#include "core/storage.h"

namespace sw::engagement {

struct SaveResult {
  bool ok = false;
  std::string error;  // the storage's reason when refused (e.g. quota); the previous copy is still there
  std::string slot;   // the key written
};

struct RecoverResult {
  Workspace workspace;
  bool found = false;      // a usable copy was found (else the workspace is empty)
  bool recovered = false;  // the newest copy was unusable and an older one was loaded
  std::string slot;        // the key the workspace came from
  std::string saved_at;    // when that copy was saved
  std::string message;     // for the user when recovered or nothing usable was found
  Diagnostics diagnostics; // problems of the copies that could not be used
};

class Autosave {
 public:
  explicit Autosave(Storage& storage, std::string prefix = "scopewright.workspace")
      : storage_(storage), prefix_(std::move(prefix)) {}

  /// Writes w as the newest copy, keeping the previous one; `now` (ISO 8601) is recorded with it.
  SaveResult save(const Workspace& w, std::string_view now);
  /// Loads the newest copy that reads without errors, saying so when it had to fall back.
  RecoverResult load() const;

  std::string pointer_key() const { return prefix_ + ".current"; }
  std::string slot_key(char slot) const { return prefix_ + "." + slot; }

 private:
  /// load(), also giving the highest generation found in either slot (readable or not).
  RecoverResult load(long long* newest_generation) const;

  Storage& storage_;
  std::string prefix_;
  long long generation_ = 0;  // of the newest copy this object knows of
  std::string good_slot_;     // the slot of the newest copy known to read well ("" until the first save looks)
};

}  // namespace sw::engagement
