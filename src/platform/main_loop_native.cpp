// main_loop_native.cpp — the desktop main loop: call the frame function until it says stop.
#include "platform/main_loop.h"

namespace sw::platform {

void run_main_loop(std::function<bool()> frame) {
  while (frame()) {
  }
}

}  // namespace sw::platform
