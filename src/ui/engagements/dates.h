// dates.h — small date arithmetic for the board ("3 days in stage") over ISO 8601 text.
#pragma once

#include <optional>
#include <string_view>

namespace sw::ui::engagements {

/// Whole days from the date part of `from` to that of `to` ("YYYY-MM-DD..."); nullopt when either is unreadable.
std::optional<long> days_between(std::string_view from, std::string_view to);

}  // namespace sw::ui::engagements
