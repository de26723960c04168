// test_share_link.cpp — questionnaire links carried in the URL fragment (core/share): round trip, length limits,
// and every kind of corrupt link refused with a message saying what is wrong.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/loader.h"
#include "core/share/base64url.h"
#include "core/share/deflate.h"
#include "core/share/share_link.h"

namespace sw {
namespace {

using share::LinkSize;

std::string read(const std::string& relative) {
  std::string text, ignored;
  std::ifstream in(test::source_path(relative));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A valid questionnaire of `questions` text questions whose labels do not repeat (so they compress poorly).
std::string questionnaire_with(int questions, unsigned seed = 1) {
  nlohmann::json q = {{"format", "scopewright.questionnaire/1"}, {"id", "big"}, {"version", "1"}, {"title", "Big"}};
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < questions; ++i) {
    seed = seed * 1103515245u + 12345u;
    list.push_back({{"id", "q" + std::to_string(i)}, {"type", "text"},
                    {"label", "Question " + std::to_string(seed % 1000003u) + " " + std::to_string(seed >> 7)}});
  }
  q["sections"] = {{{"id", "s"}, {"title", "S"}, {"questions", list}}};
  return q.dump(2);
}

// The link's payload after "#q=" and the tag.
std::string payload(const std::string& link) { return link.substr(link.find("#q=") + 4); }

std::string link_for_bytes(const std::string& bytes) {
  return "index.html#q=1" + share::base64url_encode(share::deflate_raw(bytes));
}

TEST(Base64Url, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (std::size_t n = 0; n <= bytes.size(); n += 1) {
    std::string error;
    const auto back = share::base64url_decode(share::base64url_encode(bytes.substr(0, n)), error);
    ASSERT_TRUE(back) << n << ": " << error;
    EXPECT_EQ(*back, bytes.substr(0, n));
  }
  EXPECT_EQ(share::base64url_encode("\xfb\xff"), "-_8");  // the URL-safe letters, no padding
}

TEST(Base64Url, RefusesForeignCharactersAndImpossibleLengths) {
  std::string error;
  EXPECT_FALSE(share::base64url_decode("ab+d", error));
  EXPECT_NE(error.find("character 3"), std::string::npos) << error;
  EXPECT_NE(error.find("'+'"), std::string::npos) << error;
  EXPECT_FALSE(share::base64url_decode("abcde", error));
  EXPECT_NE(error.find("cut short"), std::string::npos) << error;
}

TEST(ShareLink, RoundTripIsTheMinifiedQuestionnaire) {
  const std::string text = read("tests/data/questionnaire/all_types.json");
  const auto encoded = share::encode_link(text, "https://team.example/app/index.html?view=home#old");
  ASSERT_TRUE(encoded.error.empty()) << encoded.error;
  EXPECT_EQ(encoded.link.rfind("https://team.example/app/index.html#q=1", 0), 0u) << encoded.link.substr(0, 80);
  EXPECT_EQ(encoded.length, encoded.link.size());
  const auto decoded = share::decode_link(encoded.link);
  ASSERT_TRUE(decoded.ok) << decoded.error;
  EXPECT_EQ(nlohmann::json::parse(decoded.json), nlohmann::json::parse(text));
  EXPECT_EQ(decoded.json.find('\n'), std::string::npos);
  // The same content, hence the same hash: autosaved answers of the questionnaire find it again.
  const auto a = questionnaire::load_questionnaire(text, "a.json");
  const auto b = questionnaire::load_questionnaire(decoded.json, "link");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(questionnaire::content_hash(a.questionnaire), questionnaire::content_hash(b.questionnaire));
  // Compressed well below the file's size (this file is small and varied: it compresses least well).
  EXPECT_LT(encoded.length * 2, text.size());
}

TEST(ShareLink, DecodesFragmentsAndBareValuesToo) {
  const auto encoded = share::encode_link(read("tests/data/share/branching.json"), "");
  EXPECT_EQ(encoded.link.rfind("index.html#q=1", 0), 0u);
  const std::string fragment = encoded.link.substr(encoded.link.find('#'));
  EXPECT_TRUE(share::decode_link(fragment).ok);
  EXPECT_TRUE(share::decode_link(fragment.substr(1)).ok);
  EXPECT_TRUE(share::decode_link("#x=1&" + fragment.substr(1)).ok);
  EXPECT_TRUE(share::has_share_fragment(fragment));
  EXPECT_FALSE(share::has_share_fragment("https://h/index.html?q=general"));
}

TEST(ShareLink, LengthIsFineThenLongThenRefused) {
  const auto small = share::encode_link(questionnaire_with(3), "");
  EXPECT_EQ(small.size, LinkSize::Fine);
  EXPECT_TRUE(small.warning.empty());

  const auto longer = share::encode_link(questionnaire_with(120), "");
  ASSERT_TRUE(longer.error.empty()) << longer.error;
  EXPECT_GT(longer.length, share::kLongLinkLength);
  EXPECT_EQ(longer.size, LinkSize::Long);
  EXPECT_NE(longer.warning.find("mail"), std::string::npos);
  EXPECT_TRUE(share::decode_link(longer.link).ok);

  const auto huge = share::encode_link(questionnaire_with(3000), "");
  EXPECT_EQ(huge.size, LinkSize::TooLong);
  EXPECT_GT(huge.length, share::kMaxLinkLength);
  EXPECT_TRUE(huge.link.empty());
  EXPECT_NE(huge.error.find("32,768"), std::string::npos) << huge.error;
  EXPECT_NE(huge.error.find("?q="), std::string::npos) << huge.error;
}

TEST(ShareLink, RefusesTextThatIsNotJson) {
  const auto e = share::encode_link("{\"format\": ", "");
  EXPECT_TRUE(e.link.empty());
  EXPECT_NE(e.error.find("not valid JSON"), std::string::npos) << e.error;
}

void expect_refused(const std::string& link, const std::string& why) {
  const auto d = share::decode_link(link);
  EXPECT_FALSE(d.ok) << link.substr(0, 60);
  EXPECT_EQ(d.error.rfind("This questionnaire link does not work: ", 0), 0u) << d.error;
  EXPECT_NE(d.error.find(why), std::string::npos) << "expected '" << why << "' in: " << d.error;
}

TEST(ShareLinkCorrupt, EachKindIsRefusedWithItsReason) {
  const std::string good = share::encode_link(read("tests/data/share/branching.json"), "").link;
  const std::string body = payload(good);
  expect_refused("index.html", "no #q=");
  expect_refused("index.html#q=", "empty");
  expect_refused("index.html#q=7" + body, "newer version");
  expect_refused("index.html#q=x" + body, "format tag");
  expect_refused("index.html#q=1" + body.substr(0, 10) + "*" + body.substr(11), "character 11");
  expect_refused("index.html#q=1" + body.substr(0, body.size() / 2 / 4 * 4), "cut short");
  expect_refused("index.html#q=1" + share::base64url_encode("\xff\xff\xff\xff garbage"), "damaged");
  const std::string stream = share::deflate_raw("{\"format\":\"scopewright.questionnaire/1\"}");
  expect_refused("index.html#q=1" + share::base64url_encode(stream + "extra"), "extra data");
  expect_refused(link_for_bytes("{\"format\": \"scopewright.questionnaire/1\""), "not JSON");
  expect_refused(link_for_bytes("[1, 2, 3]"), "not a Scopewright questionnaire");
  expect_refused(link_for_bytes("{\"format\": \"scopewright.engagement/1\"}"), "not a Scopewright questionnaire");
  expect_refused("index.html#q=1" + std::string(share::kMaxLinkLength, 'A'), "more than the 32,768");
}

TEST(ShareLinkCorrupt, DecompressionBombStopsAtTheCap) {
  // 3 MB of spaces in a JSON string deflate to ~3 KB: a short link that would unpack to far too much.
  const std::string bomb = "{\"format\":\"scopewright.questionnaire/1\",\"title\":\"" + std::string(3 << 20, ' ') + "\"}";
  const std::string link = link_for_bytes(bomb);
  ASSERT_LT(link.size(), share::kMaxLinkLength);
  expect_refused(link, "more than 1048576 bytes");
  const auto inflated = share::inflate_raw(share::deflate_raw(bomb), 1000);
  EXPECT_EQ(inflated.error, share::InflateError::TooLarge);
  EXPECT_FALSE(inflated.bytes);
  // Exactly at the cap is allowed.
  EXPECT_TRUE(share::inflate_raw(share::deflate_raw(std::string(1000, 'a')), 1000).bytes);
}

TEST(PublishedLink, BuildsTheQueryLinkForFilesOnThisSite) {
  const auto rel = share::published_link("https://team.example/app/index.html#x", "https://team.example",
                                         "forms/acme corp.json");
  EXPECT_EQ(rel.link, "https://team.example/app/index.html?q=forms/acme%20corp.json");
  const auto abs = share::published_link("https://team.example/app/", "https://team.example",
                                         "https://team.example/forms/a.json?v=2&x=1");
  EXPECT_EQ(abs.link, "https://team.example/app/?q=https://team.example/forms/a.json%3Fv%3D2%26x%3D1");
  const auto other = share::published_link("https://team.example/", "https://team.example",
                                           "https://elsewhere.example/a.json");
  EXPECT_TRUE(other.link.empty());
  EXPECT_NE(other.error.find("must come from this site"), std::string::npos) << other.error;
  EXPECT_FALSE(share::published_link("", "", "my notes.txt").error.empty());
}

TEST(ShareLinkCli, PrintsALinkThatDecodesBack) {
  const auto made = test::run_cli("share-link " + test::source_path("tests/data/share/branching.json") +
                                  " --page https://team.example/index.html");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const std::string link = made.out.substr(0, made.out.find('\n'));
  EXPECT_EQ(link, share::encode_link(read("tests/data/share/branching.json"), "https://team.example/index.html").link);
  const auto back = test::run_cli("share-link --decode '" + link + "'");
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_EQ(nlohmann::json::parse(back.out), nlohmann::json::parse(read("tests/data/share/branching.json")));
}

TEST(ShareLinkCli, RefusesInvalidQuestionnairesAndCorruptLinks) {
  const auto invalid = test::run_cli("share-link " + test::source_path("tests/data/questionnaire/many_errors.json"));
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_TRUE(invalid.out.empty());
  EXPECT_NE(invalid.err.find("not a valid questionnaire"), std::string::npos);
  const auto corrupt = test::run_cli("share-link --decode 'index.html#q=1AAAA'");
  EXPECT_EQ(corrupt.exit_code, 1);
  EXPECT_NE(corrupt.err.find("does not work"), std::string::npos) << corrupt.err;
  EXPECT_EQ(test::run_cli("share-link").exit_code, 2);
  EXPECT_NE(test::run_cli("--help").out.find("share-link"), std::string::npos);
}

}  // namespace
}  // namespace sw
