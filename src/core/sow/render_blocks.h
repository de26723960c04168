// render_blocks.h — the structured blocks of a SoW section (block_names()), each drawn from the feed.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/documents/model.h"

namespace sw::sow {

/// Appends block `name` of the feed to doc (nothing for "" or an unknown name).
void add_block(documents::Document& doc, std::string_view name, const nlohmann::json& feed);

/// "GBP 12,500.00"-style money without separators: "GBP 12500.00"; "" for null.
std::string money_text(const nlohmann::json& amount, const std::string& currency);

}  // namespace sw::sow
