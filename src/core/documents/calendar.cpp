// calendar.cpp — engagement → .ics text (calendar.h). Events are all-day: meetings and milestones carry dates.
#include "core/documents/calendar.h"

#include <cctype>
#include <cstdio>

#include "core/documents/escape.h"

namespace sw::documents {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil algorithms).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

bool read_date(std::string_view s, int& y, int& m, int& d) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  y = std::stoi(std::string(s.substr(0, 4)));
  m = std::stoi(std::string(s.substr(5, 2)));
  d = std::stoi(std::string(s.substr(8, 2)));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// "YYYY-MM-DD" → ("YYYYMMDD", the next day "YYYYMMDD"), or false.
bool day_and_next(std::string_view s, std::string& day, std::string& next) {
  int y, m, d;
  if (s.size() != 10 || !read_date(s, y, m, d)) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  day = buf;
  civil_from_days(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) + 1, y, m, d);
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  next = buf;
  return true;
}

bool contains_word(std::string text, const char* word) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text.find(word) != std::string::npos;
}

std::string category_of(const engagement::Meeting& m) {
  if (contains_word(m.title, "discovery")) return "Discovery call";
  if (contains_word(m.title, "implementation") || contains_word(m.title, "configuration") ||
      contains_word(m.title, "session"))
    return "Implementation session";
  return "Meeting";
}

void event(std::string& out, const std::string& uid, const std::string& stamp, const std::string& day,
           const std::string& next, const std::string& summary, const std::string& description,
           const std::string& category) {
  out += fold_line("BEGIN:VEVENT");
  out += fold_line("UID:" + ics_escape(uid));
  out += fold_line("DTSTAMP:" + stamp);
  out += fold_line("DTSTART;VALUE=DATE:" + day);
  out += fold_line("DTEND;VALUE=DATE:" + next);
  out += fold_line("SUMMARY:" + ics_escape(summary));
  if (!description.empty()) out += fold_line("DESCRIPTION:" + ics_escape(description));
  out += fold_line("CATEGORIES:" + ics_escape(category));
  out += fold_line("TRANSP:TRANSPARENT");
  out += fold_line("END:VEVENT");
}

}  // namespace

std::string fold_line(std::string_view line) {
  std::string out;
  std::size_t pos = 0;
  std::size_t limit = 75;  // octets on the first line; continuation lines spend one on the leading space
  while (line.size() - pos > limit) {
    std::size_t cut = pos + limit;
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    limit = 74;
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

std::string ics_utc(std::string_view iso) {
  int y, m, d;
  if (!read_date(iso, y, m, d)) return "";
  int hh = 0, mm = 0, ss = 0, offset_minutes = 0;
  if (iso.size() > 10) {
    if (iso.size() < 16 || (iso[10] != 'T' && iso[10] != ' ')) return "";
    if (std::sscanf(std::string(iso.substr(11)).c_str(), "%2d:%2d", &hh, &mm) != 2) return "";
    std::size_t i = 16;
    if (i < iso.size() && iso[i] == ':') {
      if (std::sscanf(std::string(iso.substr(i + 1, 2)).c_str(), "%2d", &ss) != 1) return "";
      i += 3;
      while (i < iso.size() && (iso[i] == '.' || std::isdigit(static_cast<unsigned char>(iso[i])))) ++i;  // fraction
    }
    if (i < iso.size() && (iso[i] == '+' || iso[i] == '-')) {
      int oh = 0, om = 0;
      if (std::sscanf(std::string(iso.substr(i + 1)).c_str(), "%2d:%2d", &oh, &om) < 1) return "";
      offset_minutes = (iso[i] == '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  long long t = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) * 86400 + hh * 3600 + mm * 60 +
                ss - offset_minutes * 60;
  long long days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  long long rest = t - days * 86400;
  civil_from_days(days, y, m, d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", y, m, d, static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buf;
}

std::string render_calendar(const engagement::Engagement& e, std::string_view now) {
  std::string stamp = ics_utc(now.empty() ? std::string_view(e.updated) : now);
  if (stamp.empty()) stamp = "19700101T000000Z";  // DTSTAMP is required; a fixed one keeps output deterministic
  const std::string customer = e.customer.organisation.empty() ? e.customer.name : e.customer.organisation;
  const std::string suffix = customer.empty() ? "" : " (" + customer + ")";
  std::string out;
  out += fold_line("BEGIN:VCALENDAR");
  out += fold_line("VERSION:2.0");
  out += fold_line("PRODID:-//Scopewright//Engagement calendar//EN");
  out += fold_line("CALSCALE:GREGORIAN");
  out += fold_line("METHOD:PUBLISH");
  out += fold_line("X-WR-CALNAME:" + ics_escape(e.title));
  std::string day, next;
  for (const auto& m : e.meetings) {
    if (!day_and_next(m.date, day, next)) continue;
    std::string description;
    for (const auto& t : m.topics) description += (description.empty() ? "" : "\n") + ("- " + t);
    if (!m.notes.empty()) description += (description.empty() ? "" : "\n\n") + m.notes;
    event(out, e.id + "-" + m.id + "@scopewright", stamp, day, next, m.title + suffix, description, category_of(m));
  }
  for (const auto& ms : e.plan.milestones) {
    if (!day_and_next(ms.due, day, next)) continue;
    event(out, e.id + "-" + ms.id + "@scopewright", stamp, day, next, "Milestone: " + ms.title + suffix,
          "Milestone of " + e.title, "Milestone");
  }
  out += fold_line("END:VCALENDAR");
  return out;
}

}  // namespace sw::documents
