// rdscodec benchmarks: counting what the process allocates.
//
// Three layers, each counted per thread with a plain counter (a benchmark
// runs on one thread and reads its own counts around its timed loop; no
// atomic operation is added to the allocation paths being measured):
//
// - the global operator new (every form) is replaced: it counts, then takes
//   its memory from glibc's allocator directly (__libc_malloc,
//   __libc_memalign), so a C++ allocation is counted once, as "new";
// - malloc, calloc, realloc, reallocarray, memalign, posix_memalign,
//   aligned_alloc, valloc and pvalloc are interposed (a definition in the
//   executable wins over libc's for every shared library, libcrypto and
//   libpugixml included): each call counts, then forwards to glibc's own
//   entry point. free is forwarded too (not counted). This is every heap
//   allocation the process makes that does not go through operator new;
// - OpenSSL's and pugixml's allocation hooks (CRYPTO_set_mem_functions,
//   pugi::set_memory_management_functions, installed by install_allocation_hooks
//   before either library allocates) count the malloc calls made by each of
//   them; they call malloc, so those calls are also in the malloc count, and
//   what remains ("other") is malloc made by anything else: rdscodec, simdjson,
//   libstdc++ outside operator new, libc.
//
// The interposition needs glibc and no sanitizer (which brings its own
// malloc); elsewhere malloc_counting() is false and only operator new and
// the two libraries' hooks count.
#include "bench_support.hpp"

#include <openssl/crypto.h>
#include <pugixml.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define RDSCODEC_BENCH_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define RDSCODEC_BENCH_SANITIZED 1
#endif
#if defined(__GLIBC__) && !defined(RDSCODEC_BENCH_SANITIZED)
#define RDSCODEC_BENCH_COUNT_MALLOC 1
#endif

namespace {

thread_local std::uint64_t tl_new = 0;
thread_local std::uint64_t tl_malloc = 0;
thread_local std::uint64_t tl_openssl = 0;
thread_local std::uint64_t tl_pugixml = 0;
bool g_openssl_hooks = false;
bool g_pugixml_hooks = false;

}  // namespace

// ---- malloc interposition -----------------------------------------------------------

#ifdef RDSCODEC_BENCH_COUNT_MALLOC
// glibc's own entry points (exported by libc.so.6 since GLIBC_2.2.5).
extern "C" void* __libc_malloc(std::size_t) noexcept;
extern "C" void* __libc_calloc(std::size_t, std::size_t) noexcept;
extern "C" void* __libc_realloc(void*, std::size_t) noexcept;
extern "C" void* __libc_memalign(std::size_t, std::size_t) noexcept;
extern "C" void* __libc_valloc(std::size_t) noexcept;
extern "C" void* __libc_pvalloc(std::size_t) noexcept;
extern "C" void __libc_free(void*) noexcept;

namespace {
void* raw_malloc(std::size_t n) noexcept { return __libc_malloc(n); }
void* raw_memalign(std::size_t a, std::size_t n) noexcept { return __libc_memalign(a, n); }
bool valid_alignment(std::size_t a) noexcept { return a != 0 && (a & (a - 1)) == 0; }
}  // namespace

extern "C" {

void* malloc(std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_malloc(n);
}
void* calloc(std::size_t count, std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_calloc(count, n);
}
void* realloc(void* p, std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_realloc(p, n);
}
void* reallocarray(void* p, std::size_t count, std::size_t n) noexcept {
  ++tl_malloc;
  if (n != 0 && count > SIZE_MAX / n) {
    errno = ENOMEM;
    return nullptr;
  }
  return __libc_realloc(p, count * n);
}
void* memalign(std::size_t a, std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_memalign(a, n);
}
void* aligned_alloc(std::size_t a, std::size_t n) noexcept {
  ++tl_malloc;
  if (!valid_alignment(a)) {
    errno = EINVAL;
    return nullptr;
  }
  return __libc_memalign(a, n);
}
int posix_memalign(void** out, std::size_t a, std::size_t n) noexcept {
  ++tl_malloc;
  if (!valid_alignment(a) || a % sizeof(void*) != 0) return EINVAL;
  void* p = __libc_memalign(a, n);
  if (p == nullptr) return ENOMEM;
  *out = p;
  return 0;
}
void* valloc(std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_valloc(n);
}
void* pvalloc(std::size_t n) noexcept {
  ++tl_malloc;
  return __libc_pvalloc(n);
}
void free(void* p) noexcept { __libc_free(p); }

}  // extern "C"

#else
namespace {
void* raw_malloc(std::size_t n) noexcept { return std::malloc(n); }
void* raw_memalign(std::size_t a, std::size_t n) noexcept {
  void* p = nullptr;
  return posix_memalign(&p, a, n) == 0 ? p : nullptr;
}
}  // namespace
#endif

// ---- operator new ---------------------------------------------------------------------

namespace {

void* counted_new(std::size_t n) noexcept {
  ++tl_new;
  return raw_malloc(n == 0 ? 1 : n);
}

void* counted_new_aligned(std::size_t n, std::align_val_t al) noexcept {
  ++tl_new;
  const std::size_t a = static_cast<std::size_t>(al) < sizeof(void*) ? sizeof(void*) : static_cast<std::size_t>(al);
  return raw_memalign(a, n == 0 ? 1 : n);
}

}  // namespace

void* operator new(std::size_t n) {
  if (void* p = counted_new(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted_new(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_new(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_new(n); }
void* operator new(std::size_t n, std::align_val_t al) {
  if (void* p = counted_new_aligned(n, al)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t al) {
  if (void* p = counted_new_aligned(n, al)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
  return counted_new_aligned(n, al);
}
void* operator new[](std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
  return counted_new_aligned(n, al);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }

// ---- the libraries' hooks ---------------------------------------------------------------

namespace {

void* ossl_malloc(std::size_t n, const char*, int) {
  ++tl_openssl;
  return std::malloc(n);
}
void* ossl_realloc(void* p, std::size_t n, const char*, int) {
  ++tl_openssl;
  return std::realloc(p, n);
}
void ossl_free(void* p, const char*, int) { std::free(p); }

void* pugixml_allocate(std::size_t n) {
  ++tl_pugixml;
  return std::malloc(n);
}
void pugixml_deallocate(void* p) { std::free(p); }

}  // namespace

namespace rdscodec_bench {

void install_allocation_hooks(bool openssl) {
  if (openssl) g_openssl_hooks = CRYPTO_set_mem_functions(ossl_malloc, ossl_realloc, ossl_free) == 1;
  pugi::set_memory_management_functions(pugixml_allocate, pugixml_deallocate);
  g_pugixml_hooks = pugi::get_memory_allocation_function() == pugixml_allocate;
}

alloc_counts allocation_counts() noexcept { return {tl_new, tl_malloc, tl_openssl, tl_pugixml}; }

bool malloc_counting() noexcept {
#ifdef RDSCODEC_BENCH_COUNT_MALLOC
  return true;
#else
  return false;
#endif
}
bool openssl_hooks_installed() noexcept { return g_openssl_hooks; }
bool pugixml_hooks_installed() noexcept { return g_pugixml_hooks; }

std::string allocation_counters_problem() {
  // Through volatile pointers, so that no call can be elided.
  void* (*volatile do_malloc)(std::size_t) = &std::malloc;
  void (*volatile do_free)(void*) = &std::free;
  void* (*volatile do_new)(std::size_t) = &::operator new;
  void (*volatile do_delete)(void*) noexcept = &::operator delete;
  const alloc_counts before = allocation_counts();
  do_free(do_malloc(24));
  const alloc_counts mid = allocation_counts();
  do_delete(do_new(24));
  const alloc_counts after = allocation_counts();
  if (malloc_counting() && mid.malloc - before.malloc != 1) return "one malloc() call was not counted once";
  if (mid.cxx_new != before.cxx_new) return "malloc() was counted as operator new";
  if (after.cxx_new - mid.cxx_new != 1) return "one operator new call was not counted once";
  if (after.malloc != mid.malloc) return "operator new was also counted as malloc()";
  if (pugixml_hooks_installed()) {
    pugi::xml_document doc;
    const alloc_counts p0 = allocation_counts();
    const bool parsed = bool(doc.load_string("<a>1</a>"));
    const alloc_counts p1 = allocation_counts();
    if (!parsed || p1.pugixml == p0.pugixml) return "pugixml's allocations were not counted";
    if (malloc_counting() && p1.malloc - p0.malloc < p1.pugixml - p0.pugixml)
      return "pugixml's allocations were not counted as malloc()";
  }
  return {};
}

void alloc_meter::report(benchmark::State& state) const {
  const alloc_counts now = allocation_counts();
  const double n = state.iterations() > 0 ? static_cast<double>(state.iterations()) : 1.0;
  const auto per_op = [n](std::uint64_t v) { return benchmark::Counter(static_cast<double>(v) / n); };
  const std::uint64_t cxx = now.cxx_new - start_.cxx_new;
  const std::uint64_t mallocs = now.malloc - start_.malloc;
  const std::uint64_t ossl = now.openssl - start_.openssl;
  const std::uint64_t pugixml = now.pugixml - start_.pugixml;
  state.counters["new/op"] = per_op(cxx);
  if (g_openssl_hooks) state.counters["ossl_mallocs/op"] = per_op(ossl);
  if (g_pugixml_hooks) state.counters["pugixml_mallocs/op"] = per_op(pugixml);
  if (malloc_counting()) {
    state.counters["allocs/op"] = per_op(cxx + mallocs);
    state.counters["malloc/op"] = per_op(mallocs);
    // Only meaningful when both libraries' calls are known.
    if (g_openssl_hooks && g_pugixml_hooks) {
      const std::uint64_t known = ossl + pugixml;
      state.counters["other_mallocs/op"] = per_op(mallocs > known ? mallocs - known : 0);
    }
  }
}

}  // namespace rdscodec_bench
