// section_customer.cpp — the customer and the stakeholders on both sides.
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_customer(EditContext& c) {
  using namespace engagement;
  heading("Customer");
  if (begin_form("customer", c.narrow)) {
    text_row(c, "Customer name", "/customer/name");
    text_row(c, "Organisation", "/customer/organisation");
    text_row(c, "Address", "/customer/address", true);
    text_row(c, "Time zone", "/customer/time_zone", false, "e.g. Europe/London");
    enum_row(c, "Technical level", "/customer/technical_level", enum_names(TechnicalLevel{}));
    text_row(c, "Technical notes", "/customer/technical_notes", true);
    end_form();
  }
  heading("Stakeholders");
  help("People on both sides: the customer's team and ours.");
  record_table(c, {"contacts", "/contacts", "contact",
                   {{"Side", "side", Cell::Enum, 110, &enum_names(Side{})},
                    {"Name", "name"},
                    {"Role", "role"},
                    {"Responsibilities", "responsibilities", Cell::Text, 200},
                    {"Email", "email", Cell::Text, 190},
                    {"Phone", "phone", Cell::Text, 130},
                    {"Time zone", "time_zone", Cell::Text, 140}}});
}

}  // namespace sw::ui::engagements
