// share_link.cpp — see share_link.h.
#include "core/share/share_link.h"

#include "core/json/load.h"
#include "core/runner/questionnaire_source.h"
#include "core/share/base64url.h"
#include "core/share/deflate.h"

namespace sw::share {
namespace {

// The value of the fragment's q= parameter, or nullopt-like npos when absent.
std::string_view fragment_value(std::string_view s, bool& found) {
  found = false;
  const auto hash = s.find('#');
  if (hash != std::string_view::npos) s = s.substr(hash + 1);
  else if (s.find("://") != std::string_view::npos) return {};  // a URL without a fragment
  while (!s.empty()) {
    const auto amp = s.find('&');
    const std::string_view part = s.substr(0, amp);
    if (part.substr(0, 2) == "q=") {
      found = true;
      return part.substr(2);
    }
    if (amp == std::string_view::npos) break;
    s = s.substr(amp + 1);
  }
  return {};
}

std::string with_commas(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

std::string percent_encode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == ':';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

DecodedLink refused(std::string why) { return DecodedLink{false, {}, "This questionnaire link does not work: " + why}; }

}  // namespace

std::string page_base(std::string_view page_url) {
  const auto cut = page_url.find_first_of("?#");
  const std::string_view base = cut == std::string_view::npos ? page_url : page_url.substr(0, cut);
  return base.empty() ? "index.html" : std::string(base);
}

EncodedLink encode_link(std::string_view questionnaire_json, std::string_view page_url) {
  EncodedLink out;
  const json::Document doc = json::load(questionnaire_json, "questionnaire");
  if (!doc.ok()) {
    out.error = "The questionnaire is not valid JSON: " + format(doc.diagnostics.front());
    return out;
  }
  const std::string minified = doc.value.dump();
  const std::string link = page_base(page_url) + "#q=" + kFormatTag + base64url_encode(deflate_raw(minified));
  out.length = link.size();
  if (out.length > kMaxLinkLength) {
    out.size = LinkSize::TooLong;
    out.error = "The link would be " + with_commas(out.length) + " characters, more than the " +
                with_commas(kMaxLinkLength) + " a link may have. Publish the file on your static host and send "
                "its ?q= link instead.";
    return out;
  }
  out.link = link;
  if (out.length > kLongLinkLength) {
    out.size = LinkSize::Long;
    out.warning = "The link is " + with_commas(out.length) + " characters: browsers open it, but some mail "
                  "clients and chat tools break links longer than " + with_commas(kLongLinkLength) +
                  ". Test it, or publish the file and send its ?q= link.";
  }
  return out;
}

bool has_share_fragment(std::string_view url_or_fragment) {
  bool found = false;
  fragment_value(url_or_fragment, found);
  return found;
}

DecodedLink decode_link(std::string_view url_or_fragment) {
  bool found = false;
  const std::string_view value = fragment_value(url_or_fragment, found);
  if (!found) return refused("it carries no questionnaire (no #q= part).");
  if (value.empty()) return refused("the #q= part is empty.");
  if (url_or_fragment.size() > kMaxLinkLength)
    return refused("it is " + with_commas(url_or_fragment.size()) + " characters long, more than the " +
                   with_commas(kMaxLinkLength) + " a questionnaire link may have.");
  if (value[0] != kFormatTag) {
    if (value[0] >= '2' && value[0] <= '9')
      return refused(std::string("it was made by a newer version of Scopewright (link format ") + value[0] +
                     "). Open it with the latest version.");
    return refused("it does not start with a known format tag (expected '" + std::string(1, kFormatTag) +
                   "' after #q=): the link was changed or badly copied.");
  }
  std::string why;
  const auto compressed = base64url_decode(value.substr(1), why);
  if (!compressed) return refused(why + ".");
  const Inflated inflated = inflate_raw(*compressed, kMaxQuestionnaireBytes);
  if (!inflated.bytes) return refused(inflated.message + ".");
  const json::Document doc = json::load(*inflated.bytes, "link");
  if (!doc.ok()) return refused("its content is not JSON (" + doc.diagnostics.front().message + ").");
  const auto& v = doc.value;
  const auto format = v.is_object() ? v.find("format") : v.end();
  if (!v.is_object() || format == v.end() || !format->is_string() ||
      format->get<std::string>().rfind("scopewright.questionnaire/", 0) != 0)
    return refused("its content is not a Scopewright questionnaire (no \"format\": \"scopewright.questionnaire/1\").");
  return DecodedLink{true, v.dump(), {}};
}

PublishedLink published_link(std::string_view page_url, std::string_view page_origin,
                             std::string_view questionnaire_url) {
  if (questionnaire_url.empty()) return {{}, "Enter the address of the published questionnaire file."};
  const auto source = runner::resolve_source(questionnaire_url, page_origin);
  if (source.kind == runner::QuestionnaireSource::Kind::Invalid) return {{}, source.value};
  return {page_base(page_url) + "?q=" + percent_encode(questionnaire_url), {}};
}

}  // namespace sw::share
