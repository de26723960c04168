// generate_expected.cjs — evaluates every case of expr_cases.json with survey-core (the reference
// implementation) and writes expr_expected.json, which the C++ test test_expr_compat.cpp compares with.
//
// Run from the repository root after `npm ci` in tests/e2e (survey-core is a dev dependency there):
//   TZ=UTC node tests/compat/generate_expected.cjs
// TZ=UTC matters: survey-core's dates are JS Dates in the local zone, and our engine has no zones.
"use strict";
const fs = require("fs");
const path = require("path");

if (process.env.TZ !== "UTC") {
  console.error("generate_expected.cjs: run with TZ=UTC (dates must not depend on the local zone)");
  process.exit(2);
}
const Survey = require(path.join(__dirname, "../e2e/node_modules/survey-core/survey.core.js"));
const casesFile = path.join(__dirname, "expr_cases.json");
const outFile = path.join(__dirname, "expr_expected.json");
const corpus = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const now = Date.parse(corpus.now + "Z");
// survey-core reads "now" from the survey's dateProvider: give it a fixed clock.
const properties = { survey: { dateProvider: { now: () => now }, getValueGetterContext: () => undefined } };

const quiet = console.warn;
console.warn = () => {};  // unknown functions log a warning; the result (null) is what we record
const results = corpus.cases.map((c) => {
  const data = typeof c.data === "string" ? corpus.data[c.data] : c.data;
  const parser = new Survey.ConditionsParser();
  const operand = parser.parseExpression(c.expr);
  if (!operand && parser.error) return { expr: c.expr, error: true };  // a lone `null` parses to no operand
  let value;
  try {
    value = new Survey.ExpressionRunner(c.expr).runValues(JSON.parse(JSON.stringify(data)), properties);
  } catch (e) {
    return { expr: c.expr, exception: String(e) };
  }
  const text = JSON.stringify(value);
  return { expr: c.expr, result: text === undefined ? "null" : text };
});
console.warn = quiet;
fs.writeFileSync(outFile, JSON.stringify({ generator: "survey-core " + require(
  path.join(__dirname, "../e2e/node_modules/survey-core/package.json")).version, now: corpus.now, results }, null, 1) + "\n");
console.log(`wrote ${results.length} results to ${path.relative(process.cwd(), outFile)}`);
