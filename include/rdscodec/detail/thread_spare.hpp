// rdscodec: one spare object per thread, for buffers a call borrows and gives
// back (the signer's flattened parameters and their sort order), so that the
// same work done again on a thread allocates nothing.
//
//   if (auto* s = thread_spare<buffers>::get()) ...   // this thread's, or nullptr
//
// Each thread reaches only its own spare. get() returns nullptr once the
// calling thread's spare has been destroyed: at thread exit, and for the main
// thread before any static object (its thread_locals go first), so a static
// object's destructor that signs, or a thread_local constructed before the
// thread's first signature, works without one instead of using a destroyed
// object. The flag that says so is a bool: trivially destructible, it stays
// usable until the thread's storage goes.
#ifndef RDSCODEC_DETAIL_THREAD_SPARE_HPP
#define RDSCODEC_DETAIL_THREAD_SPARE_HPP

namespace rdscodec {
namespace detail {

template <class T>
class thread_spare {
 public:
  /// The calling thread's spare T (constructed on first use), or nullptr once
  /// it has been destroyed.
  static T* get() noexcept {
    if (gone()) return nullptr;
    thread_local holder h;
    return &h.value;
  }

 private:
  struct holder {
    T value;
    ~holder() { gone() = true; }
  };
  static bool& gone() noexcept {
    thread_local bool g = false;
    return g;
  }
};

}  // namespace detail
}  // namespace rdscodec

#endif
