// test_bad_inputs.cpp — the malformed-input corpus (tests/data/bad, see its README.md) through the core loaders
// and through scopewright-cli. tests/data/bad/expected.json says, per file, which loader reads it, whether it is
// refused ("error"), loaded with warnings ("warning") or accepted ("ok"), and what the message must say.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bad_input_loaders.h"
#include "cli_runner.h"

namespace sw::test {
namespace {

namespace fs = std::filesystem;

struct CorpusEntry {
  std::string file;     // relative to tests/data/bad
  std::string loader;   // questionnaire, answers, engagement, workspace, process
  bool cli = false;     // also run through scopewright-cli
  std::string outcome;  // error, warning, ok
  std::vector<std::string> messages;  // substrings the diagnostics must contain
  std::size_t max_diagnostics = 0;    // 0: any number; else at most this many (bounded output)
};

std::string corpus_dir() { return source_path("tests/data/bad"); }

std::vector<CorpusEntry> load_manifest() {
  std::vector<CorpusEntry> entries;
  const auto manifest = nlohmann::json::parse(read_whole_file(corpus_dir() + "/expected.json"), nullptr, false);
  if (!manifest.is_object() || !manifest.contains("files")) return entries;
  for (const auto& f : manifest["files"]) {
    CorpusEntry e{f.value("file", ""), f.value("loader", ""), f.value("cli", false), f.value("outcome", ""), {}};
    for (const auto& m : f.value("messages", nlohmann::json::array())) e.messages.push_back(m.get<std::string>());
    e.max_diagnostics = f.value("max_diagnostics", std::size_t{0});
    entries.push_back(std::move(e));
  }
  return entries;
}

std::string test_name(const ::testing::TestParamInfo<CorpusEntry>& info) {
  std::string name = info.param.file;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

TEST(BadInputCorpus, ManifestListsEveryFileOnce) {
  const auto entries = load_manifest();
  ASSERT_GT(entries.size(), 50u) << "tests/data/bad/expected.json is missing or unreadable";
  std::set<std::string> listed;
  for (const auto& e : entries) {
    EXPECT_TRUE(listed.insert(e.file).second) << e.file << " is listed twice";
    EXPECT_TRUE(e.outcome == "error" || e.outcome == "warning" || e.outcome == "ok") << e.file;
    EXPECT_TRUE(e.outcome == "ok" || !e.messages.empty()) << e.file << ": say what the message must contain";
  }
  for (const auto& p : fs::recursive_directory_iterator(corpus_dir())) {
    if (!p.is_regular_file() || p.path().parent_path() == fs::path(corpus_dir())) continue;  // README, manifest
    const auto rel = fs::relative(p.path(), corpus_dir()).generic_string();
    EXPECT_TRUE(listed.count(rel)) << rel << " is in the corpus but not in expected.json";
  }
  const auto readme = read_whole_file(corpus_dir() + "/README.md");
  for (const auto& e : entries) EXPECT_NE(readme.find("`" + e.file + "`"), std::string::npos) << e.file << " not in README.md";
}

class BadInput : public ::testing::TestWithParam<CorpusEntry> {};

TEST_P(BadInput, LoaderGivesTheDocumentedOutcomeAndALocatedMessage) {
  const auto& e = GetParam();
  const std::string label = "bad/" + e.file;
  const auto verdict = load_with(e.loader, read_whole_file(corpus_dir() + "/" + e.file), label);
  const std::string text = verdict.text();
  SCOPED_TRACE(text);
  if (e.outcome == "error") {
    EXPECT_FALSE(verdict.accepted()) << e.file << " should be refused";
  } else {
    EXPECT_TRUE(verdict.accepted()) << e.file << " should load";
    if (e.outcome == "warning") {
      EXPECT_TRUE(verdict.has_warnings()) << e.file << " should load with a warning";
    }
  }
  for (const auto& m : e.messages) EXPECT_NE(text.find(m), std::string::npos) << "missing \"" << m << "\"";
  if (e.max_diagnostics) EXPECT_LE(verdict.diagnostics.size(), e.max_diagnostics) << "one message per problem";
  // Every problem names its place: the file, and a line:column or a JSON path in it.
  for (const auto& d : verdict.diagnostics) {
    EXPECT_EQ(d.file, label) << d.message;
    EXPECT_TRUE(d.line > 0 || !d.json_path.empty()) << "no place given: " << format(d);
    EXPECT_GT(d.message.size(), 10u) << "too short to explain: " << format(d);
  }
}

class BadInputCli : public ::testing::TestWithParam<CorpusEntry> {};

TEST_P(BadInputCli, CliRefusesOrAcceptsWithTheSameMessage) {
  const auto& e = GetParam();
  const std::string path = corpus_dir() + "/" + e.file;
  const auto run = run_cli(cli_args_for(e.loader, path));
  const std::string all = run.err + run.out;
  SCOPED_TRACE(all.substr(0, 4000));
  EXPECT_EQ(run.exit_code, e.outcome == "error" ? 1 : 0) << "no crash, and the exit code says refused or not";
  EXPECT_EQ(all.find("AddressSanitizer"), std::string::npos);
  EXPECT_EQ(all.find("runtime error"), std::string::npos);
  for (const auto& m : e.messages) EXPECT_NE(all.find(m), std::string::npos) << "missing \"" << m << "\"";
  if (e.outcome != "ok") {
    EXPECT_NE(all.find(e.file), std::string::npos) << "the message must name the file";
  }
}

/// The entries a CLI command reads (questionnaires, answers, engagements; no command reads workspaces or processes).
std::vector<CorpusEntry> cli_entries() {
  auto entries = load_manifest();
  std::erase_if(entries, [](const CorpusEntry& e) { return !e.cli; });
  return entries;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, ::testing::ValuesIn(load_manifest()), test_name);
INSTANTIATE_TEST_SUITE_P(Corpus, BadInputCli, ::testing::ValuesIn(cli_entries()), test_name);

}  // namespace
}  // namespace sw::test
