// deflate.h — raw DEFLATE (RFC 1951, no zlib/gzip header: the smallest output for links) through zlib.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sw::share {

/// Compresses `bytes` at the best compression level.
std::string deflate_raw(std::string_view bytes);

/// Why inflating failed.
enum class InflateError { None, Corrupt, Truncated, TrailingData, TooLarge };

struct Inflated {
  std::optional<std::string> bytes;  // set on success
  InflateError error = InflateError::None;
  std::string message;  // what was wrong, for people
};

/// Decompresses a raw DEFLATE stream, stopping as soon as the output would exceed `max_output` bytes
/// (a decompression bomb never allocates more than that).
Inflated inflate_raw(std::string_view compressed, std::size_t max_output);

}  // namespace sw::share
