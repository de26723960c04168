// deflate.cpp — see deflate.h. zlib is compiled from Debian's source package (CMake target zlib_deflate).
#include "core/share/deflate.h"

#include <zlib.h>

#include <algorithm>

namespace sw::share {
namespace {
constexpr int kRawWindowBits = -15;  // negative: raw deflate, no header or checksum
constexpr std::size_t kChunk = 16384;
}  // namespace

std::string deflate_raw(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, kRawWindowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);  // deflateBound guarantees one call is enough
  out.resize(rc == Z_STREAM_END ? z.total_out : 0);
  deflateEnd(&z);
  return out;
}

Inflated inflate_raw(std::string_view compressed, std::size_t max_output) {
  Inflated result;
  z_stream z{};
  if (inflateInit2(&z, kRawWindowBits) != Z_OK) {
    result.error = InflateError::Corrupt;
    result.message = "the decompressor could not start";
    return result;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  z.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  int rc = Z_OK;
  while (rc == Z_OK) {
    // Never ask for more than one byte past the cap: that byte proves the output is too large.
    const std::size_t room = std::min(kChunk, max_output + 1 - out.size());
    const std::size_t before = out.size();
    out.resize(before + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    z.avail_out = static_cast<uInt>(room);
    rc = inflate(&z, Z_NO_FLUSH);
    out.resize(before + room - z.avail_out);
    if (out.size() > max_output) {
      result.error = InflateError::TooLarge;
      result.message = "it unpacks to more than " + std::to_string(max_output) +
                       " bytes, more than any questionnaire link may hold";
      inflateEnd(&z);
      return result;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) {
      result.error = InflateError::Truncated;
      result.message = "the compressed data ends too early: the link was probably cut short";
      inflateEnd(&z);
      return result;
    }
  }
  const bool trailing = rc == Z_STREAM_END && z.avail_in != 0;
  const std::string detail = z.msg ? z.msg : "invalid stream";
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    result.error = InflateError::Corrupt;
    result.message = "the compressed data is damaged (" + detail + ")";
    return result;
  }
  if (trailing) {
    result.error = InflateError::TrailingData;
    result.message = "there is extra data after the end of the compressed questionnaire";
    return result;
  }
  result.bytes = std::move(out);
  return result;
}

}  // namespace sw::share
