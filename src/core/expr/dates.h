// dates.h — calendar arithmetic and date text for the expression language (JS Date semantics, no time zone).
//
// Dates are naive local times: milliseconds since 1970-01-01T00:00 with no zone, which is what a JS Date
// means in a browser whose time zone is UTC. Keeping zones out of core makes evaluation deterministic.
#pragma once

#include <string>
#include <string_view>

namespace sw::expr::dates {

struct Civil {
  int year = 1970, month = 1, day = 1;  // month 1..12
  int hour = 0, minute = 0, second = 0, millisecond = 0;
  int weekday = 4;  // 0 = Sunday
};

/// JS MakeDate: fields may overflow (month 13, day 0) and are carried like Date.UTC does; NaN if not finite.
double make_ms(double year, double month0, double day, double hour = 0, double minute = 0, double second = 0,
               double millisecond = 0);

/// Splits a time value into calendar fields (call only with a finite ms).
Civil civil(double ms);

/// Parses date text the way `new Date(text)` does for the common formats (ISO, "YYYY/MM/DD", "MM/DD/YYYY",
/// "Mon DD YYYY", with an optional time); NaN when the text is not a date.
double parse(std::string_view text);

/// survey-core's createDate(text): a text that contains a YYYY-MM-DD date and no "T" gets "T00:00:00"
/// appended before parsing (so "2024-01-05 10:20" becomes invalid, as it does there).
double parse_survey(std::string_view text);

/// "2024-05-15T00:00:00.000Z": Date.prototype.toISOString / JSON.stringify form ("" for an invalid date).
std::string iso_string(double ms);

/// "Wed May 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)": Date.prototype.toString form.
std::string js_string(double ms);

/// Clips to the JS date range (|ms| <= 8.64e15) and truncates toward zero, like TimeClip.
double time_clip(double ms);

}  // namespace sw::expr::dates
