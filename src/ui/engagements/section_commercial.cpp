// section_commercial.cpp — what sales sold: days, amount, dates, order numbers, estimates and billing.
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_commercial(EditContext& c) {
  heading("Commercial");
  if (!begin_form("commercial", c.narrow)) return;
  number_row(c, "PS days sold", "/commercial/ps_days");
  number_row(c, "Amount", "/commercial/amount");
  text_row(c, "Currency", "/commercial/currency", false, "e.g. GBP");
  date_row(c, "Sale date", "/commercial/sale_date");
  date_row(c, "Invoice date", "/commercial/invoice_date");
  date_row(c, "Contract date", "/commercial/contract_date");
  text_row(c, "Purchase order", "/commercial/purchase_order");
  text_row(c, "Quote number", "/commercial/quote_number");
  text_row(c, "Opportunity", "/commercial/opportunity");
  number_row(c, "ROM days", "/commercial/rom_days");
  number_row(c, "ROM amount", "/commercial/rom_amount");
  text_row(c, "Billing terms", "/commercial/billing_terms", true);
  text_row(c, "Billing needs", "/commercial/billing_needs");
  text_row(c, "Terms link", "/commercial/terms_link", false, "https://...");
  end_form();
}

}  // namespace sw::ui::engagements
