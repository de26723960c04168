// calendar.h — iCalendar (RFC 5545) invitations for an engagement: the discovery call, implementation
// sessions and other minuted meetings, and the plan's milestones, as all-day events.
//
// Deterministic: UIDs come from the engagement id and the record id, DTSTAMP from the time passed in.
#pragma once

#include <string>
#include <string_view>

#include "core/engagement/model.h"

namespace sw::documents {

/// One content line folded at 75 octets (RFC 5545 §3.1: CRLF + space, never inside a UTF-8 character),
/// ending with CRLF.
std::string fold_line(std::string_view line);

/// An ISO 8601 moment ("2026-11-22T10:00:00+01:00", "...Z", or a date) as a UTC DATE-TIME
/// ("20261122T090000Z"); "" when it cannot be read.
std::string ics_utc(std::string_view iso);

/// The VCALENDAR of e's meetings and milestones. `now` (ISO 8601) is the DTSTAMP; when empty, e.updated is.
std::string render_calendar(const engagement::Engagement& e, std::string_view now);

}  // namespace sw::documents
