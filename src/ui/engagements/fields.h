// fields.h — editable widgets bound to one engagement field by JSON Pointer: each change is an undoable
// set_field command (typing merges into one step until the field loses focus), and a form layout that puts
// labels beside fields on wide windows and above them on phones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/model.h"
#include "ui/engagements/session.h"

namespace sw::ui::engagements {

/// What a section draws with: the session, the open engagement and its JSON form for this frame.
struct EditContext {
  Session& session;
  engagement::Engagement& e;
  const nlohmann::json& dom;
  bool narrow = false;  // phone-sized: stack labels above fields
};

/// The value at a JSON Pointer of the document (null when absent).
const nlohmann::json& value_at(const nlohmann::json& dom, const std::string& path);

/// "in_progress" → "In progress".
std::string pretty(std::string_view enum_name);

/// Single-line (or multi-line) text field; the visible label is `label`, the id the path.
bool edit_text(EditContext& c, const char* label, const std::string& path, bool multiline = false,
               const char* hint = "");
/// A number field (empty = unknown).
bool edit_number(EditContext& c, const char* label, const std::string& path);
/// A choice among an enum's file names.
bool edit_enum(EditContext& c, const char* label, const std::string& path,
               const std::vector<std::string_view>& names);
/// A yes/no checkbox.
bool edit_bool(EditContext& c, const char* label, const std::string& path);

/// A labelled form: rows of label + field.
bool begin_form(const char* id, bool narrow);
void end_form();
/// Starts a form row: writes the label and leaves the cursor where the field goes.
void form_label(const char* label, bool narrow);

/// Form rows in one call.
void text_row(EditContext& c, const char* label, const std::string& path, bool multiline = false,
              const char* hint = "");
void date_row(EditContext& c, const char* label, const std::string& path);
void number_row(EditContext& c, const char* label, const std::string& path);
void enum_row(EditContext& c, const char* label, const std::string& path, const std::vector<std::string_view>& names);
void bool_row(EditContext& c, const char* label, const std::string& path);

/// SameLine() when a button labelled `next_label` still fits on this line, else nothing (wraps on phones).
void same_line_if_fits(const char* next_label);

/// A section heading in the heading font.
void heading(const char* text);
/// Muted wrapped help text.
void help(const char* text);

}  // namespace sw::ui::engagements
