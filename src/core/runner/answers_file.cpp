// answers_file.cpp — answers file names and imports (see answers_file.h).
#include "core/runner/answers_file.h"


namespace sw::runner {

namespace {
// Latin-1 / Latin Extended-A letters folded to ASCII (the common ones in names).
const char* fold(unsigned code) {
  struct Fold { unsigned code; const char* ascii; };
  static constexpr Fold kFolds[] = {
      {0xC0, "a"}, {0xC1, "a"}, {0xC2, "a"}, {0xC3, "a"}, {0xC4, "a"}, {0xC5, "a"}, {0xC6, "ae"}, {0xC7, "c"},
      {0xC8, "e"}, {0xC9, "e"}, {0xCA, "e"}, {0xCB, "e"}, {0xCC, "i"}, {0xCD, "i"}, {0xCE, "i"}, {0xCF, "i"},
      {0xD1, "n"}, {0xD2, "o"}, {0xD3, "o"}, {0xD4, "o"}, {0xD5, "o"}, {0xD6, "o"}, {0xD8, "o"}, {0xD9, "u"},
      {0xDA, "u"}, {0xDB, "u"}, {0xDC, "u"}, {0xDD, "y"}, {0xDF, "ss"}, {0x141, "l"}, {0x142, "l"},
      {0x152, "oe"}, {0x153, "oe"}, {0x15A, "s"}, {0x15B, "s"}, {0x160, "s"}, {0x161, "s"}, {0x17D, "z"},
      {0x17E, "z"}, {0x17B, "z"}, {0x17C, "z"}, {0x106, "c"}, {0x107, "c"}, {0x10C, "c"}, {0x10D, "c"},
  };
  if (code >= 0xE0 && code <= 0xFE && code != 0xF7) code -= 0x20;  // lower-case Latin-1 → upper
  for (const auto& f : kFolds)
    if (f.code == code) return f.ascii;
  return nullptr;
}

std::string who_answered(const questionnaire::AnswersDocument& doc) {
  if (!doc.respondent.company.empty()) return doc.respondent.company;
  const auto it = doc.answers.find("customer_name");
  if (it != doc.answers.end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
  return doc.respondent.name;
}
}  // namespace

std::string slug(std::string_view text) {
  std::string out;
  bool dash = false;
  auto put = [&](const char* s) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += s;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    unsigned code = c;
    std::size_t len = 1;
    if (c >= 0xC0 && c < 0xE0 && i + 1 < text.size()) {
      code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      len = 2;
    } else if (c >= 0xE0) {
      len = c >= 0xF0 ? 4 : 3;
      code = 0xFFFF;
    }
    i += len;
    if ((code >= 'a' && code <= 'z') || (code >= '0' && code <= '9')) {
      const char s[2] = {static_cast<char>(code), 0};
      put(s);
    } else if (code >= 'A' && code <= 'Z') {
      const char s[2] = {static_cast<char>(code - 'A' + 'a'), 0};
      put(s);
    } else if (const char* f = fold(code)) {
      put(f);
    } else {
      dash = true;
    }
  }
  return out;
}

std::string answers_file_name(const questionnaire::AnswersDocument& doc, std::string_view date) {
  std::string who = slug(who_answered(doc));
  if (who.size() > 40) who.resize(40);
  while (!who.empty() && who.back() == '-') who.pop_back();
  std::string name = who.empty() ? "answers" : who;
  if (!doc.questionnaire_id.empty()) name += "-" + slug(doc.questionnaire_id);
  if (!date.empty()) name += "-" + std::string(date);
  return name + ".json";
}

ImportedAnswers import_answers(std::string_view text, std::string_view file, const questionnaire::Questionnaire& q) {
  ImportedAnswers out;
  auto read = questionnaire::read_answers(text, file);
  if (read.ok()) questionnaire::fit_answers(read, q, file);
  if (!read.ok()) {
    // Every problem up to a few (one line each), so the respondent or engineer can fix the file in one go.
    constexpr std::size_t kShown = 5;
    std::size_t errors = 0;
    out.message = std::string(file) + " was not opened: ";
    for (const auto& d : read.diagnostics) {
      if (d.severity != Severity::Error) continue;
      if (++errors <= kShown) out.message += (errors > 1 ? "\n" : "") + format(d);
    }
    if (errors > kShown) out.message += "\n… and " + std::to_string(errors - kShown) + " more problems";
    return out;
  }
  out.ok = true;
  out.document = std::move(read.document);
  for (const auto& d : read.dropped) out.dropped.push_back(d.json_path + ": " + d.reason);
  out.message = "Opened " + std::string(file) +
                (out.dropped.empty() ? "." : " (" + std::to_string(out.dropped.size()) + " answers no longer fit and were left out).");
  return out;
}

}  // namespace sw::runner
