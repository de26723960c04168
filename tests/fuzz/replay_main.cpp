// replay_main.cpp — runs a fuzz target's LLVMFuzzerTestOneInput over saved inputs, without libFuzzer, so every
// finding in tests/fuzz/regressions/<target>/ is a regression test of the ordinary native build (ctest, ASan +
// UBSan): a finding that crashes, aborts or trips a sanitizer again fails that test.
//
//   replay_<target> FILE_OR_DIR...
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::printf("replaying %s (%zu bytes)\n", file.string().c_str(), bytes.size());
  std::fflush(stdout);  // the name is on screen before a crash
  return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  int inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::directory_iterator(path))
        if (entry.is_regular_file()) inputs += (replay(entry.path()), 1);
    } else {
      inputs += (replay(path), 1);
    }
  }
  std::printf("%d input(s) replayed without a crash\n", inputs);
  return inputs > 0 ? 0 : 1;  // nothing replayed means a wrong path: fail rather than pass vacuously
}
