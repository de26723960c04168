// surveyjs_convert.mjs — converts a Scopewright questionnaire (scopewright.questionnaire/1) to the equivalent
// SurveyJS survey JSON, for the side-by-side benchmark with survey-core (surveyjs_bench.mjs). Our expressions
// use SurveyJS syntax already; only {entry.x} (repeat-group entry) becomes SurveyJS's {panel.x}.
// It covers what the synthetic questionnaires use and refuses anything else rather than guess.
//   node surveyjs_convert.mjs questionnaire.json > survey.json

const TYPES = {
  text: () => ({ type: "text" }),
  number: () => ({ type: "text", inputType: "number" }),
  yes_no: () => ({ type: "boolean" }),
  single_choice: () => ({ type: "radiogroup" }),
  multiple_choice: () => ({ type: "checkbox" }),
};

const entryToPanel = (e) => e.replace(/\{entry\./g, "{panel.");

function convertQuestion(q, where) {
  let out;
  if (q.type === "repeat") {
    out = { type: "paneldynamic", templateElements: (q.fields || []).map((f, i) => convertQuestion(f, `${where}.fields[${i}]`)) };
  } else if (TYPES[q.type]) {
    out = TYPES[q.type]();
  } else {
    throw new Error(`${where}: question type "${q.type}" has no SurveyJS equivalent in this converter`);
  }
  out.name = q.id;
  out.title = q.label;
  if (q.choices) out.choices = q.choices.map((c) => ({ value: c.value, text: c.label }));
  if (q.required) out.isRequired = true;
  if (q.visible_if) out.visibleIf = entryToPanel(q.visible_if);
  if (q.enable_if) out.enableIf = entryToPanel(q.enable_if);
  if (q.required_if) out.requiredIf = entryToPanel(q.required_if);
  return out;
}

export function toSurveyJs(questionnaire) {
  if (questionnaire.format !== "scopewright.questionnaire/1") throw new Error("not a scopewright.questionnaire/1 file");
  return {
    title: questionnaire.title,
    pages: questionnaire.sections.map((s, si) => {
      const page = { name: s.id, title: s.title,
                     elements: s.questions.map((q, qi) => convertQuestion(q, `sections[${si}].questions[${qi}]`)) };
      if (s.visible_if) page.visibleIf = s.visible_if;
      return page;
    }),
    calculatedValues: (questionnaire.calculated || []).map((c) => ({ name: c.id, expression: c.expression })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fs = await import("node:fs");
  process.stdout.write(JSON.stringify(toSurveyJs(JSON.parse(fs.readFileSync(process.argv[2], "utf8")))));
}
