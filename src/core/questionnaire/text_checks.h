// text_checks.h — syntax checks of the small strings in questionnaire and answers files (ids, dates, codes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sw::questionnaire {

/// [A-Za-z_][A-Za-z0-9_]*, at most 64 characters: usable as {id} in expressions.
bool is_identifier(std::string_view s);
/// Questionnaire ids: [a-z0-9] then [a-z0-9._-]*, at most 64 characters ("general", "lb.medical").
bool is_slug(std::string_view s);
/// A calendar date "YYYY-MM-DD" that exists (leap years checked).
bool is_iso_date(std::string_view s);
/// "YYYY-MM-DDTHH:MM[:SS[.fraction]]" followed by "Z" or "+HH:MM"/"-HH:MM".
bool is_iso_datetime(std::string_view s);
/// Three upper-case letters (ISO 4217 shape; the code list itself is not checked).
bool is_currency_code(std::string_view s);

/// A parsed "<name>/<major>[.<minor>]" format tag.
struct FormatVersion {
  int major = 0;
  int minor = 0;
};

/// Parses tag when it is "<name>/<major>[.<minor>]"; nullopt when it names another format or is malformed.
std::optional<FormatVersion> parse_format_tag(std::string_view tag, std::string_view name);

/// Checks a format tag against what this build reads. Returns "" when fine; otherwise a message.
/// `fatal` is set for other formats and newer majors; a newer minor only warns (its new fields are ignored).
std::string check_format_tag(std::string_view tag, std::string_view name, int major, int minor, bool& fatal,
                             int& declared_minor);

}  // namespace sw::questionnaire
