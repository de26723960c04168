// scanner.cpp — iterative JSON syntax scanner (no recursion, so 100k-deep input cannot overflow the stack).
#include "core/json/scanner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/json/pointer.h"
#include "core/json/utf8.h"

namespace sw::json {
namespace {

constexpr std::size_t npos = std::string::npos;
constexpr const char* kValueKinds = "a value (object, array, string, number, true, false or null)";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '$';
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}
std::string code_point_name(unsigned cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

// Builds nlohmann/json's DOM from the scanner's events, the values exactly as nlohmann::json::parse makes them.
class DomBuilder : public ScanBuilder {
 public:
  explicit DomBuilder(nlohmann::json& root) : root_(root) {}

  void open(bool object) override {
    stack_.push_back(place(object ? nlohmann::json::value_t::object : nlohmann::json::value_t::array));
  }
  void close() override { stack_.pop_back(); }
  void key(std::string_view name) override {
    auto& members = *stack_.back()->get_ptr<nlohmann::json::object_t*>();
    auto [it, inserted] = members.try_emplace(std::string(name));
    if (!inserted) {
      duplicates = true;  // the last one wins, as in nlohmann::json::parse
      it->second = nullptr;
    }
    member_ = &it->second;
  }
  void string(std::string_view v) override { place(std::string(v)); }
  void null() override { place(nullptr); }
  void boolean(bool v) override { place(v); }
  void integer(long long v) override { place(static_cast<std::int64_t>(v)); }
  void unsigned_integer(unsigned long long v) override { place(static_cast<std::uint64_t>(v)); }
  void real(double v) override { place(v); }

  bool duplicates = false;

 private:
  template <class V>
  nlohmann::json* place(V&& v) {
    if (stack_.empty()) {
      root_ = nlohmann::json(std::forward<V>(v));
      return &root_;
    }
    if (stack_.back()->is_array())
      return &stack_.back()->get_ptr<nlohmann::json::array_t*>()->emplace_back(std::forward<V>(v));
    *member_ = nlohmann::json(std::forward<V>(v));
    return member_;
  }

  nlohmann::json& root_;
  std::vector<nlohmann::json*> stack_;  // the open arrays and objects
  nlohmann::json* member_ = nullptr;    // the member whose value comes next
};

// Hands a number's text to builder with nlohmann/json's types (strtod for doubles, like nlohmann/json).
void build_number(ScanBuilder& builder, std::string_view text, bool integral) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (integral && text[0] == '-') {
    std::int64_t v = 0;
    const auto r = std::from_chars(first, last, v);
    if (r.ec == std::errc() && r.ptr == last) return builder.integer(v);
  } else if (integral) {
    std::uint64_t v = 0;
    const auto r = std::from_chars(first, last, v);
    if (r.ec == std::errc() && r.ptr == last) return builder.unsigned_integer(v);
  }
  builder.real(std::strtod(std::string(text).c_str(), nullptr));
}

class Scanner {
 public:
  Scanner(std::string_view text, const Limits& limits, ScanVisitor* visitor, ScanBuilder* builder = nullptr)
      : t_(text), limits_(limits), visitor_(visitor), builder_(builder),
        check_duplicates_(visitor == nullptr && builder == nullptr) {}

  std::vector<ScanProblem> run() {
    if (t_.size() > limits_.max_bytes) {
      fail(npos, "the document is " + std::to_string(t_.size()) + " bytes, more than the limit of " +
                  std::to_string(limits_.max_bytes) + " bytes");
      return std::move(problems_);
    }
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a UTF-8 byte-order mark is tolerated
    skip_ws();
    if (at_end()) {
      fail(pos_, "expected a JSON value but the document is empty");
      return std::move(problems_);
    }
    while (value()) {
    }
    return std::move(problems_);
  }

 private:
  struct Frame {
    bool object = false;
    std::size_t index = 0;
    std::size_t pointer_length = 0;
    std::unordered_map<std::string, std::size_t> keys;  // name → offset, for duplicate detection
  };

  bool at_end() const { return pos_ >= t_.size(); }
  char peek() const { return t_[pos_]; }

  bool fail(std::size_t offset, std::string message) {
    problems_.push_back({offset, std::move(message), false});
    return false;
  }

  void skip_ws() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }

  // What is at pos_, for "... but got X" messages.
  std::string got() const {
    if (at_end()) return "end of input";
    const char c = peek();
    if (is_word_char(c)) {
      std::size_t end = pos_;
      while (end < t_.size() && is_word_char(t_[end]) && end - pos_ < 24) ++end;
      std::string word(t_.substr(pos_, end - pos_));
      if (end < t_.size() && is_word_char(t_[end])) word += "...";
      return "'" + word + "'";
    }
    const auto uc = static_cast<unsigned char>(c);
    if (uc < 0x20 || uc == 0x7F) return "control character " + code_point_name(uc);
    if (c == '\'') return "\"'\" (strings need double quotes)";
    if (uc < 0x80) return std::string("'") + c + "'";
    const Utf8Char ch = decode_utf8(t_, pos_);
    return "'" + std::string(t_.substr(pos_, ch.length)) + "'";
  }

  // Reports an unexpected character at pos_; bad UTF-8 there is reported as such rather than as a syntax error.
  bool unexpected(const std::string& expected, const char* hint = "") {
    if (!at_end() && static_cast<unsigned char>(peek()) >= 0x80) {
      const Utf8Char ch = decode_utf8(t_, pos_);
      if (ch.error) return fail(pos_, std::string("invalid UTF-8: ") + ch.error + " (byte " + hex_byte(peek()) + ")");
    }
    return fail(pos_, "expected " + expected + " but got " + got() + hint);
  }

  // Checks the value at pos_; containers push a frame and position on their first element or key.
  // Returns false when the scan is over (error, or an empty top-level container closed the document).
  bool value() {
    if (++values_ > limits_.max_values)
      return fail(pos_, "more than " + std::to_string(limits_.max_values) + " values: far more than this kind of file holds");
    if (visitor_) visitor_->value(pointer_, pos_, key_offset_);
    if (at_end()) return unexpected(kValueKinds);
    const char c = peek();
    if (c == '{' || c == '[') {
      if (stack_.size() >= limits_.max_depth)
        return fail(pos_, "nesting is deeper than the limit of " + std::to_string(limits_.max_depth) + " levels");
      stack_.push_back(Frame{c == '{', 0, pointer_.size(), {}});
      if (builder_) builder_->open(c == '{');
      ++pos_;
      skip_ws();
      if (c == '{') {
        if (!at_end() && peek() == '}') return close_container();
        return key(false);
      }
      if (!at_end() && peek() == ']') return close_container();
      if (visitor_) pointer_ += "/0";
      key_offset_ = npos;
      after_comma_ = false;
      return true;  // the first element is the next value
    }
    bool ok = false;
    if (c == '"' && builder_) {
      std::string_view text;
      ok = string_value(text);
      if (ok) builder_->string(text);
    } else if (c == '"') {
      ok = string(nullptr);
    } else if (c == '-' || is_digit(c))
      ok = number();
    else if (is_word_char(c))
      ok = literal();
    else
      ok = unexpected(kValueKinds, after_comma_ ? " (trailing commas are not allowed)" : "");
    return ok && after_value();
  }

  void pop() {
    stack_.pop_back();
    if (builder_) builder_->close();
  }

  // An empty container just closed: continue with what follows it.
  bool close_container() {
    ++pos_;
    pop();
    return after_value();
  }

  // After a complete value: consumes ',' / ']' / '}' until another value is due. False when done or failed.
  bool after_value() {
    for (;;) {
      skip_ws();
      if (stack_.empty()) {
        if (!at_end()) return unexpected("end of input after the top-level value");
        return false;
      }
      Frame& f = stack_.back();
      if (visitor_) pointer_.resize(f.pointer_length);
      if (f.object) {
        if (!at_end() && peek() == '}') {
          ++pos_;
          pop();
          continue;
        }
        if (at_end() || peek() != ',') return unexpected("',' or '}' after an object member");
        ++pos_;
        skip_ws();
        return key(true);
      }
      if (!at_end() && peek() == ']') {
        ++pos_;
        pop();
        continue;
      }
      if (at_end() || peek() != ',') return unexpected("',' or ']' after an array element");
      ++pos_;
      skip_ws();
      ++f.index;
      if (visitor_) pointer_ += "/" + std::to_string(f.index);
      key_offset_ = npos;
      after_comma_ = true;
      return true;
    }
  }

  // Reads `"name" :` at pos_ and positions on the member's value.
  bool key(bool after_comma) {
    if (at_end() || peek() != '"') {
      if (after_comma && !at_end() && peek() == '}')
        return unexpected("a member name in double quotes after ','", " (trailing commas are not allowed)");
      return unexpected(after_comma ? "a member name in double quotes" : "a member name in double quotes or '}'");
    }
    const std::size_t key_offset = pos_;
    std::string_view name;
    if (!string_value(name)) return false;
    Frame& f = stack_.back();
    if (check_duplicates_) {
      auto [it, inserted] = f.keys.emplace(std::string(name), key_offset);
      if (!inserted) {
        problems_.push_back(
            {key_offset, "duplicate key \"" + std::string(name) + "\" in this object (the last one is used)", true, it->second});
      }
    }
    skip_ws();
    if (at_end() || peek() != ':') return unexpected("':' after the member name");
    ++pos_;
    skip_ws();
    if (visitor_) pointer_ += "/" + escape_token(name);
    if (builder_) builder_->key(name);
    key_offset_ = key_offset;
    after_comma_ = false;
    return true;
  }

  // Scans the string at pos_ (on its opening quote) and gives its value: a view of the text when it is plain
  // ASCII without escapes (most names and labels: no copying), else decoded_.
  bool string_value(std::string_view& value) {
    const std::size_t start = pos_;
    const std::size_t stop = std::min(t_.size(), start + 1 + limits_.max_string_bytes);
    std::size_t i = start + 1;
    while (i < stop && plain_ascii(t_[i])) ++i;
    if (i < stop && t_[i] == '"') {
      pos_ = i + 1;
      value = t_.substr(start + 1, i - start - 1);
      return true;
    }
    decoded_.clear();  // escapes, other characters, a problem: the full scan (and its messages)
    if (!string(&decoded_)) return false;
    value = decoded_;
    return true;
  }

  static bool plain_ascii(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
  }

  // Scans the string at pos_ (on its opening quote); decodes it into out when out is given.
  bool string(std::string* out) {
    const std::size_t start = pos_;
    ++pos_;
    for (;;) {
      if (pos_ - start > limits_.max_string_bytes)
        return fail(start, "string is longer than the limit of " + std::to_string(limits_.max_string_bytes) + " bytes");
      if (at_end()) return fail(start, "unterminated string: expected '\"' before end of input");
      const auto c = static_cast<unsigned char>(peek());
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        if (!escape(out)) return false;
        continue;
      }
      if (c < 0x20)
        return fail(pos_, "unescaped control character " + code_point_name(c) + " in string (use an escape such as \\n)");
      if (c < 0x80) {
        // A run of plain ASCII characters is copied at once (one character at a time showed in profiles).
        const std::size_t run = pos_;
        const std::size_t stop = std::min(t_.size(), start + 1 + limits_.max_string_bytes);
        while (pos_ < stop && plain_ascii(t_[pos_])) ++pos_;
        if (out) out->append(t_.substr(run, pos_ - run));
        continue;
      }
      const Utf8Char ch = decode_utf8(t_, pos_);
      if (ch.error) return fail(pos_, std::string("invalid UTF-8 in string: ") + ch.error + " (byte " + hex_byte(c) + ")");
      if (out) out->append(t_.substr(pos_, ch.length));
      pos_ += ch.length;
    }
  }

  bool escape(std::string* out) {
    const std::size_t start = pos_;
    ++pos_;
    if (at_end()) return fail(start, "unterminated string: expected '\"' before end of input");
    const char e = peek();
    ++pos_;
    char simple = 0;
    switch (e) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u': break;
      default:
        pos_ = start;
        return fail(start, "invalid escape '\\" + std::string(1, e) +
                               "' in string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    }
    if (simple) {
      if (out) *out += simple;
      return true;
    }
    unsigned cp = 0;
    if (!hex4(start, cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
      return fail(start, "unpaired UTF-16 surrogate \\u" + hex4_text(cp) + " (a low surrogate must follow a high one)");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const std::string unpaired =
          "unpaired UTF-16 surrogate \\u" + hex4_text(cp) + " (a high surrogate must be followed by \\uDC00-\\uDFFF)";
      if (t_.substr(pos_, 2) != "\\u") return fail(start, unpaired);
      const std::size_t low_start = pos_;
      pos_ += 2;
      unsigned low = 0;
      if (!hex4(low_start, low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail(start, unpaired);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (out) append_utf8(*out, cp);
    return true;
  }

  bool hex4(std::size_t escape_start, unsigned& cp) {
    for (int i = 0; i < 4; ++i) {
      const int h = at_end() ? -1 : hex_value(peek());
      if (h < 0) return fail(escape_start, "expected 4 hex digits after \\u in string");
      cp = cp * 16 + static_cast<unsigned>(h);
      ++pos_;
    }
    return true;
  }

  static std::string hex4_text(unsigned cp) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    return buf;
  }

  bool number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (at_end() || !is_digit(peek())) return unexpected("a digit after '-'");
    if (peek() == '0') {
      ++pos_;
      if (!at_end() && is_digit(peek())) return fail(start, "invalid number: leading zeros are not allowed");
    } else {
      while (!at_end() && is_digit(peek())) ++pos_;
    }
    bool integral = true;
    if (!at_end() && peek() == '.') {
      integral = false;
      ++pos_;
      if (at_end() || !is_digit(peek())) return unexpected("a digit after the decimal point");
      while (!at_end() && is_digit(peek())) ++pos_;
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
      integral = false;
      ++pos_;
      if (!at_end() && (peek() == '+' || peek() == '-')) ++pos_;
      if (at_end() || !is_digit(peek())) return unexpected("a digit in the exponent");
      while (!at_end() && is_digit(peek())) ++pos_;
    }
    // nlohmann/json refuses numbers that overflow a double: catch them here, with a location.
    if (!integral || pos_ - start > 18) {
      const std::string text(t_.substr(start, pos_ - start));
      if (!std::isfinite(std::strtod(text.c_str(), nullptr)))
        return fail(start, "number " + (text.size() > 32 ? text.substr(0, 32) + "..." : text) + " is out of range: numbers must lie between -1.7e308 and 1.7e308");
    }
    if (builder_) build_number(*builder_, t_.substr(start, pos_ - start), integral);
    return true;
  }

  bool literal() {
    for (const char* word : {"true", "false", "null"}) {
      const std::string_view w(word);
      if (t_.substr(pos_, w.size()) == w && (pos_ + w.size() >= t_.size() || !is_word_char(t_[pos_ + w.size()]))) {
        if (builder_) w[0] == 'n' ? builder_->null() : builder_->boolean(w[0] == 't');
        pos_ += w.size();
        return true;
      }
    }
    return unexpected(kValueKinds);
  }

  std::string_view t_;
  const Limits& limits_;
  ScanVisitor* visitor_;
  ScanBuilder* builder_;
  bool check_duplicates_;
  std::size_t pos_ = 0;
  std::size_t values_ = 0;
  std::size_t key_offset_ = npos;  // member name of the value due next, npos in arrays
  bool after_comma_ = false;        // the value due next follows a ',' (for the trailing-comma hint)
  std::string pointer_;
  std::string decoded_;  // the string or member name being read (for the builder)
  std::vector<Frame> stack_;
  std::vector<ScanProblem> problems_;
};

}  // namespace

std::vector<ScanProblem> scan(std::string_view text, const Limits& limits, ScanVisitor* visitor) {
  return Scanner(text, limits, visitor).run();
}

std::vector<ScanProblem> scan_and_build(std::string_view text, const Limits& limits, nlohmann::json& out,
                                        bool& duplicates) {
  DomBuilder builder(out);
  std::vector<ScanProblem> problems = Scanner(text, limits, nullptr, &builder).run();
  duplicates = builder.duplicates;
  return problems;
}

std::vector<ScanProblem> scan_and_build(std::string_view text, const Limits& limits, ScanBuilder& builder) {
  return Scanner(text, limits, nullptr, &builder).run();
}

}  // namespace sw::json
