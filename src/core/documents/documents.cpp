// documents.cpp — the kinds of document and the dispatch from a kind to its builder and renderer.
#include "core/documents/documents.h"

#include "core/documents/calendar.h"

namespace sw::documents {

const std::vector<std::string_view>& kind_names() {
  static const std::vector<std::string_view> kNames = {
      "handover-email-services", "handover-email-customer", "customer-handover", "support-handover",
      "acceptance",              "welcome-packet",          "completion-notice", "calendar"};
  return kNames;
}

std::optional<Kind> kind_from_name(std::string_view name) {
  const auto& names = kind_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<Kind>(i);
  return std::nullopt;
}

Document build(Kind kind, const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  switch (kind) {
    case Kind::HandoverEmailServices: return handover_email_services(e, feed);
    case Kind::HandoverEmailCustomer: return handover_email_customer(e, feed);
    case Kind::CustomerHandover: return customer_handover(e, feed);
    case Kind::SupportHandover: return support_handover(e, feed);
    case Kind::Acceptance: return acceptance_document(e, feed);
    case Kind::WelcomePacket: return welcome_packet(e, feed);
    case Kind::CompletionNotice: return completion_notice(e, feed);
    case Kind::Calendar: break;
  }
  return {};
}

std::string render(Kind kind, const engagement::Engagement& e, const nlohmann::ordered_json& feed,
                   const Options& options) {
  if (kind == Kind::Calendar || options.format == Format::Ics) return render_calendar(e, options.now);
  const Document doc = build(kind, e, feed);
  return options.format == Format::Html ? render_html(doc) : render_markdown(doc);
}

}  // namespace sw::documents
