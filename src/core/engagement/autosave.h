// autosave.h — saving the workspace to a sw::Storage one engagement at a time, so that a save writes only what
// changed, a failed or interrupted write never loses the last good copy of any engagement, and one unreadable
// engagement never costs the others.
//
// Keys (stored texts: autosave_copies.h):
//   "<prefix>.engagement.<id>.a" / ".b"  one engagement's copy; normally only one of the two exists
//   "<prefix>.index.a" / ".b"             which engagements exist, in which order, and the slot of each copy;
//                                          the index with the higher generation is the newest
// A save (1) when it adds engagements, first writes the current index again with the new copies' keys in its
// "remove" list (so a crash before the save completes leaves no copy that no index knows of); (2) writes each
// changed engagement into the slot its committed copy is NOT in, reading it back; (3) writes the new index into
// the slot that does not hold the newest good index — this commits the save; (4) only then removes what the new
// index does not name: the replaced copies of the engagements just written and both copies of deleted ones
// (listed in the new index's "remove", so an interrupted clean-up is finished by the next save).
// Until (3) every copy the newest good index names is untouched; a refused write removes what this save wrote.
// The whole-workspace slots of earlier versions ("<prefix>.a"/".b"/".current", autosave_legacy.h) are read when
// there is no index yet; the next save writes the new layout and removes them only after its index is written.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/engagement/autosave_copies.h"
#include "core/engagement/workspace.h"
#include "core/storage.h"

namespace sw::engagement {

struct SaveResult {
  bool ok = false;
  std::string error;       // the storage's reason when refused (e.g. quota); every copy saved before is still there
  std::string failed_key;  // the key whose write was refused
  std::string slot;        // the index key written ("" when nothing had changed, so nothing was written)
  std::vector<std::string> written;  // the engagement copies written (keys)
};

struct RecoverResult {
  Workspace workspace;
  bool found = false;      // a usable index (or old whole-workspace copy) was found
  bool recovered = false;  // something newest was unreadable: an older index or copy was used, or an engagement is missing
  bool migrated = false;   // read from the whole-workspace slots of earlier versions: save to convert
  std::string slot;        // the key the workspace's index came from
  std::string saved_at;    // when that index was saved
  std::string message;     // for the user when recovered or nothing usable was found
  Diagnostics diagnostics; // problems of the copies that could not be used (file = the key, JSON path in it)
  std::vector<std::string> unreadable;  // ids of engagements none of whose copies could be read (left in storage)
};

class Autosave {
 public:
  explicit Autosave(Storage& storage, std::string prefix = "scopewright.workspace")
      : storage_(storage), prefix_(std::move(prefix)) {}

  /// Saves w, comparing every engagement with its stored copy (serialises each one).
  SaveResult save(const Workspace& w, std::string_view now);
  /// Saves w trusting that only the engagements in `changed` may differ from the last save (plus engagements
  /// not saved yet, and those of an earlier save that failed); the others are not even serialised.
  SaveResult save(const Workspace& w, std::string_view now, const std::set<std::string>& changed);
  /// Loads the newest good state and remembers where each copy is (the next save relies on it).
  RecoverResult load();

  std::string index_key(char slot) const { return prefix_ + ".index." + slot; }
  std::string engagement_key(std::string_view id, char slot) const {
    return prefix_ + ".engagement." + std::string(id) + "." + slot;
  }

 private:
  struct Stored {
    autosave_detail::IndexEntry entry;
    bool unreadable = false;  // listed but no copy reads: kept in the index (and storage) as it was
  };
  SaveResult save_impl(const Workspace& w, std::string_view now, const std::set<std::string>* changed);
  SaveResult try_save(const Workspace& w, std::string_view now, const std::set<std::string>* changed);
  bool write(const std::string& key, const std::string& text, SaveResult& r);
  void remove_legacy();

  Storage& storage_;
  std::string prefix_;
  bool loaded_ = false;  // the state below reflects the storage
  std::map<std::string, Stored> committed_;  // by id: what the newest good index lists
  std::vector<std::string> committed_order_;
  long long generation_ = 0;     // the highest index generation seen
  char good_index_ = 0;          // slot of the newest good index; 0 = none
  bool bad_index_[2] = {false, false};  // index slot a / b holds an unreadable index
  bool index_stale_ = false;     // the newest index was unreadable or an older copy was used: write a fresh one
  std::set<std::string> to_remove_;  // keys the newest index lists under "remove" (a clean-up to finish)
  bool legacy_present_ = false;  // the old whole-workspace keys exist: remove them after the next index
  std::string legacy_loaded_;    // the old key the workspace was migrated from ("" when not migrating)
  std::set<std::string> pending_;  // ids hinted to a save that failed: looked at again by the next one
  bool compare_all_pending_ = false;
};

}  // namespace sw::engagement
