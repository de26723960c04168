// draft_store.h — the designer's autosave: the draft being edited, kept in a sw::Storage so that reloading the
// page (or a crash) loses nothing, and a failed or torn write never loses the last good copy.
//
// Two slots "<prefix>.a" / "<prefix>.b" and a pointer "<prefix>.current" (the same scheme as the engagement
// workspace's autosave): a save writes the slot that does not hold the newest good copy, then moves the pointer.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/questionnaire/model.h"
#include "core/storage.h"

namespace sw::designer {

struct StoredDraft {
  bool found = false;      // a readable copy was found
  bool recovered = false;  // the newest copy was unreadable; an older one was loaded
  questionnaire::Questionnaire questionnaire;
  std::string name;        // the document's file name
  std::string saved_at;
  std::string message;     // for the engineer when recovered or nothing readable was found
};

class DraftStore {
 public:
  explicit DraftStore(Storage& storage, std::string prefix = "scopewright.designer.draft")
      : storage_(storage), prefix_(std::move(prefix)) {}

  /// Writes the draft as the newest copy, keeping the previous one. "" on success, else the storage's reason.
  std::string save(const questionnaire::Questionnaire& q, std::string_view name, std::string_view now);
  /// The newest copy that reads.
  StoredDraft load() const;

  std::string slot_key(char slot) const { return prefix_ + "." + slot; }
  std::string pointer_key() const { return prefix_ + ".current"; }

 private:
  Storage& storage_;
  std::string prefix_;
};

}  // namespace sw::designer
