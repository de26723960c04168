// The web build's data package (src/core/assets/pack.h): what cmake/pack-assets.mjs writes, read back.
#include <gtest/gtest.h>

#include "core/assets/pack.h"

namespace sw::assets {
namespace {

std::string u32(std::size_t n) {
  std::string out(4, '\0');
  for (int i = 0; i < 4; ++i) out[i] = static_cast<char>((n >> (8 * i)) & 0xff);
  return out;
}

std::string entry(const std::string& path, const std::string& data) { return u32(path.size()) + path + u32(data.size()) + data; }

std::string package(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out = "SWPACK1\n";
  for (const auto& [path, data] : files) out += entry(path, data);
  return out;
}

TEST(AssetPack, FindsEachFileByItsPath) {
  std::string error;
  const auto pack = Pack::parse(package({{"/fonts/ui.otf", std::string("OTTO\0\x01", 6)},
                                         {"/assets/questionnaires/general.json", "{\"id\":\"general\"}"},
                                         {"/assets/empty.json", ""}}),
                                error);
  ASSERT_TRUE(pack) << error;
  EXPECT_EQ(pack->size(), 3u);
  ASSERT_TRUE(pack->find("/fonts/ui.otf"));
  EXPECT_EQ(*pack->find("/fonts/ui.otf"), std::string_view("OTTO\0\x01", 6));  // binary data, NUL bytes kept
  EXPECT_EQ(*pack->find("/assets/questionnaires/general.json"), "{\"id\":\"general\"}");
  EXPECT_EQ(*pack->find("/assets/empty.json"), "");
  EXPECT_FALSE(pack->find("/assets/questionnaires"));
  EXPECT_FALSE(pack->find("/fonts/ui.ot"));
  EXPECT_FALSE(pack->find(""));
}

TEST(AssetPack, ListsTheJsonFilesOfOneFolderSorted) {
  std::string error;
  const auto pack = Pack::parse(package({{"/assets/questionnaires/waf.json", "{}"},
                                         {"/assets/questionnaires/general.json", "{}"},
                                         {"/assets/questionnaires/README.md", "x"},
                                         {"/assets/questionnaires/old/v1.json", "{}"},
                                         {"/assets/questionnaires.json", "{}"},
                                         {"/assets/processes/six_phase.json", "{}"}}),
                                error);
  ASSERT_TRUE(pack) << error;
  EXPECT_EQ(pack->list_json("/assets/questionnaires"), (std::vector<std::string>{"general", "waf"}));
  EXPECT_EQ(pack->list_json("/assets/questionnaires/"), (std::vector<std::string>{"general", "waf"}));
  EXPECT_EQ(pack->list_json("/assets/processes"), (std::vector<std::string>{"six_phase"}));
  EXPECT_TRUE(pack->list_json("/assets/sow").empty());
}

TEST(AssetPack, AnEmptyPackageHoldsNoFiles) {
  std::string error;
  const auto pack = Pack::parse("SWPACK1\n", error);
  ASSERT_TRUE(pack) << error;
  EXPECT_EQ(pack->size(), 0u);
  EXPECT_FALSE(pack->find("/fonts/ui.otf"));
}

TEST(AssetPack, ViewsStayValidWhenThePackageMoves) {
  std::string error;
  auto parsed = Pack::parse(package({{"", "a"}}), error);  // 17 bytes: short enough for a small-string buffer
  ASSERT_TRUE(parsed) << error;
  const Pack moved = std::move(*parsed);
  const Pack copied = moved;
  EXPECT_EQ(*moved.find(""), "a");
  EXPECT_EQ(*copied.find(""), "a");
}

TEST(AssetPack, RefusesWhatIsNotAPackageSayingWhere) {
  std::string error;
  EXPECT_FALSE(Pack::parse("<!DOCTYPE html>", error));  // e.g. a host's "not found" page
  EXPECT_NE(error.find("not a Scopewright data package"), std::string::npos) << error;

  const std::string whole = package({{"/a.json", "{\"x\":1}"}, {"/b.json", "[]"}});
  for (std::size_t cut = 9; cut < whole.size(); ++cut) {  // every download cut short
    error.clear();
    const std::string part = whole.substr(0, cut);
    if (cut == 8 + entry("/a.json", "{\"x\":1}").size()) {
      EXPECT_TRUE(Pack::parse(part, error)) << "a cut between files is a whole package of fewer files";
      continue;
    }
    EXPECT_FALSE(Pack::parse(part, error)) << "cut at " << cut;
    EXPECT_NE(error.find("truncated at byte "), std::string::npos) << error;
  }
  error.clear();
  EXPECT_FALSE(Pack::parse("SWPACK1\n" + u32(0xffffffffu) + "/x", error));  // a length past the end
  EXPECT_EQ(error, "truncated at byte 8: expected a file path");
  error.clear();
  EXPECT_FALSE(Pack::parse("SWPACK1\n" + u32(2) + "/x" + u32(10) + "abc", error));
  EXPECT_EQ(error, "truncated at byte 14: expected the data of /x");
}

}  // namespace
}  // namespace sw::assets
