// migrate.cpp — converts version-0 engagement documents (the early flat layout) to version 1.
//
// Version 0 kept the customer as a name, one contact, and the commercial fields at the top level:
//   {"format": "scopewright.engagement/0", "id": "...", "customer": "Acme", "contact": {...},
//    "ps_days": 3, "po": "PO-1", "quote": "Q-7", "status": "planned", "notes": "..."}
#include "core/engagement/format.h"

namespace sw::engagement {

nlohmann::json migrate_v0(const nlohmann::json& doc) {
  nlohmann::json out = nlohmann::json::object();
  nlohmann::json commercial = nlohmann::json::object();
  for (const auto& [key, value] : doc.items()) {
    if (key == "format") continue;
    if (key == "customer" && value.is_string()) out["customer"] = {{"name", value}};
    else if (key == "contact" && value.is_object()) {
      nlohmann::json c = value;
      c["side"] = "customer";
      out["contacts"] = nlohmann::json::array({c});
    } else if (key == "ps_days") commercial["ps_days"] = value;
    else if (key == "po") commercial["purchase_order"] = value;
    else if (key == "quote") commercial["quote_number"] = value;
    else if (key == "status") out["stage"] = value;
    else if (key == "notes") out["discovery_notes"] = value;
    else out[key] = value;  // unchanged fields (id, title, created, ...); unknown ones are reported later
  }
  if (!commercial.empty()) out["commercial"] = commercial;
  if (!out.contains("process_id")) {
    out["process_id"] = "loadbalancer";  // version 0 only knew the load-balancer process
    out["process_version"] = "1.0.0";
  }
  out["format"] = "scopewright.engagement/1.0";
  return out;
}

}  // namespace sw::engagement
