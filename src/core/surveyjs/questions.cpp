// questions.cpp — one SurveyJS question element → one of our questions (or a calculated value, for
// "expression"). Every property is either converted, known to be layout only (listed in kLayoutOnly), or
// reported as not converted.
#include <algorithm>
#include <set>

#include "core/surveyjs/choices.h"
#include "core/surveyjs/internal.h"
#include "core/surveyjs/validators.h"

namespace sw::surveyjs::detail {
namespace {

// Properties that only change how SurveyJS lays a question out: nothing of the content is lost without them.
const std::set<std::string> kLayoutOnly = {
    "startWithNewLine", "width", "minWidth", "maxWidth", "titleLocation", "descriptionLocation", "hideNumber",
    "indent", "colCount", "rows", "autoGrow", "allowResize", "state", "size", "autocomplete", "renderAs",
    "rateType", "rateDisplayMode", "displayMode", "choicesOrder", "separateSpecialChoices", "showClearButton",
    "allowClear", "searchEnabled", "questionTitleLocation", "errorLocation", "renderMode", "panelsState",
    "templateTitleLocation", "displayStyle", "maximumFractionDigits", "minimumFractionDigits", "useGrouping",
    "scaleColorMode", "rateColorMode", "autoGenerate", "itemComponent", "textUpdateMode", "swapOrder",
    "showTitle", "confirmDelete", "allowRemovePanel", "allowAddPanel", "panelRemoveText", "noEntriesText",
    "showQuestionNumbers", "showNumber", "isAllRowRequired", "inputSize", "maxLength"};

const std::set<std::string> kConvertible = {"text", "comment", "radiogroup", "dropdown", "checkbox", "tagbox",
                                            "boolean", "rating", "paneldynamic", "expression", "html"};

const char* text_type(const std::string& input_type, bool& exact) {
  exact = true;
  if (input_type.empty() || input_type == "text") return "text";
  if (input_type == "email") return "email";
  if (input_type == "tel") return "phone";
  if (input_type == "url") return "url";
  if (input_type == "number" || input_type == "range") return "number";
  if (input_type == "date") return "date";
  exact = false;
  return "text";
}

std::string id_for(const Json& element, const std::string& path, const Context& ctx) {
  const auto it = ctx.id_at.find(path);
  return it != ctx.id_at.end() ? it->second : element.value("name", "q");
}

// A default answer that fits the type, or null (reported) when it does not.
OJson fit_default(const Json& v, const std::string& type, const std::string& path, Context& ctx) {
  const bool text = type == "text" || type == "long_text" || type == "email" || type == "phone" || type == "url" ||
                    type == "date";
  if ((text && v.is_string()) || (type == "number" && v.is_number()) || (type == "yes_no" && v.is_boolean()) ||
      (type == "rating" && v.is_number_integer()))
    return v;
  if (type == "single_choice" && (v.is_string() || v.is_number())) return value_text(v);
  if (type == "multiple_choice" && v.is_array()) {
    OJson out = OJson::array();
    for (const auto& item : v) out.push_back(value_text(item));
    return out;
  }
  if (type == "repeat" && v.is_array()) return v;
  ctx.not_converted(path, "default value " + v.dump() + " does not fit a " + type + " question: left out");
  return nullptr;
}

}  // namespace

bool is_convertible_type(const std::string& type) { return kConvertible.count(type) > 0; }

void convert_question(const Json& e, const std::string& path, const Inherited& inherited, const NameScope& names,
                      bool in_group, Context& ctx, OJson& out, std::vector<std::string>& section_text) {
  const std::string type = e.value("type", "");
  if (type == "html") {
    const std::string text = strip_html(ctx.text(e.value("html", Json()), path + "/html"));
    if (!text.empty()) section_text.push_back(text);
    ctx.changed(path, "html element kept as plain text in the section's description (markup dropped)");
    if (e.contains("visibleIf")) ctx.not_converted(path + "/visibleIf", "an html element's condition has no equivalent");
    return;
  }
  if (!kConvertible.count(type) || (in_group && (type == "paneldynamic" || type == "expression"))) {
    ctx.not_converted(path, "question \"" + e.value("name", "") + "\" of type \"" + type + "\" has no equivalent" +
                                (in_group ? " inside a dynamic panel" : "") + ": left out");
    return;
  }
  const std::string id = id_for(e, path, ctx);
  OJson q;
  q["id"] = id;
  std::set<std::string> used = {"type", "name", "title", "description", "isRequired", "visibleIf", "enableIf",
                                "requiredIf", "defaultValue", "validators", "placeholder", "visible", "readOnly"};
  std::string our_type;
  if (type == "text") {
    const std::string input = e.value("inputType", "");
    bool exact = true;
    our_type = text_type(input, exact);
    if (!exact) ctx.changed(path + "/inputType", "input type \"" + input + "\" has no equivalent: a text question");
    used.insert({"inputType", "min", "max", "step"});
  } else if (type == "comment") {
    our_type = "long_text";
  } else if (type == "radiogroup" || type == "dropdown") {
    our_type = "single_choice";
  } else if (type == "checkbox" || type == "tagbox") {
    our_type = "multiple_choice";
  } else if (type == "boolean") {
    our_type = "yes_no";
  } else if (type == "rating") {
    our_type = e.contains("rateValues") ? "single_choice" : "rating";
  } else if (type == "paneldynamic") {
    our_type = "repeat";
  } else if (type == "expression") {
    our_type = "calculated";
  }

  // ---- the expression question: a calculated value shown to the respondent -----------------------------
  if (our_type == "calculated") {
    OJson c = {{"id", id}};
    const std::string ex = translate_expression(e.value("expression", ""), names, ctx, path + "/expression");
    if (ex.empty()) {
      ctx.not_converted(path, "expression question \"" + e.value("name", "") + "\" left out (no usable expression)");
      return;
    }
    c["expression"] = ex;
    const std::string label = ctx.text(e.value("title", Json()), path + "/title");
    c["label"] = label.empty() ? e.value("name", id) : label;
    const std::string style = e.value("displayStyle", "");
    if (style == "percent") c["format"] = "percent";
    else if (style == "currency") c["format"] = "currency", c["currency"] = e.value("currency", "USD");
    else if (style == "decimal") c["format"] = "number";
    c["show"] = true;
    for (const auto& [key, v] : e.items())
      if (!kLayoutOnly.count(key) && key != "type" && key != "name" && key != "title" && key != "expression" &&
          key != "currency")
        ctx.not_converted(path + "/" + key, "property \"" + key + "\" of an expression question has no equivalent");
    ctx.calculated.push_back(std::move(c));
    return;
  }

  q["type"] = our_type;
  const std::string label = ctx.text(e.value("title", Json()), path + "/title");
  q["label"] = label.empty() ? e.value("name", id) : label;
  if (e.contains("description")) {
    const std::string help = ctx.text(e["description"], path + "/description");
    if (!help.empty()) q["help"] = help;
  }
  const std::string placeholder = ctx.text(e.value("placeholder", e.value("optionsCaption", Json())), path);
  used.insert("optionsCaption");
  if (!placeholder.empty() && our_type != "yes_no" && our_type != "rating") q["placeholder"] = placeholder;
  if (e.value("isRequired", false)) q["required"] = true;

  // Conditions, with the panels' conditions the question inherits.
  std::vector<std::string> visible = inherited.visible, enable = inherited.enable;
  if (e.contains("visibleIf"))
    visible.push_back(translate_expression(e.value("visibleIf", ""), names, ctx, path + "/visibleIf"));
  if (e.value("visible", true) == false) {
    visible.push_back("false");
    ctx.changed(path + "/visible", "\"visible\": false kept as a condition that is never true");
  }
  if (e.contains("enableIf"))
    enable.push_back(translate_expression(e.value("enableIf", ""), names, ctx, path + "/enableIf"));
  if (e.value("readOnly", false)) enable.push_back("false");
  if (const auto v = and_all(visible); !v.empty()) q["visible_if"] = v;
  if (const auto v = and_all(enable); !v.empty()) q["enable_if"] = v;
  if (e.contains("requiredIf")) {
    const auto r = translate_expression(e.value("requiredIf", ""), names, ctx, path + "/requiredIf");
    if (!r.empty()) q["required_if"] = r;
  }

  // ---- type-specific ------------------------------------------------------------------------------------
  const auto number_or_report = [&](const char* key, OJson& target, const char* ours) {
    if (!e.contains(key)) return;
    const bool iso_date = e[key].is_string() && e[key].get<std::string>().size() == 10 &&
                          e[key].get<std::string>()[4] == '-' && e[key].get<std::string>()[7] == '-';
    if ((our_type == "number" && e[key].is_number()) || (our_type == "date" && iso_date))
      target[ours] = e[key];
    else ctx.not_converted(path + "/" + key, std::string("\"") + key + "\" " + e[key].dump() + " has no equivalent here");
  };
  OJson validation = OJson::object();
  if (our_type == "number" || our_type == "date") {
    number_or_report("min", validation, "min");
    number_or_report("max", validation, "max");
    if (e.contains("step") && e["step"].is_number() && e["step"].get<double>() > 0 && our_type == "number")
      q["step"] = e["step"];
  }
  if ((our_type == "text" || our_type == "long_text") && e.value("maxLength", 0) > 0)
    validation["max_length"] = e["maxLength"];
  if (our_type == "single_choice" && type == "dropdown") q["presentation"] = "dropdown";
  if (our_type == "single_choice" || our_type == "multiple_choice") {
    const Json& source = type == "rating" ? e["rateValues"] : e.value("choices", Json::array());
    used.insert({"choices", "rateValues"});
    q["choices"] = convert_choices(source.is_array() ? source : Json::array(), path + (type == "rating" ? "/rateValues" : "/choices"), names, ctx);
    if (type == "rating") ctx.changed(path, "rating with its own values converted to a single choice");
    if (e.value("showOtherItem", e.value("hasOther", false))) {
      q["allow_other"] = true;
      const std::string other = ctx.text(e.value("otherText", Json()), path + "/otherText");
      if (!other.empty()) q["other_label"] = other;
    }
    const bool has_none = std::any_of(q["choices"].begin(), q["choices"].end(),
                                      [](const OJson& c) { return c["value"] == "none"; });
    if (e.value("showNoneItem", e.value("hasNone", false)) && has_none) {
      ctx.not_converted(path + "/showNoneItem", "a choice already has the value \"none\": no None item added");
    } else if (e.value("showNoneItem", e.value("hasNone", false))) {
      const std::string none = ctx.text(e.value("noneText", Json()), path + "/noneText");
      q["choices"].push_back({{"value", "none"}, {"label", none.empty() ? "None" : none}});
      if (our_type == "multiple_choice")
        ctx.changed(path + "/showNoneItem", "\"None\" added as a choice; it does not clear the other choices");
    }
    used.insert({"showOtherItem", "hasOther", "otherText", "showNoneItem", "hasNone", "noneText"});
    if (e.contains("minSelectedChoices")) q["min_selected"] = e["minSelectedChoices"];
    if (e.contains("maxSelectedChoices") && e["maxSelectedChoices"].get<int>() > 0)
      q["max_selected"] = e["maxSelectedChoices"];
    used.insert({"minSelectedChoices", "maxSelectedChoices"});
    if (q["choices"].empty()) {
      ctx.not_converted(path, "question \"" + e.value("name", "") + "\" has no usable choices: left out");
      return;
    }
  }
  if (our_type == "yes_no") {
    const std::string yes = ctx.text(e.value("labelTrue", Json()), path + "/labelTrue");
    const std::string no = ctx.text(e.value("labelFalse", Json()), path + "/labelFalse");
    if (!yes.empty()) q["yes_label"] = yes;
    if (!no.empty()) q["no_label"] = no;
    used.insert({"labelTrue", "labelFalse"});
  }
  if (our_type == "rating") {
    OJson scale = {{"min", e.value("rateMin", 1)}, {"max", e.value("rateMax", e.value("rateCount", 5) + e.value("rateMin", 1) - 1)}};
    const std::string lo = ctx.text(e.value("minRateDescription", Json()), path + "/minRateDescription");
    const std::string hi = ctx.text(e.value("maxRateDescription", Json()), path + "/maxRateDescription");
    if (!lo.empty()) scale["min_label"] = lo;
    if (!hi.empty()) scale["max_label"] = hi;
    q["scale"] = scale;
    if (e.value("rateStep", 1) != 1) ctx.not_converted(path + "/rateStep", "rating steps other than 1 have no equivalent");
    used.insert({"rateMin", "rateMax", "rateCount", "rateStep", "minRateDescription", "maxRateDescription"});
  }
  if (our_type == "repeat") {
    used.insert({"templateElements", "minPanelCount", "maxPanelCount", "panelAddText", "templateTitle", "panelCount"});
    if (e.contains("minPanelCount")) q["min_count"] = e["minPanelCount"];
    if (e.contains("maxPanelCount")) q["max_count"] = e["maxPanelCount"];
    const std::string add = ctx.text(e.value("panelAddText", Json()), path + "/panelAddText");
    if (!add.empty()) q["add_label"] = add;
    if (e.contains("templateTitle"))
      ctx.not_converted(path + "/templateTitle", "the entry title template has no equivalent (entries are numbered)");
    if (e.value("panelCount", 0) > 0)
      ctx.changed(path + "/panelCount", "starts with no entries instead of " + e["panelCount"].dump());
    const auto group = ctx.group_fields.find(lower(e.value("name", "")));
    NameScope inner = names;
    inner.fields = group == ctx.group_fields.end() ? nullptr : &group->second;
    OJson fields = OJson::array();
    std::vector<std::string> ignored_text;
    convert_elements_into(e.value("templateElements", Json::array()), path + "/templateElements", Inherited{},
                          inner, true, ctx, fields, ignored_text);
    for (const auto& t : ignored_text)
      ctx.not_converted(path + "/templateElements", "html inside a dynamic panel has no equivalent: \"" + t + "\"");
    if (fields.empty()) {
      ctx.not_converted(path, "dynamic panel \"" + e.value("name", "") + "\" has no convertible fields: left out");
      return;
    }
    q["fields"] = fields;
  }

  convert_validators(e.value("validators", Json::array()), path + "/validators", id, in_group, names, ctx, q,
                     validation);
  if (!validation.empty()) q["validation"] = validation;
  if (e.contains("defaultValue")) {
    OJson d = fit_default(e["defaultValue"], our_type, path + "/defaultValue", ctx);
    if (!d.is_null()) q["default"] = d;
  }
  for (const auto& [key, v] : e.items())
    if (!used.count(key) && !kLayoutOnly.count(key))
      ctx.not_converted(path + "/" + key, "property \"" + key + "\" has no equivalent: left out");
  if (type == "text" && e.contains("maxLength") && our_type != "text") {
    ctx.not_converted(path + "/maxLength", "\"maxLength\" applies only to text answers here");
  }
  out.push_back(std::move(q));
}

}  // namespace sw::surveyjs::detail
