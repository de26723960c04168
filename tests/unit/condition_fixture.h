// condition_fixture.h — one small questionnaire for the condition-editor tests: numbers, yes/no, choices with
// "other", multiple choice, a date, non-ASCII labels, a repeat group with a field condition and piped entry
// label, a validator, piped labels and a calculated value over the group.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/designer/condition_context.h"
#include "core/questionnaire/loader.h"

namespace sw::test {

inline const char* kConditionQuestionnaire = R"json({
  "format": "scopewright.questionnaire/1", "id": "cond", "version": "1", "title": "Conditions for {contact}",
  "sections": [
    {"id": "network", "title": "Network", "questions": [
      {"id": "sites", "type": "number", "label": "Number of sites?"},
      {"id": "gslb", "type": "yes_no", "label": "GSLB"},
      {"id": "platform", "type": "single_choice", "label": "Load-balancing platform", "allow_other": true,
       "choices": [{"value": "f5", "label": "F5 BIG-IP"}, {"value": "cisco_aci", "label": "Cisco ACI"},
                   {"value": "nginx", "label": "NGINX", "visible_if": "{sites} > 2"}]},
      {"id": "features", "type": "multiple_choice", "label": "Features needed",
       "choices": [{"value": "waf", "label": "Web application firewall"}, {"value": "ssl", "label": "SSL offload"}]},
      {"id": "go_live", "type": "date", "label": "Target go-live date"},
      {"id": "contact", "type": "text", "label": "Nom du contact (équipe réseau)"},
      {"id": "city", "type": "text", "label": "Città principale"},
      {"id": "sites_list", "type": "repeat", "label": "Sites", "entry_label": "Site {site_name}",
       "fields": [
         {"id": "site_name", "type": "text", "label": "Site name"},
         {"id": "site_users", "type": "number", "label": "Users at the site"},
         {"id": "dr", "type": "yes_no", "label": "Disaster recovery site?", "visible_if": "{entry.site_users} > 100"}
       ]}
    ]},
    {"id": "details", "title": "Details", "visible_if": "{sites} > 1 and {gslb} = true", "questions": [
      {"id": "gslb_mode", "type": "single_choice", "label": "GSLB mode", "visible_if": "{GSLB} = true",
       "choices": [{"value": "active_active", "label": "Active/active"},
                   {"value": "active_standby", "label": "Active/standby"}],
       "validators": [{"expression": "{gslb_mode} != 'active_active' or {sites} >= 2",
                       "message": "Active/active needs two sites"}]},
      {"id": "notes", "type": "long_text", "label": "Notes for {contact}", "help": "About {platform.other}"}
    ]}
  ],
  "calculated": [
    {"id": "rom_days", "label": "ROM (days)",
     "expression": "{sites} * 2 + sumInArray({sites_list}, 'site_users') / 1000 + countInArray({sites_list}, 'site_name', {dr} = true)"}
  ]
})json";

inline questionnaire::Questionnaire condition_questionnaire() {
  auto loaded = questionnaire::load_questionnaire(kConditionQuestionnaire, "cond.json");
  for (const auto& d : loaded.diagnostics) ADD_FAILURE() << "loader: " << format(d);
  return std::move(loaded.questionnaire);
}

}  // namespace sw::test
