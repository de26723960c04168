// storage.h — a small key-value store the app saves work into (browser localStorage, or files on desktop).
//
// Core logic (autosave, recovery) is written against this interface so it can be tested with MemoryStorage;
// src/platform provides the browser and desktop implementations.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace sw {

class Storage {
 public:
  virtual ~Storage() = default;
  /// The value stored under key, or nothing.
  virtual std::optional<std::string> get(const std::string& key) const = 0;
  /// Stores value under key; false with a reason in `error` when the store refuses (e.g. quota exceeded).
  virtual bool set(const std::string& key, const std::string& value, std::string& error) = 0;
  /// Removes key (no error when absent).
  virtual void remove(const std::string& key) = 0;
};

/// Storage held in memory: for tests and as a fallback when the platform has none.
class MemoryStorage final : public Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override {
    auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  bool set(const std::string& key, const std::string& value, std::string&) override {
    values_[key] = value;
    return true;
  }
  void remove(const std::string& key) override { values_.erase(key); }

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace sw
