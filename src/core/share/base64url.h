// base64url.h — RFC 4648 §5 base64url without padding: the alphabet that survives URLs, mail and chat unescaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sw::share {

/// Bytes → base64url text, no '=' padding.
std::string base64url_encode(std::string_view bytes);

/// base64url text (no padding; a trailing '=' padding is tolerated) → bytes. On a bad character or an
/// impossible length returns nullopt and sets `error` to what was wrong and where (0-based offset).
std::optional<std::string> base64url_decode(std::string_view text, std::string& error);

}  // namespace sw::share
