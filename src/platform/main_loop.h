// main_loop.h — runs the app's frame function until it returns false: a plain loop on desktop, the browser's
// requestAnimationFrame on the web. The frame function itself knows nothing of the platform.
#pragma once

#include <functional>

namespace sw::platform {

/// Calls `frame` once per display frame until it returns false. On the web this returns immediately and the
/// browser keeps calling `frame`; whatever `frame` uses must therefore outlive main() (allocate it on the heap).
void run_main_loop(std::function<bool()> frame);

}  // namespace sw::platform
