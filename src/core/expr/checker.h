// checker.h — load-time checks of a parsed expression against the questionnaire's names, and the list of
// references it reads (the engine's dependency graph is built from that list).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/expr/ast.h"
#include "core/expr/issue.h"
#include "core/name_index.h"

namespace sw::expr {

/// One name an expression may reference: a plain answer, or a repeat group whose entries have fields.
struct Symbol {
  std::string name;
  bool is_group = false;
  std::vector<std::string> fields;  // a group's entry fields
};

/// The names known to a questionnaire; lookups are case-insensitive like SurveyJS's. A name added again replaces
/// the earlier symbol. Symbols found stay where they are until the next add.
class SymbolTable {
 public:
  void add_value(std::string name);
  void add_group(std::string name, std::vector<std::string> fields);
  /// Room for this many symbols (saves rehashing while a big questionnaire declares its names).
  void reserve(std::size_t symbols);
  /// The symbol with this name (any case), or nullptr.
  const Symbol* find(std::string_view name) const;
  /// Every symbol name, for "did you mean" hints.
  std::vector<std::string> names() const;

 private:
  void add(Symbol symbol);
  std::vector<Symbol> symbols_;
  std::vector<std::string> lower_names_;  // of symbols_, position by position
  NameIndex by_lower_name_;               // into symbols_
};

struct CheckOptions {
  const SymbolTable* symbols = nullptr;  // nullptr: references are not checked (only functions and types)
  std::string entry_name = "entry";      // `{entry.field}` names a field of the current repeat-group entry
  const Symbol* entry_group = nullptr;   // the repeat group the expression belongs to, if any
  bool warn_bare_words = true;           // warn about unquoted words, which SurveyJS reads as text
};

/// Unknown functions and wrong argument counts (errors), unknown references and group fields (errors),
/// and comparisons between clearly different types (warnings). In source order.
Issues check(const Expression& expr, const CheckOptions& options = {});

/// Every reference the expression reads, each once, in source order.
std::vector<Reference> references(const Expression& expr);

}  // namespace sw::expr
