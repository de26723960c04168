// storage.h (platform) — the Storage this platform offers: the browser's localStorage, or files on desktop.
#pragma once

#include <memory>

#include "core/storage.h"

namespace sw::platform {

/// The platform's persistent key-value store (web: localStorage; desktop: files under
/// $XDG_DATA_HOME/scopewright, else ~/.local/share/scopewright).
std::unique_ptr<Storage> open_storage();

}  // namespace sw::platform
