// surveyjs_bench.mjs — survey-core (SurveyJS's engine, npm, MIT) on the same synthetic questionnaires, converted
// by surveyjs_convert.mjs: load (new Model) and the time to re-run conditions after one value change (setValue,
// which re-runs every condition and calculated value SurveyJS thinks may depend on it). The changes are the same as
// core_bench.cpp's `incremental`: the same number questions (changed_questions() in synthetic_questionnaire.cpp),
// each set to (its value + 1) % 7, starting from the same answers.
//   node surveyjs_bench.mjs DIR [SIZES]   DIR holds q-N.json / answers-N.json (scopewright_bench_core --write)
// Prints one JSON line per result, like core_bench.cpp.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { toSurveyJs } from "./surveyjs_convert.mjs";
import { timeRuns } from "./timing.mjs";

const require = createRequire(path.join(process.env.SURVEY_CORE_FROM || path.resolve("tests/e2e"), "x.js"));
const { Model } = require("survey-core");
const version = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("survey-core")), "package.json"), "utf8")).version;

// Same as sw::bench::changed_questions (synthetic_questionnaire.cpp).
export function changedQuestions(questions, count = 200) {
  const numbers = Math.floor((questions + 5) / 6);
  count = Math.min(count, numbers);
  const ids = [];
  for (let j = 0; j < count; ++j) ids.push("q" + 6 * Math.floor((j * numbers) / count));
  return ids;
}

const [dir, sizesArg = "100,1000,10000"] = process.argv.slice(2);
for (const n of sizesArg.split(",").map(Number)) {
  const json = toSurveyJs(JSON.parse(fs.readFileSync(path.join(dir, `q-${n}.json`), "utf8")));
  const answers = JSON.parse(fs.readFileSync(path.join(dir, `answers-${n}.json`), "utf8"));
  const emit = (bench, t, extra = {}) =>
    console.log(JSON.stringify({ bench, questions: n, ...t, engine: "survey-core " + version, ...extra }));

  // survey-core is slow on the big sizes: time budgets keep the whole run to a few minutes (runs are reported).
  const big = n >= 10000;
  emit("load", timeRuns(big ? 5 : 30, big ? 0 : 1, () => new Model(json), 15000, 3));
  const survey = new Model(json);
  emit("full_evaluation", timeRuns(big ? 5 : 30, big ? 0 : 1, () => { survey.data = answers; }, 15000, 3));
  survey.data = answers;
  const ids = changedQuestions(n);
  let k = 0;
  const t = timeRuns(big ? 200 : 2000, big ? 2 : 10, () => {
    const id = ids[k++ % ids.length];
    survey.setValue(id, (survey.getValue(id) + 1) % 7);
  }, 20000, 10);
  // Sanity: the conditions really ran (a visible question must follow its condition).
  emit("incremental", t, { visible_questions: survey.getAllQuestions(true).length });
}
