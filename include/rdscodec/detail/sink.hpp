// rdscodec (internal): output sinks shared by the writers, so that one writer
// serves "how big?", "write into this buffer" and "append to a string".
#ifndef RDSCODEC_DETAIL_SINK_HPP
#define RDSCODEC_DETAIL_SINK_HPP

#include <cstddef>
#include <cstring>
#include <string>

namespace rdscodec {
namespace detail {

/// Counts bytes; writes nothing.
struct counting_sink {
  std::size_t size = 0;
  void put(char) noexcept { ++size; }
  void write(const char*, std::size_t n) noexcept { size += n; }
};

/// Writes into a caller buffer; never past its end. `size` counts every byte
/// offered, so `overflow()` tells whether the buffer was too small.
struct buffer_sink {
  char* out;
  std::size_t capacity;
  std::size_t size = 0;
  buffer_sink(char* o, std::size_t c) noexcept : out(o), capacity(c) {}
  void put(char c) noexcept {
    if (size < capacity) out[size] = c;
    ++size;
  }
  void write(const char* p, std::size_t n) noexcept {
    if (size <= capacity && n <= capacity - size && n != 0) std::memcpy(out + size, p, n);
    size += n;
  }
  bool overflow() const noexcept { return size > capacity; }
};

/// Appends to a std::string (which keeps its capacity between calls).
struct string_sink {
  std::string* s;
  void put(char c) { s->push_back(c); }
  void write(const char* p, std::size_t n) { s->append(p, n); }
};

}  // namespace detail
}  // namespace rdscodec

#endif
