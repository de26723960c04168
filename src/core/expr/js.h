// js.h — the JavaScript coercions SurveyJS's expression semantics are built on (ToString, ToNumber, ==, <).
//
// SurveyJS evaluates with plain JS operators, so matching it means matching JS: "1,5" parses as 1.5 in one
// place and NaN in another, `[1] + 2` is "12". These helpers reproduce the JS rules on Values.
#pragma once

#include <string>
#include <string_view>

#include "core/expr/value.h"

namespace sw::expr::js {

/// Number.prototype.toString(): shortest round-trip digits, exponent form below 1e-6 and from 1e21.
std::string number_to_string(double d);

/// Number(text): the whole trimmed text must be a numeric literal ("" is 0, "0x1F" is 31); NaN otherwise.
double string_to_number(std::string_view text);

/// parseFloat(text): the longest numeric prefix after leading white space; NaN when there is none.
double parse_float(std::string_view text);

/// parseInt(text) with no radix: decimal, or hexadecimal after "0x"; NaN when no digit.
double parse_int(std::string_view text);

/// String.prototype.trim(): removes JS white space and line terminators (Unicode aware).
std::string_view trim(std::string_view text);

/// String.prototype.toLowerCase() for Latin, Greek and Cyrillic letters (others unchanged).
std::string to_lower(std::string_view text);

/// ToString(value): arrays join with ",", objects are "[object Object]", dates use Date.prototype.toString.
std::string to_string(const Value& v);

/// ToNumber(value): null is 0, booleans 0/1, strings as Number(text), arrays via their string, dates their ms.
double to_number(const Value& v);

/// JS truthiness: false, 0, NaN, "" and null are false; every array, object and date is true.
bool truthy(const Value& v);

/// The `==` operator (loose equality) between two values.
bool loose_equals(const Value& a, const Value& b);

/// The `<` operator: strings compare by code point, everything else as numbers; false when NaN is involved.
bool less_than(const Value& a, const Value& b);

/// Number.prototype.toFixed(digits) for 0 <= digits <= 100.
std::string to_fixed(double d, int digits);

}  // namespace sw::expr::js
