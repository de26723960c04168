// choices.cpp — SurveyJS choices (strings, numbers or {value, text, visibleIf, enableIf}) → our choices.
#include "core/surveyjs/choices.h"

#include <set>

namespace sw::surveyjs::detail {

std::string value_text(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number() || v.is_boolean()) return v.dump();
  return {};
}

OJson convert_choices(const Json& choices, const std::string& path, const NameScope& names, Context& ctx) {
  OJson out = OJson::array();
  std::set<std::string> seen;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const Json& c = choices[i];
    const std::string at = path + "/" + std::to_string(i);
    const Json value = c.is_object() ? c.value("value", Json()) : c;
    std::string v = value_text(value);
    if (v.empty()) {
      ctx.not_converted(at, "choice without a value left out");
      continue;
    }
    if (v == "other") {
      ctx.changed(at, "choice value \"other\" is reserved for \"Other, please specify\": renamed \"other_choice\"");
      v = "other_choice";
    }
    if (!seen.insert(v).second) {
      ctx.not_converted(at, "duplicate choice value \"" + v + "\" left out");
      continue;
    }
    OJson choice = {{"value", v}, {"label", v}};
    if (c.is_object()) {
      for (const auto& [key, field] : c.items()) {
        if (key == "value") continue;
        if (key == "text") {
          const std::string label = ctx.text(field, at + "/text");
          if (!label.empty()) choice["label"] = label;
        } else if (key == "visibleIf" || key == "enableIf") {
          const std::string e = translate_expression(field.is_string() ? field.get<std::string>() : "", names, ctx,
                                                     at + "/" + key);
          if (!e.empty()) choice[key == "visibleIf" ? "visible_if" : "enable_if"] = e;
        } else {
          ctx.not_converted(at + "/" + key, "choice property \"" + key + "\" has no equivalent");
        }
      }
    }
    out.push_back(std::move(choice));
  }
  return out;
}

}  // namespace sw::surveyjs::detail
