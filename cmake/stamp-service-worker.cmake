# stamp-service-worker.cmake — puts a build id (hash of the app's files) into the site's sw.js, so each new
# build gets its own offline cache and replaces the previous one. Run by CMake after linking the web app.
set(_ids "")
foreach(f scopewright.js scopewright.wasm scopewright.data designer.js designer.wasm designer.data
          questionnaire.js questionnaire.wasm questionnaire.data
          index.html shell.js)
  if(EXISTS "${SITE_DIR}/${f}")
    file(SHA256 "${SITE_DIR}/${f}" _h)
    string(APPEND _ids "${_h}")
  endif()
endforeach()
string(SHA256 _build_id "${_ids}")
string(SUBSTRING "${_build_id}" 0 16 _build_id)
file(READ "${SITE_DIR}/sw.js" _sw)
string(REPLACE "@BUILD_ID@" "${VERSION}-${_build_id}" _sw "${_sw}")
file(WRITE "${SITE_DIR}/sw.js" "${_sw}")
