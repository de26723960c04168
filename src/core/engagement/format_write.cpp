// format_write.cpp — Engagement → JSON, through the field list in fields.h.
#include <type_traits>

#include "core/engagement/fields.h"
#include "core/engagement/format.h"

namespace sw::engagement {
namespace {

template <class J>
class Writer {
 public:
  explicit Writer(J& out) : out_(out) {}

  void operator()(const char* key, const std::string& v) { out_[key] = v; }
  void operator()(const char* key, bool v) { out_[key] = v; }
  void operator()(const char* key, int v) { out_[key] = v; }
  void operator()(const char* key, long long v) { out_[key] = v; }
  void operator()(const char* key, const std::optional<double>& v) {
    out_[key] = v ? J(*v) : J(nullptr);
  }
  void operator()(const char* key, const nlohmann::json& v) { out_[key] = J(v); }
  void operator()(const char* key, const std::vector<std::string>& v) { out_[key] = v; }
  template <class T>
  void operator()(const char* key, const std::vector<T>& list) {
    J arr = J::array();
    for (const T& item : list) arr.push_back(record(item));
    out_[key] = std::move(arr);
  }
  template <class T>
  void operator()(const char* key, const T& v) {
    if constexpr (std::is_enum_v<T>)
      out_[key] = std::string(name_of(v));
    else
      out_[key] = record(v);
  }

  template <class T>
  static J record(const T& r) {
    J obj = J::object();
    Writer w(obj);
    fields::visit(w, const_cast<T&>(r));  // the writer only reads
    return obj;
  }

 private:
  J& out_;
};

template <class J>
J write(const Engagement& e) {
  J out = J::object();
  out["format"] = std::string(kFormatName) + "/" + std::to_string(kFormatMajor) + "." + std::to_string(kFormatMinor);
  Writer<J> w(out);
  fields::visit(w, const_cast<Engagement&>(e));
  return out;
}

}  // namespace

nlohmann::ordered_json to_json(const Engagement& e) { return write<nlohmann::ordered_json>(e); }
nlohmann::json to_dom(const Engagement& e) { return write<nlohmann::json>(e); }
std::string to_text(const Engagement& e) { return to_json(e).dump(2) + "\n"; }

}  // namespace sw::engagement
