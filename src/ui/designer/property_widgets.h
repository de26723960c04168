// property_widgets.h — the property panel's rows: a label on the left and the widget on the right, each change
// applied to the document as an edit (texts merge while typing; ids and numbers are committed when left).
// `make` builds the edit from the new value; it is called during the call only, hence a FunctionRef.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/function_ref.h"
#include "ui/designer/designer_session.h"

namespace sw::ui::designer {

/// Buffers of typed-in ids and numbers, by widget key, while they are being edited.
using Buffers = std::map<std::string, std::string>;

/// A free-text property; every keystroke is applied (merged into one undo step until the field is left).
void text_row(DesignerSession& s, const char* label, const std::string& value,
              FunctionRef<dz::Edit(std::string)> make, bool multiline = false);
/// An id: typed into a buffer and applied when the field is left or Enter is pressed; a refusal puts it back.
void id_row(DesignerSession& s, Buffers& buffers, const char* label, const std::string& key, const std::string& value,
            FunctionRef<dz::Edit(std::string)> make);
/// An optional number ("" = none), applied when it parses; the row says so when it does not.
void number_row(DesignerSession& s, Buffers& buffers, const char* label, const std::string& key,
                std::optional<double> value, FunctionRef<dz::Edit(std::optional<double>)> make);
/// A yes/no flag.
void check_row(DesignerSession& s, const char* label, bool value, FunctionRef<dz::Edit(bool)> make);
/// Starts a row: the label, then the cursor where the widget goes (full remaining width).
void row_label(const char* label);
/// A heading between groups of rows.
void group_heading(const char* text);

}  // namespace sw::ui::designer
