// condition_completion.h — what may be typed at the cursor of an expression: question ids (with labels and
// types), repeat-group fields, function names (with usage), choice values after a comparison with a choice
// question, and operators/keywords after an operand; each with the exact text edit that applies it.
//
// The position is found by a short lexical scan of the text before the cursor (inside `{...}`, inside a
// quoted string, after an operand, or where an operand is expected); the text need not parse.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/designer/condition_context.h"

namespace sw::designer {

enum class CompletionKind { Question, Field, Calculated, Function, ChoiceValue, Operator, Keyword };

struct Completion {
  CompletionKind kind = CompletionKind::Question;
  std::string shown;        // what the list shows: "sites", "sumInArray", "'cisco_aci'", "and"
  std::string detail;       // "Number of sites · number", "sumInArray({group}, 'field', condition?)", "Cisco ACI"
  std::string insert;       // replaces the text in [Completions::begin, Completions::end)
  std::size_t cursor = 0;   // where the cursor goes afterwards, in bytes from the start of `insert`
};

struct Completions {
  std::size_t begin = 0, end = 0;  // byte range of the text a completion replaces (the word being typed)
  std::string prefix;              // text[begin, cursor): what the candidates were filtered by
  std::vector<Completion> items;   // best first; never one that would leave the text unchanged
};

/// Candidates at byte offset `cursor` of `text` (clamped to the text and to a character boundary).
/// Filtering is case-insensitive: ids, names and values starting with the prefix come first, then those whose
/// label has a word starting with it.
Completions complete(std::string_view text, std::size_t cursor, const ConditionContext& ctx);

struct AppliedCompletion {
  std::string text;
  std::size_t cursor = 0;  // byte offset
};

/// `text` with item `index` of `c` applied (unchanged text when index is out of range).
AppliedCompletion apply_completion(std::string_view text, const Completions& c, std::size_t index);

}  // namespace sw::designer
