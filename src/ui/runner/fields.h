// fields.h — drawing one question (or one repeat-group field) as its widget: what the widget is given, what it
// reports back, and the small per-view memory widgets keep between frames (text being typed, search filters,
// which field gets keyboard focus).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/questionnaire/model.h"

namespace sw::ui::runner {

/// One field to draw.
struct FieldInput {
  const questionnaire::Question* question = nullptr;
  std::string key;               // unique: "customer_name", or "sites.1.site_name" for a repeat field
  std::string label;             // piped label, as shown
  std::string help;              // piped help
  nlohmann::json value;          // the current answer (null when unanswered)
  nlohmann::json other;          // the "please specify" text (null when none)
  bool enabled = true;
  bool required = false;
  std::function<bool(std::size_t)> choice_visible;  // which choices to offer
  std::vector<std::string> errors;                  // shown under the field
};

/// What the user did to it this frame.
struct FieldOutput {
  std::optional<nlohmann::json> value;  // the new answer when it changed
  std::optional<nlohmann::json> other;  // the new "please specify" text when it changed
  bool left = false;                    // the user left the field: its errors may now be shown
  bool submitted = false;               // Enter in a one-line field: go on to the next field
};

/// Widget memory kept by the view between frames.
struct FieldMemory {
  std::map<std::string, std::string> buffers;       // text typed into number/currency/date fields
  std::map<std::string, std::string> local_errors;  // "Enter a number" while the text does not parse
  std::map<std::string, std::string> filters;       // time zone search text
  std::string focus_key;                            // give this field keyboard focus on its next draw
  std::string editing_key;                          // the typed-in field being edited (its local error waits)
  std::vector<std::string> order;                   // field keys in drawing order this frame
};

/// Draws the field (label, help, widget, errors) and reports changes.
FieldOutput draw_field(const FieldInput& in, FieldMemory& memory);

// Widget families (one file each), called by draw_field after the label.
FieldOutput draw_text_widget(const FieldInput& in, FieldMemory& memory);      // text, long text, email, phone, url
FieldOutput draw_number_widget(const FieldInput& in, FieldMemory& memory);    // number, currency
FieldOutput draw_date_widget(const FieldInput& in, FieldMemory& memory);      // date
FieldOutput draw_choice_widget(const FieldInput& in, FieldMemory& memory);    // single and multiple choice
FieldOutput draw_yes_no_widget(const FieldInput& in, FieldMemory& memory);
FieldOutput draw_rating_widget(const FieldInput& in, FieldMemory& memory);
FieldOutput draw_timezone_widget(const FieldInput& in, FieldMemory& memory);

/// Gives the last widget a label the item probe (tests) can find it by, without drawing that label.
void name_last_item(const std::string& label);

/// Gives keyboard focus to the next widget when `key` is the requested one (clears the request); a text box
/// (`text_input`: its label) is made active, ready for typing.
void focus_if_requested(const std::string& key, FieldMemory& memory, const char* text_input = nullptr);

}  // namespace sw::ui::runner
