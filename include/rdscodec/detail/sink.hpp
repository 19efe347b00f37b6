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

/// Appends to a std::string through a stack buffer: many small writes
/// become a few appends. Call flush() before reading the string.
class chunked_string_sink {
 public:
  explicit chunked_string_sink(std::string& s) noexcept : s_(&s) {}
  chunked_string_sink(const chunked_string_sink&) = delete;
  chunked_string_sink& operator=(const chunked_string_sink&) = delete;
  ~chunked_string_sink() { flush(); }
  void put(char c) {
    if (n_ == sizeof buf_) flush();
    buf_[n_++] = c;
  }
  void write(const char* p, std::size_t n) {
    if (n > sizeof buf_ - n_) {
      flush();
      if (n > sizeof buf_) {
        s_->append(p, n);
        return;
      }
    }
    std::memcpy(buf_ + n_, p, n);
    n_ += n;
  }
  void flush() {
    if (n_ != 0) s_->append(buf_, n_);
    n_ = 0;
  }
  /// Room for `n` bytes (n <= capacity), written directly, then commit().
  char* reserve(std::size_t n) {
    if (n > sizeof buf_ - n_) flush();
    return buf_ + n_;
  }
  void commit(std::size_t n) noexcept { n_ += n; }
  static constexpr std::size_t capacity = 256;

 private:
  std::string* s_;
  std::size_t n_ = 0;
  char buf_[256];
};

/// Feeds a hash or MAC stream (anything with update(const void*, size_t))
/// through a stack buffer, so writers emitting a few bytes at a time do not
/// pay one update call each. Call flush() before finishing the stream.
template <class Stream>
class buffered_update_sink {
 public:
  explicit buffered_update_sink(Stream& s) noexcept : s_(&s) {}
  void put(char c) noexcept {
    if (n_ == sizeof buf_) flush();
    buf_[n_++] = c;
  }
  void write(const char* p, std::size_t n) noexcept {
    if (n > sizeof buf_ - n_) {
      flush();
      if (n > sizeof buf_) {
        s_->update(p, n);
        return;
      }
    }
    std::memcpy(buf_ + n_, p, n);
    n_ += n;
  }
  void flush() noexcept {
    if (n_ != 0) s_->update(buf_, n_);
    n_ = 0;
  }
  /// Room for `n` bytes (n <= capacity), written directly, then commit().
  char* reserve(std::size_t n) noexcept {
    if (n > sizeof buf_ - n_) flush();
    return buf_ + n_;
  }
  void commit(std::size_t n) noexcept { n_ += n; }
  static constexpr std::size_t capacity = 512;

 private:
  Stream* s_;
  std::size_t n_ = 0;
  char buf_[512];
};

}  // namespace detail
}  // namespace rdscodec

#endif
