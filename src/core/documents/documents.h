// documents.h — every document an engagement produces besides the SoW itself, built from the engagement and
// its SoW feed: the two sales handover e-mails, the customer handover (what was actually configured, with
// each item's functional test), the support handover, the acceptance/sign-off document, the welcome packet,
// the sales/finance completion notice, and the calendar (.ics). See docs/documents.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/documents/model.h"
#include "core/engagement/model.h"

namespace sw::documents {

enum class Kind {
  HandoverEmailServices,
  HandoverEmailCustomer,
  CustomerHandover,
  SupportHandover,
  Acceptance,
  WelcomePacket,
  CompletionNotice,
  Calendar,
};

/// Command-line names ("handover-email-services", ..., "calendar"), in declaration order.
const std::vector<std::string_view>& kind_names();
std::optional<Kind> kind_from_name(std::string_view name);

enum class Format { Markdown, Html, Ics };

struct Options {
  Format format = Format::Markdown;  // Calendar is always Ics
  std::string now;                   // ISO 8601; the calendar's DTSTAMP (else the engagement's "updated")
};

/// The document of `kind` as blocks (not for Calendar). `feed` is sow::build_feed(e, ...).feed.
Document build(Kind kind, const engagement::Engagement& e, const nlohmann::ordered_json& feed);

/// The document of `kind` rendered in options.format (Calendar: .ics text with CRLF line ends).
std::string render(Kind kind, const engagement::Engagement& e, const nlohmann::ordered_json& feed,
                   const Options& options = {});

// One builder per document (documents_*.cpp).
Document handover_email_services(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document handover_email_customer(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document customer_handover(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document support_handover(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document acceptance_document(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document welcome_packet(const engagement::Engagement& e, const nlohmann::ordered_json& feed);
Document completion_notice(const engagement::Engagement& e, const nlohmann::ordered_json& feed);

}  // namespace sw::documents
