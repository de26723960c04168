// documents_emails.cpp — the two sales handover e-mails (seed 001): sales → services team, sales → customer.
#include "core/documents/document_text.h"
#include "core/documents/documents.h"

namespace sw::documents {

Document handover_email_services(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto& c = e.commercial;
  Document d;
  d.headers = {{"To", emails_of(e, engagement::Side::Provider)},
               {"Subject", "Handing over " + customer_name(e) + " to the services team"}};
  d.paragraph("Hello team,");
  d.paragraph("The sale of professional services to " + customer_name(e) + " for \"" + e.title +
              "\" is concluded. The engagement is now yours; here is what sales knows.");
  d.heading("What was sold");
  d.fields({{"Professional services days", number_text(c.ps_days)},
            {"Amount", amount_text(c.amount, c.currency)},
            {"Sale date", c.sale_date},
            {"Invoice date", c.invoice_date},
            {"Contract date", c.contract_date},
            {"Purchase order", c.purchase_order},
            {"Quote number", c.quote_number},
            {"Opportunity", c.opportunity},
            {"Billing terms", c.billing_terms},
            {"Billing needs", c.billing_needs},
            {"Terms and conditions", c.terms_link}});
  d.heading("The customer");
  d.fields({{"Customer", customer_name(e)},
            {"Deployment type", feed["project"]["deployment_label"].get<std::string>()},
            {"Time zone", e.customer.time_zone},
            {"What they are load balancing", e.discovery_notes},
            {"Technical notes", e.customer.technical_notes}});
  d.heading("Contacts");
  d.table({"Name", "Side", "Role", "Email", "Phone"}, contact_rows(e));
  d.heading("Next steps");
  d.numbered({"Send the pre-discovery questionnaire and book the discovery call.",
              "Draft the Statement of Work from the answers and the call.",
              "Build the Project Detail Record and schedule the implementation."});
  return d;
}

Document handover_email_customer(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto* customer = first_contact(e, engagement::Side::Customer);
  const auto* lead = first_contact(e, engagement::Side::Provider);
  const std::string provider = provider_name(feed);
  Document d;
  d.headers = {{"To", emails_of(e, engagement::Side::Customer)},
               {"Subject", "Your project \"" + e.title + "\": handing over to our services team"}};
  d.paragraph("Dear " + (customer && !customer->name.empty() ? customer->name : customer_name(e)) + ",");
  d.paragraph("We are pleased to tell you that the sales process for your project \"" + e.title +
              "\" has been concluded, and we are now handing your account over to " + provider +
              " to work with you on the professional services included in your purchase" +
              (e.commercial.sale_date.empty() ? "" : " of " + e.commercial.sale_date) + ".");
  d.heading("Key points");
  std::string timeline = e.plan.start_date.empty() && e.plan.target_date.empty()
                             ? "to be agreed after the discovery call"
                             : (e.plan.start_date.empty() ? "" : "from " + e.plan.start_date) +
                                   (e.plan.target_date.empty() ? "" : std::string(e.plan.start_date.empty() ? "" : " ") +
                                                                          "to " + e.plan.target_date);
  d.fields({{"Services lead", lead ? lead->name : ""},
            {"Contact", lead ? lead->email : ""},
            {"Timeline", timeline}});
  d.heading("Next steps");
  d.numbered({"Discovery call: we will send you a short pre-discovery questionnaire and arrange a call to understand "
              "your technical requirements and environment.",
              "Engagement scope: from the call we write the Statement of Work and send it to you for review and approval.",
              "Project Detail Record: we document the configuration that meets the agreed requirements, and keep it "
              "up to date throughout the engagement.",
              "Implementation: we schedule the configuration sessions with you; there are often several iterations.",
              "Completion: we hand over the documentation of what was configured and how it was tested."});
  d.paragraph("Please contact " + (lead && !lead->name.empty() ? lead->name : provider) +
              " with any questions about the project. We look forward to working with you.");
  d.paragraph("Best regards,");
  return d;
}

}  // namespace sw::documents
