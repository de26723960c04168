// validators.cpp — see validators.h.
#include "core/surveyjs/validators.h"

#include "core/pattern/pattern.h"

namespace sw::surveyjs::detail {
namespace {
bool is_text_type(const std::string& t) {
  return t == "text" || t == "long_text" || t == "email" || t == "phone" || t == "url";
}
}  // namespace

void convert_validators(const Json& validators, const std::string& path, const std::string& id, bool in_group,
                        const NameScope& names, Context& ctx, OJson& question, OJson& validation) {
  if (!validators.is_array()) return;
  const std::string type = question.value("type", "");
  const std::string self = in_group ? "{entry." + id + "}" : "{" + id + "}";
  OJson rules = OJson::array();
  for (std::size_t i = 0; i < validators.size(); ++i) {
    const Json& v = validators[i];
    const std::string at = path + "/" + std::to_string(i);
    const std::string kind = v.value("type", "");
    const std::string message = ctx.text(v.value("text", Json()), at + "/text");
    const auto rule = [&](const std::string& expression, const std::string& fallback) {
      rules.push_back({{"expression", expression}, {"message", message.empty() ? fallback : message}});
    };
    if (kind == "numeric") {
      const Json lo = v.value("minValue", Json()), hi = v.value("maxValue", Json());
      if (type == "number" && message.empty()) {
        if (lo.is_number()) validation["min"] = lo;
        if (hi.is_number()) validation["max"] = hi;
      } else {
        if (lo.is_number()) rule(self + " empty or " + self + " >= " + lo.dump(), "At least " + lo.dump() + ".");
        if (hi.is_number()) rule(self + " empty or " + self + " <= " + hi.dump(), "At most " + hi.dump() + ".");
      }
    } else if (kind == "text" && is_text_type(type)) {
      if (v.value("minLength", 0) > 0) validation["min_length"] = v["minLength"];
      if (v.value("maxLength", 0) > 0) validation["max_length"] = v["maxLength"];
      if (!message.empty()) ctx.changed(at + "/text", "the length message is replaced by the standard one");
      if (v.value("allowDigits", true) == false)
        ctx.not_converted(at + "/allowDigits", "\"allowDigits\": false has no equivalent");
    } else if (kind == "regex" && is_text_type(type) && !validation.contains("pattern")) {
      // Our patterns are an ECMAScript subset (docs/questionnaire.md#patterns): a regex outside it (lookahead in
      // password rules, back-references) is left out and reported, so the rest of the survey still imports.
      const std::string regex = v.value("regex", "");
      if (const auto compiled = pattern::compile(regex); compiled.error) {
        ctx.not_converted(at + "/regex", "regex \"" + regex + "\" is outside the supported pattern syntax (" +
                                             compiled.error->text() + "): left out");
        continue;
      }
      validation["pattern"] = regex;
      if (!message.empty()) validation["pattern_message"] = message;
    } else if (kind == "email" && (type == "text" || type == "email")) {
      question["type"] = "email";
      if (!message.empty()) ctx.changed(at + "/text", "the email message is replaced by the standard one");
    } else if (kind == "answercount" && type == "multiple_choice") {
      if (v.value("minCount", 0) > 0) question["min_selected"] = v["minCount"];
      if (v.value("maxCount", 0) > 0) question["max_selected"] = v["maxCount"];
    } else if (kind == "expression") {
      const std::string e = translate_expression(v.value("expression", ""), names, ctx, at + "/expression");
      if (!e.empty()) rule(e, "This answer is not valid.");
    } else {
      ctx.not_converted(at, "validator \"" + kind + "\" on a " + type + " question has no equivalent: left out");
    }
  }
  if (!rules.empty()) question["validators"] = rules;
}

}  // namespace sw::surveyjs::detail
