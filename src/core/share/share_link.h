// share_link.h — a questionnaire carried inside its own link: index.html#q=<tag><base64url(raw deflate(JSON))>.
//
// The questionnaire travels in the URL *fragment*, which browsers never send to the server, so sharing needs
// no hosting and the static host never sees it. Also the ?q=URL link of a questionnaire published on the
// team's static host. Format and limits: docs/share-links.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sw::share {

/// The format tag, the first character after "q=". A later format gets a new tag; old links keep working.
constexpr char kFormatTag = '1';
/// Above this many characters a link still opens in browsers, but some mail clients and chat tools cut or
/// wrap it (the old 2,083-character address limit of Internet Explorer and Outlook is still common).
constexpr std::size_t kLongLinkLength = 2000;
/// Longest link made or opened: every current browser opens far longer ones (Chrome 2 MB, Firefox 1 MB,
/// Safari ~80 KB), but past 32 KB links are unwieldy everywhere else; publish the file and send ?q= instead.
constexpr std::size_t kMaxLinkLength = 32768;
/// Most bytes a link may unpack to. 32 KB of link inflates to at most ~25 MB of zeros; a real questionnaire
/// compresses 5-15 times, so 1 MiB leaves room while a decompression bomb stops early.
constexpr std::size_t kMaxQuestionnaireBytes = 1 << 20;

enum class LinkSize { Fine, Long, TooLong };

struct EncodedLink {
  std::string link;         // the link to send; "" when refused
  std::size_t length = 0;   // characters of the full link (computed also when it is too long)
  LinkSize size = LinkSize::Fine;
  std::string error;        // why there is no link (not JSON, too long); "" otherwise
  std::string warning;      // set when the link is long
};

/// The link that opens `questionnaire_json` (minified) for customers, on the page `page_url` (its query and
/// fragment are dropped; "" gives the relative "index.html").
EncodedLink encode_link(std::string_view questionnaire_json, std::string_view page_url);

struct DecodedLink {
  bool ok = false;
  std::string json;   // the minified questionnaire JSON
  std::string error;  // what is wrong with the link, for the person who clicked it
};

/// True when `url_or_fragment` carries a questionnaire ("...#q=...", "#q=...", "q=...").
bool has_share_fragment(std::string_view url_or_fragment);

/// Decodes a link, a fragment ("#q=1...") or its value ("q=1..."): checks the tag, base64url, the deflate
/// stream (cut short, damaged, trailing data, unpacking past kMaxQuestionnaireBytes), that it is JSON and
/// a Scopewright questionnaire (its "format"). Full validation is the loader's, when the runner opens it.
DecodedLink decode_link(std::string_view url_or_fragment);

/// "https://host/app/index.html?x#y" → "https://host/app/index.html"; "" → "index.html".
std::string page_base(std::string_view page_url);

struct PublishedLink {
  std::string link;   // "" when refused
  std::string error;
};

/// The ?q= link for a questionnaire published at `questionnaire_url` on the same static host (relative, or
/// absolute on `page_origin`, ending in .json); refused with the reason otherwise.
PublishedLink published_link(std::string_view page_url, std::string_view page_origin,
                             std::string_view questionnaire_url);

}  // namespace sw::share
