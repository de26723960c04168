// main_loop_emscripten.cpp — the web main loop: the browser calls the frame function on each animation frame.
#include <emscripten.h>

#include "platform/main_loop.h"

namespace sw::platform {
namespace {
void call_frame(void* arg) {
  auto* frame = static_cast<std::function<bool()>*>(arg);
  if (!(*frame)()) emscripten_cancel_main_loop();
}
}  // namespace

void run_main_loop(std::function<bool()> frame) {
  // The loop outlives this call (simulate_infinite_loop = false returns to the caller), so the function object
  // lives for the page's lifetime on the heap.
  auto* owned = new std::function<bool()>(std::move(frame));
  emscripten_set_main_loop_arg(call_frame, owned, 0, false);
}

}  // namespace sw::platform
