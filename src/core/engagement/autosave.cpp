// autosave.cpp — Autosave::save: changed engagements into their free slots, then the index, then clean-up
// (the order and why: autosave.h).
#include "core/engagement/autosave.h"

#include <algorithm>

#include "core/engagement/autosave_legacy.h"
#include "core/engagement/format.h"

namespace sw::engagement {

using namespace autosave_detail;

SaveResult Autosave::save(const Workspace& w, std::string_view now) { return save_impl(w, now, nullptr); }

SaveResult Autosave::save(const Workspace& w, std::string_view now, const std::set<std::string>& changed) {
  return save_impl(w, now, &changed);
}

SaveResult Autosave::save_impl(const Workspace& w, std::string_view now, const std::set<std::string>* changed) {
  if (!loaded_) load();  // where every copy is, and which ones must not be overwritten
  SaveResult r = try_save(w, now, changed);
  if (!r.ok && !legacy_loaded_.empty()) {
    // Converting from the old layout needs room for a second whole copy. The old copy the workspace was read
    // from stays until the new one is complete; the other old slot (an older copy still) makes room.
    const std::string older = legacy_slot_key(prefix_, legacy_loaded_ == legacy_slot_key(prefix_, 'a') ? 'b' : 'a');
    if (storage_.get(older)) {
      storage_.remove(older);
      r = try_save(w, now, changed);
    }
  }
  if (r.ok) {
    pending_.clear();
    compare_all_pending_ = false;
  } else {
    // What this save should have written is looked at again by the next one.
    if (changed) pending_.insert(changed->begin(), changed->end());
    else compare_all_pending_ = true;
  }
  return r;
}

SaveResult Autosave::try_save(const Workspace& w, std::string_view now, const std::set<std::string>* changed) {
  SaveResult r;
  const bool compare_all = !changed || compare_all_pending_;
  const long long generation = generation_ + 1;

  // 1. What the new index lists, and which engagements need a new copy.
  struct Write {
    std::string id, key, body;
  };
  std::vector<IndexEntry> entries;
  std::vector<Write> writes;
  std::set<std::string> ids;
  std::set<std::string> remove = to_remove_;  // what the new index will not need
  std::vector<std::string> added;            // keys of engagements no index lists yet
  for (const Engagement& e : w.engagements) {
    if (!ids.insert(e.id).second) {
      r.error = "two engagements have the id \"" + e.id + "\"; nothing was saved";
      return r;
    }
    const auto c = committed_.find(e.id);
    const bool known = c != committed_.end() && !c->second.unreadable && !c->second.entry.hash.empty();
    if (known && !compare_all && !changed->count(e.id) && !pending_.count(e.id)) {
      entries.push_back(c->second.entry);
      continue;
    }
    std::string body = to_json(e).dump();
    std::string hash = text_hash(body);
    if (known && hash == c->second.entry.hash) {
      entries.push_back(c->second.entry);
      continue;
    }
    // Never the slot of the committed copy: until the new index is written, that copy is the good one.
    const char slot = c != committed_.end() ? other(c->second.entry.slot) : 'a';
    entries.push_back({e.id, slot, generation, std::move(hash)});
    writes.push_back({e.id, engagement_key(e.id, slot), std::move(body)});
    remove.insert(engagement_key(e.id, other(slot)));  // the replaced copy (or a stale one)
    if (c == committed_.end()) added.push_back(writes.back().key);
  }
  // Engagements no copy of which could be read stay listed (and stored) as they were.
  for (const auto& id : committed_order_) {
    const Stored& s = committed_.at(id);
    if (s.unreadable && !ids.count(id)) entries.push_back(s.entry);
  }
  std::vector<std::string> order;
  for (const auto& e : entries) order.push_back(e.id);
  const std::set<std::string> listed(order.begin(), order.end());
  for (const auto& [id, stored] : committed_)
    if (!listed.count(id)) {  // deleted
      remove.insert(engagement_key(id, 'a'));
      remove.insert(engagement_key(id, 'b'));
    }
  for (const auto& e : entries) remove.erase(engagement_key(e.id, e.slot));
  if (writes.empty() && order == committed_order_ && !index_stale_ && good_index_) {
    r.ok = true;  // nothing changed: nothing written; a clean-up that was cut off is finished
    for (const auto& key : remove) storage_.remove(key);
    to_remove_.clear();
    if (legacy_present_) remove_legacy();
    return r;
  }
  // Never the newest good index. Without one, over an unreadable index rather than beside it (it would
  // otherwise keep saying at every start that the newest index could not be read).
  const char index_slot = good_index_                               ? other(good_index_)
                          : !storage_.get(index_key('a')) && storage_.get(index_key('b')) ? 'b'
                                                                                          : 'a';
  const auto give_back = [&] {  // nothing written here is committed (never a slot an index names)
    for (const auto& key : r.written) storage_.remove(key);
    r.written.clear();
  };

  // 2. A new engagement's copy is announced first, so that a crash before the new index leaves no copy that no
  // index knows of: the committed index again, with the new keys to remove.
  if (!added.empty() && good_index_) {
    std::vector<IndexEntry> current;
    for (const auto& id : committed_order_) current.push_back(committed_.at(id).entry);
    std::vector<std::string> announce(to_remove_.begin(), to_remove_.end());
    announce.insert(announce.end(), added.begin(), added.end());
    if (!this->write(index_key(index_slot), index_text(generation, now, current, announce), r)) return r;
  }
  // 3. The changed copies, then the index: the save is committed once the index is written.
  for (const auto& write_ : writes) {
    if (!this->write(write_.key, copy_text(generation, now, write_.body), r)) {
      storage_.remove(write_.key);
      give_back();
      return r;
    }
    r.written.push_back(write_.key);
  }
  const std::vector<std::string> remove_list(remove.begin(), remove.end());
  if (!this->write(index_key(index_slot), index_text(generation, now, entries, remove_list), r)) {
    give_back();
    return r;
  }
  r.slot = index_key(index_slot);
  r.ok = true;

  // 4. Committed: remove what the new index does not name (it lists them, should this be cut off), and an
  // unreadable index in the other slot (reported when it was loaded; a good newer index now supersedes it).
  for (const auto& key : remove_list) storage_.remove(key);
  const int other_slot = index_slot == 'a' ? 1 : 0;
  if (bad_index_[other_slot]) storage_.remove(index_key(other(index_slot)));
  bad_index_[0] = bad_index_[1] = false;
  to_remove_.clear();
  if (legacy_present_) remove_legacy();
  std::map<std::string, Stored> next;
  for (const auto& e : entries) {
    const auto c = committed_.find(e.id);
    next.emplace(e.id, Stored{e, c != committed_.end() && c->second.unreadable && !ids.count(e.id)});
  }
  committed_ = std::move(next);
  committed_order_ = std::move(order);
  generation_ = generation;
  good_index_ = index_slot;
  index_stale_ = false;
  return r;
}

bool Autosave::write(const std::string& key, const std::string& text, SaveResult& r) {
  if (!storage_.set(key, text, r.error)) {
    r.failed_key = key;
    return false;
  }
  // Read back: the copy this replaces is removed once the index names the new one, so it must be whole.
  if (storage_.get(key) != text) {
    r.error = "the saved copy did not read back as written";
    r.failed_key = key;
    return false;
  }
  return true;
}

void Autosave::remove_legacy() {
  // The pointer last: while it exists, load() knows the old slots may still be there.
  storage_.remove(legacy_slot_key(prefix_, 'a'));
  storage_.remove(legacy_slot_key(prefix_, 'b'));
  storage_.remove(legacy_pointer_key(prefix_));
  legacy_present_ = false;
  legacy_loaded_.clear();
}


}  // namespace sw::engagement
