// record_table.h — a list of records (risks, checklist items, ...) as an editable table: one row per record,
// one cell widget per column, and Add / move up / move down / Remove, all as undoable commands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/function_ref.h"
#include "ui/engagements/fields.h"

namespace sw::ui::engagements {

enum class Cell { Text, Date, Number, Enum, Bool };

struct Column {
  const char* header;  // also the cell widget's label
  const char* key;     // the record field
  Cell cell = Cell::Text;
  float width = 150.0f;
  const std::vector<std::string_view>* options = nullptr;  // Enum cells
};

struct TableSpec {
  const char* id;          // unique in the window
  std::string list_path;   // "/risks"
  const char* noun;        // "risk": the Add button says "Add risk"
  std::vector<Column> columns;
  nlohmann::json new_record = nlohmann::json::object();
};

/// Called while a row is drawn, with (index, row_path), to add buttons to the row's action cell.
using RowActions = FunctionRef<void(std::size_t, const std::string&)>;

/// Draws the table; the second form gives each row's action cell more room and calls row_actions in it.
void record_table(EditContext& c, const TableSpec& spec);
void record_table(EditContext& c, const TableSpec& spec, RowActions row_actions);

/// A list of strings (acceptance criteria, attendees, ...): one field per entry, Add and Remove.
void string_list(EditContext& c, const char* label, const std::string& list_path, const char* noun);

}  // namespace sw::ui::engagements
