// fetch_native.cpp — desktop side of fetch.h: a "URL" is a file path; there is no file picker (the UI asks
// for a path) and no page URL.
#include "platform/fetch.h"

namespace sw::platform {

void fetch_text(const std::string& url, std::function<void(FetchResult)> done) {
  FetchResult result;
  if (auto text = read_file_text(url)) {
    result.status = 200;
    result.text = std::move(*text);
  } else {
    result.status = 404;
    result.error = "cannot read the file " + url;
  }
  done(std::move(result));
}

std::string page_url() { return ""; }

std::string page_origin() { return ""; }

bool open_text_file(const std::string&, std::function<void(OpenedFile)>) { return false; }

}  // namespace sw::platform
