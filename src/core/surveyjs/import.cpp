// import.cpp — the survey's structure: pages → sections, panels flattened into their page, names → ids,
// calculated values, and the final check of the result with our loader and engine. See import.h.
#include "core/surveyjs/import.h"

#include "core/engine/engine.h"
#include "core/json/load.h"
#include "core/questionnaire/loader.h"
#include "core/surveyjs/internal.h"

namespace sw::surveyjs {
namespace detail {
namespace {

// Survey properties that only change presentation or navigation, not content.
const std::set<std::string> kSurveyLayoutOnly = {
    "showProgressBar", "progressBarType", "showQuestionNumbers", "questionsOnPageMode", "showTitle",
    "showPageTitles", "showPageNumbers", "questionTitleLocation", "questionErrorLocation", "widthMode", "width",
    "logo", "logoPosition", "logoWidth", "logoHeight", "logoFit", "checkErrorsMode", "textUpdateMode",
    "showCompletedPage", "goNextPageAutomatic", "autoAdvanceEnabled", "showNavigationButtons", "showPrevButton",
    "firstPageIsStarted", "headerView", "focusFirstQuestionAutomatic", "questionDescriptionLocation",
    "showQuestionNumbers", "pagePrevText", "pageNextText", "completeText", "previewText", "editText",
    "startSurveyText", "mode", "questionsOrder", "showTOC", "tocLocation", "fitToContainer", "storeOthersAsComment",
    "requiredText", "questionStartIndex", "showPreviewBeforeComplete", "locale"};


// The name pass: every question, dynamic panel and calculated value gets its id before any expression is read.
void collect_names(const Json& elements, const std::string& path, Context& ctx, std::map<std::string, std::string>* fields,
                   std::set<std::string>* field_used) {
  if (!elements.is_array()) return;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Json& e = elements[i];
    const std::string at = path + "/" + std::to_string(i);
    if (!e.is_object()) continue;
    const std::string type = e.value("type", "");
    if (type == "panel") {
      collect_names(e.value("elements", Json::array()), at + "/elements", ctx, fields, field_used);
      continue;
    }
    if (!is_convertible_type(type) || type == "html") continue;
    const std::string name = e.value("name", "");
    auto& map = fields ? *fields : ctx.top_ids;
    const std::string id = make_id(name, fields ? *field_used : ctx.used_ids);
    ctx.id_at[at] = id;
    if (map.count(lower(name)))
      ctx.changed(at + "/name", "the name \"" + name + "\" is used twice: this one becomes \"" + id +
                                    "\" and expressions refer to the first");
    else if (map[lower(name)] = id; id != name)
      ctx.changed(at + "/name", "\"" + name + "\" is not a valid id: renamed \"" + id + "\"");
    if (type == "paneldynamic" && !fields) {
      auto& group = ctx.group_fields[lower(name)];
      std::set<std::string> used;
      collect_names(e.value("templateElements", Json::array()), at + "/templateElements", ctx, &group, &used);
    }
  }
}

}  // namespace

void convert_elements_into(const Json& elements, const std::string& path, const Inherited& inherited,
                           const NameScope& names, bool in_group, Context& ctx, OJson& out,
                           std::vector<std::string>& section_text) {
  if (!elements.is_array()) return;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Json& e = elements[i];
    const std::string at = path + "/" + std::to_string(i);
    if (!e.is_object()) {
      ctx.not_converted(at, "an element must be an object: left out");
      continue;
    }
    try {
      if (e.value("type", "") != "panel") {
        convert_question(e, at, inherited, names, in_group, ctx, out, section_text);
        continue;
      }
      // A panel: its questions join the page; its conditions apply to each of them.
      Inherited inner = inherited;
      if (e.contains("visibleIf"))
        inner.visible.push_back(translate_expression(e.value("visibleIf", ""), names, ctx, at + "/visibleIf"));
      if (e.contains("enableIf"))
        inner.enable.push_back(translate_expression(e.value("enableIf", ""), names, ctx, at + "/enableIf"));
      if (e.value("visible", true) == false) inner.visible.push_back("false");
      if (e.value("readOnly", false)) inner.enable.push_back("false");
      const std::string title = ctx.text(e.value("title", Json()), at + "/title");
      if (!title.empty() || e.contains("description"))
        ctx.changed(at, "panel \"" + (title.empty() ? e.value("name", "") : title) +
                            "\" flattened into its page: its questions are kept, its title and description are not");
      for (const auto& [key, v] : e.items())
        if (key != "type" && key != "name" && key != "title" && key != "description" && key != "elements" &&
            key != "visibleIf" && key != "enableIf" && key != "visible" && key != "readOnly" && key != "state" &&
            key != "startWithNewLine" && key != "width" && key != "innerIndent" && key != "showNumber" &&
            key != "showQuestionNumbers" && key != "questionTitleLocation" && key != "minWidth" && key != "maxWidth")
          ctx.not_converted(at + "/" + key, "panel property \"" + key + "\" has no equivalent: left out");
      convert_elements_into(e.value("elements", Json::array()), at + "/elements", inner, names, in_group, ctx, out,
                            section_text);
    } catch (const nlohmann::json::exception& ex) {
      ctx.not_converted(at, std::string("element left out: a property has an unexpected type (") + ex.what() + ")");
    }
  }
}

}  // namespace detail

namespace {
using namespace detail;

std::string slug(const std::string& title) {
  std::string s;
  for (const char c : lower(title)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
    else if (!s.empty() && s.back() != '-') s += '-';
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  if (s.size() > 48) s.resize(48);
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s.empty() ? "imported-survey" : s;
}

void convert_survey(const Json& survey, const ImportOptions& options, Context& ctx, OJson& q) {
  ctx.locale = !options.locale.empty() ? options.locale : survey.value("locale", "");
  if (ctx.locale.empty()) ctx.locale = "default";
  Json pages = survey.value("pages", Json::array());
  std::string pages_path = "/pages";
  if (!survey.contains("pages") && (survey.contains("elements") || survey.contains("questions"))) {
    const char* key = survey.contains("elements") ? "elements" : "questions";
    pages = Json::array({Json{{"name", "page1"}, {"elements", survey[key]}}});
    pages_path = "";  // the single page is the survey itself
  }
  // Names first, so expressions can refer to questions on later pages.
  for (std::size_t p = 0; p < pages.size(); ++p)
    collect_names(pages[p].value("elements", Json::array()),
                  pages_path.empty() ? "/elements" : pages_path + "/" + std::to_string(p) + "/elements", ctx, nullptr,
                  nullptr);
  const Json calculated = survey.value("calculatedValues", Json::array());
  for (std::size_t i = 0; i < calculated.size(); ++i) {
    const std::string name = calculated[i].value("name", "");
    const std::string id = make_id(name, ctx.used_ids);
    ctx.id_at["/calculatedValues/" + std::to_string(i)] = id;
    ctx.top_ids.emplace(lower(name), id);
  }
  const NameScope names{&ctx.top_ids, nullptr, &ctx.group_fields};

  const std::string title = ctx.text(survey.value("title", Json()), "/title");
  q["format"] = "scopewright.questionnaire/1";
  q["id"] = options.id.empty() ? slug(title) : options.id;
  q["version"] = survey.value("version", Json("1.0.0")).is_string() ? survey.value("version", "1.0.0") : "1.0.0";
  q["title"] = title.empty() ? "Imported survey" : title;
  if (survey.contains("description")) q["intro"] = ctx.text(survey["description"], "/description");
  if (survey.contains("completedHtml")) {
    q["outro"] = strip_html(ctx.text(survey["completedHtml"], "/completedHtml"));
    ctx.changed("/completedHtml", "the completion page is kept as plain text (markup dropped)");
  }
  const std::string clear = survey.value("clearInvisibleValues", "onComplete");
  q["hidden_answers"] = {{"editing", clear == "onHidden" ? "clear" : "keep"},
                         {"export", clear == "none" ? "include" : "exclude"}};

  OJson sections = OJson::array();
  std::set<std::string> section_ids;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Json& page = pages[p];
    const std::string at = pages_path.empty() ? "" : pages_path + "/" + std::to_string(p);
    OJson s;
    s["id"] = make_id(page.value("name", "page" + std::to_string(p + 1)), section_ids);
    const std::string page_title = ctx.text(page.value("title", Json()), at + "/title");
    s["title"] = !page_title.empty() ? page_title : p == 0 && !title.empty() ? title : "Page " + std::to_string(p + 1);
    std::vector<std::string> text;
    if (page.contains("description")) text.push_back(ctx.text(page["description"], at + "/description"));
    if (page.contains("visibleIf")) {
      const std::string v = translate_expression(page.value("visibleIf", ""), names, ctx, at + "/visibleIf");
      if (!v.empty()) s["visible_if"] = v;
    }
    for (const auto& [key, v] : page.items())
      if (key != "name" && key != "title" && key != "description" && key != "visibleIf" && key != "elements" &&
          key != "navigationTitle" && key != "navigationDescription" && key != "questionsOrder" &&
          key != "questionTitleLocation" && key != "maxWidth" && key != "state")
        ctx.not_converted(at + "/" + key, "page property \"" + key + "\" has no equivalent: left out");
    OJson questions = OJson::array();
    convert_elements_into(page.value("elements", Json::array()), at + "/elements", Inherited{}, names, false, ctx,
                          questions, text);
    std::string description;
    for (const auto& t : text)
      if (!t.empty()) description += (description.empty() ? "" : "\n\n") + t;
    if (!description.empty()) s["description"] = description;
    s["questions"] = std::move(questions);
    sections.push_back(std::move(s));
  }
  if (sections.empty()) {
    ctx.not_converted("/pages", "the survey has no pages: an empty first section was made");
    sections.push_back({{"id", "page1"}, {"title", q["title"]}, {"questions", OJson::array()}});
  }
  q["sections"] = std::move(sections);

  for (std::size_t i = 0; i < calculated.size(); ++i) {
    const std::string at = "/calculatedValues/" + std::to_string(i);
    const std::string e = translate_expression(calculated[i].value("expression", ""), names, ctx, at + "/expression");
    if (e.empty()) continue;
    ctx.calculated.push_back({{"id", ctx.id_at[at]}, {"expression", e}});
    if (calculated[i].value("includeIntoResult", false) == false)
      ctx.changed(at, "calculated values are always included in the exported answers here");
  }
  if (!ctx.calculated.empty()) q["calculated"] = ctx.calculated;

  for (const auto& [key, v] : survey.items())
    if (key != "pages" && key != "elements" && key != "questions" && key != "title" && key != "description" &&
        key != "completedHtml" && key != "calculatedValues" && key != "clearInvisibleValues" && key != "version" &&
        !kSurveyLayoutOnly.count(key))
      ctx.not_converted("/" + key, "survey property \"" + key + "\" has no equivalent: left out");
  if (!ctx.other_locales.empty()) {
    std::string list;
    for (const auto& l : ctx.other_locales) list += (list.empty() ? "" : ", ") + l;
    ctx.not_converted("", "texts in other languages (" + list + ") left out: kept \"" + ctx.locale + "\"");
  }
}

}  // namespace

ImportResult import_surveyjs(std::string_view text, std::string_view file, const ImportOptions& options) {
  ImportResult result;
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    result.diagnostics = std::move(doc.diagnostics);
    return result;
  }
  if (!doc.value.is_object() || !(doc.value.contains("pages") || doc.value.contains("elements") ||
                                  doc.value.contains("questions"))) {
    result.diagnostics.push_back({Severity::Error, std::string(file), "", 1, 1, 0,
                                  "not a SurveyJS survey: expected an object with \"pages\" (or \"elements\")"});
    return result;
  }
  Context ctx;
  OJson q;
  try {
    convert_survey(doc.value, options, ctx, q);
  } catch (const nlohmann::json::exception& e) {
    result.diagnostics.push_back({Severity::Error, std::string(file), "", 0, 0, 0,
                                  std::string("the survey has a property of an unexpected type: ") + e.what()});
    return result;
  }
  result.notes = std::move(ctx.notes);
  result.ids = ctx.top_ids;
  result.field_ids = ctx.group_fields;
  result.questionnaire = std::move(q);
  // The result must stand on its own: our loader and engine check it like any questionnaire file.
  const std::string out_name = std::string(file) + " (converted)";
  auto loaded = questionnaire::load_questionnaire(result.questionnaire.dump(), out_name);
  Diagnostics diagnostics = std::move(loaded.diagnostics);
  if (loaded.ok()) engine::Engine check(std::move(loaded.questionnaire), nullptr, out_name, diagnostics);
  result.diagnostics = std::move(diagnostics);
  return result;
}

std::string format(const ImportNote& note, std::string_view file) {
  return std::string(file) + ": " + (note.kind == ImportNote::Kind::NotConverted ? "not converted" : "changed") +
         ": " + (note.path.empty() ? "/" : note.path) + ": " + note.message;
}

}  // namespace sw::surveyjs
