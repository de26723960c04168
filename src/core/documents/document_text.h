// document_text.h — small helpers the document builders share: names, amounts, result labels.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/model.h"

namespace sw::documents {

/// The customer's organisation, else its contact name, else "the customer".
std::string customer_name(const engagement::Engagement& e);
/// Our organisation's name from the feed, else "our services team".
std::string provider_name(const nlohmann::ordered_json& feed);
/// The first contact on a side, or nullptr.
const engagement::Contact* first_contact(const engagement::Engagement& e, engagement::Side side);
/// Emails of a side's contacts, joined with ", ".
std::string emails_of(const engagement::Engagement& e, engagement::Side side);
/// "Pass", "Fail", "Not run", "Waived".
std::string result_label(engagement::TestResult r);
/// "5" / "2.5" / "" for an optional number.
std::string number_text(const std::optional<double>& v);
/// "GBP 12500.00", or "" when there is no amount.
std::string amount_text(const std::optional<double>& v, const std::string& currency);
/// Contacts as table rows: Name, Side, Role, Email, Phone.
std::vector<std::vector<std::string>> contact_rows(const engagement::Engagement& e);

}  // namespace sw::documents
