// list_files.h — listing a folder of the data package (web) or the local disk (desktop) (e.g. assets/processes/*.json).
#pragma once

#include <string>
#include <vector>

namespace sw::platform {

/// The names, without ".json", of the JSON files in `dir`, sorted; empty when the folder cannot be read.
std::vector<std::string> list_json_files(const std::string& dir);

}  // namespace sw::platform
