// autosave_load.cpp — Autosave::load: the newest good index, each engagement's newest good copy, and the
// whole-workspace slots of earlier versions when there is no index yet (autosave.h).
#include <algorithm>

#include "core/engagement/autosave.h"
#include "core/engagement/autosave_legacy.h"

namespace sw::engagement {

using namespace autosave_detail;

namespace {

std::string when(const std::string& saved_at) { return saved_at.empty() ? std::string("an unknown time") : saved_at; }

std::string first_error(const Diagnostics& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::Error) return format(d);
  return "";
}

std::string quoted_list(const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < 5; ++i) out += (i ? ", \"" : "\"") + ids[i] + "\"";
  if (ids.size() > 5) out += " and " + std::to_string(ids.size() - 5) + " more";
  return out;
}

}  // namespace

RecoverResult Autosave::load() {
  RecoverResult r;
  committed_.clear();
  committed_order_.clear();
  pending_.clear();
  compare_all_pending_ = false;
  index_stale_ = false;
  legacy_loaded_.clear();
  good_index_ = 0;
  loaded_ = true;

  Index a = read_index(storage_, index_key('a')), b = read_index(storage_, index_key('b'));
  generation_ = std::max<long long>({0, a.generation, b.generation});
  bad_index_[0] = a.present && !a.ok;
  bad_index_[1] = b.present && !b.ok;
  to_remove_.clear();
  // Newest first. An index too broken to show its generation may be the newest (a torn last write): it sorts
  // first, so the user hears that an older one was used.
  const auto rank = [](const Index& x) { return x.present && x.generation < 0 ? (1LL << 62) : x.generation; };
  std::vector<std::pair<Index*, char>> order{{&a, 'a'}, {&b, 'b'}};
  if (rank(b) > rank(a)) std::swap(order[0], order[1]);
  bool newer_bad = false;
  Index* chosen = nullptr;
  for (auto& [index, slot] : order) {
    if (!index->present) continue;
    if (!index->ok) {
      newer_bad = true;
      r.diagnostics.insert(r.diagnostics.end(), index->diagnostics.begin(), index->diagnostics.end());
      continue;
    }
    chosen = index;
    good_index_ = slot;
    break;
  }
  // The old whole-workspace layout: read when there is no good index (before migration, or if every index broke).
  const auto legacy_pointer = storage_.get(legacy_pointer_key(prefix_));
  legacy_present_ = legacy_pointer.has_value();
  if (!chosen) {
    LegacyResult legacy = read_legacy(storage_, prefix_);
    legacy_present_ = legacy.present;
    r.diagnostics.insert(r.diagnostics.end(), legacy.diagnostics.begin(), legacy.diagnostics.end());
    if (legacy.found) {
      r.found = true;
      r.migrated = true;
      r.workspace = std::move(legacy.workspace);
      r.slot = legacy.slot;
      r.saved_at = legacy.saved_at;
      legacy_loaded_ = legacy.slot;
      r.recovered = legacy.recovered || newer_bad;
      if (r.recovered)
        r.message = "The newest autosave could not be read; recovered the previous copy saved at " + when(r.saved_at) + ".";
    } else if (newer_bad || legacy.present) {
      r.recovered = true;
      r.message = "No autosaved copy could be read; starting with an empty workspace. " + first_error(r.diagnostics);
    }
    return r;
  }

  r.found = true;
  to_remove_.insert(chosen->remove.begin(), chosen->remove.end());
  r.slot = index_key(good_index_);
  r.saved_at = chosen->saved_at;
  index_stale_ = newer_bad;
  std::vector<std::string> older_copies, missing;
  for (const IndexEntry& entry : chosen->entries) {
    // The copy the index names, normally the only one. The other slot is read only when that one is not the copy
    // this index wrote (after falling back to an older index, the other may hold a newer copy).
    EngagementCopy named = read_engagement_copy(storage_, engagement_key(entry.id, entry.slot), entry.id);
    Stored stored{entry, false};
    if (named.ok && named.generation == entry.generation && !newer_bad) {
      r.workspace.engagements.push_back(std::move(named.engagement));
    } else {
      EngagementCopy other_copy = read_engagement_copy(storage_, engagement_key(entry.id, other(entry.slot)), entry.id);
      const bool use_other = other_copy.ok && (!named.ok || other_copy.generation > named.generation);
      EngagementCopy& best = use_other ? other_copy : named;
      if (best.ok) {
        stored.entry.slot = use_other ? other(entry.slot) : entry.slot;
        stored.entry.generation = best.generation;
        stored.entry.hash.clear();  // not the copy the index describes: the next save writes it again
        index_stale_ = true;
        if (named.present && !named.ok) {
          older_copies.push_back(entry.id);
          r.diagnostics.insert(r.diagnostics.end(), named.diagnostics.begin(), named.diagnostics.end());
          r.message += "The newest copy of engagement \"" + entry.id + "\" could not be read; recovered its copy saved at " +
                       when(best.saved_at) + ". ";
        }
        r.workspace.engagements.push_back(std::move(best.engagement));
      } else if (named.present || other_copy.present) {
        stored.unreadable = true;  // kept as it is, for whoever can repair it; the others load
        r.unreadable.push_back(entry.id);
        r.diagnostics.insert(r.diagnostics.end(), named.diagnostics.begin(), named.diagnostics.end());
        r.diagnostics.insert(r.diagnostics.end(), other_copy.diagnostics.begin(), other_copy.diagnostics.end());
      } else {
        missing.push_back(entry.id);
        Diagnostic d;
        d.file = index_key(good_index_);
        d.json_path = "/engagements";
        d.message = "engagement \"" + entry.id + "\" is listed but has no copy (" + engagement_key(entry.id, entry.slot) + ")";
        r.diagnostics.push_back(std::move(d));
        index_stale_ = true;
        continue;  // nothing to keep: the next index leaves it out
      }
    }
    committed_order_.push_back(entry.id);
    committed_.emplace(entry.id, std::move(stored));
  }
  if (newer_bad)
    r.message = "The newest autosave index could not be read; recovered the previous one saved at " + when(r.saved_at) +
                ". " + r.message;
  if (!r.unreadable.empty())
    r.message += std::string(r.unreadable.size() == 1 ? "Engagement " : "Engagements ") + quoted_list(r.unreadable) +
                 " could not be read and " + (r.unreadable.size() == 1 ? "is" : "are") +
                 " not shown; the stored copies are kept. " + first_error(r.diagnostics) + " ";
  if (!missing.empty())
    r.message += std::string(missing.size() == 1 ? "Engagement " : "Engagements ") + quoted_list(missing) +
                 " could not be found in storage. ";
  r.recovered = newer_bad || !older_copies.empty() || !r.unreadable.empty() || !missing.empty();
  while (!r.message.empty() && r.message.back() == ' ') r.message.pop_back();
  return r;
}

}  // namespace sw::engagement
