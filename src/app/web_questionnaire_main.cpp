// web_questionnaire_main.cpp — the customer's web page (questionnaire.js/.wasm): the questionnaire a link opens
// (?q=, #q=) and nothing else, so a customer downloads about half of what the engineer's app needs.
#include "app/run_app.h"
#include "ui/customer_app.h"

int main(int argc, char** argv) {
  return sw::app::run_app(argc, argv, "/fonts/ui.otf", [](sw::ui::AppOptions options, sw::Storage& storage) {
    return std::make_unique<sw::ui::CustomerApp>(std::move(options), storage);
  });
}
