// Force-included (-include) before dense_avx512.c and sparse_avx512.c by bin/check-avx512-emulated,
// so that their AVX-512 code, unmodified, runs on a processor without AVX-512: SIMDe (Debian's
// libsimde-dev) supplies the _mm512_* intrinsics under their Intel names, built from AVX2 + FMA.

#define SIMDE_ENABLE_NATIVE_ALIASES
#include <simde/x86/avx512.h>
#include <string.h>

// The kernels ask for AVX-512 per function with __attribute__((target("avx512f"))). Left in, it
// would let the compiler emit AVX-512 instructions of its own in those functions, which this
// processor cannot run; emptied, the attribute lists become ones GCC and clang accept
// ("(, always_inline)"), and the check's -mavx2 -mfma -mbmi give every function the same target.
#define target(features)

// The kernels' register barrier (sparse_avx512.c) names a vector register; SIMDe's vectors are not
// one. It changes no value, so here it is nothing.
#define OVERFIT_VECTOR_BARRIER(vector) ((void)0)

// Three intrinsics the kernels use that SIMDe 0.7.4 (Debian bookworm) lacks. They follow the
// hardware exactly, lane by lane: a masked load reads only the lanes under its mask (the
// hardware suppresses faults there, so a kernel may point past its array's end), and a masked
// store writes only those lanes. A whole-vector load would hide reads past the end; these fault
// on them, at the driver's guard pages.
static inline __m512 overfit_shim_maskz_loadu_ps(__mmask16 k, const void *memory) {
    float lanes[16] = {0};
    for (int i = 0; i < 16; i++) {
        if (k >> i & 1) memcpy(&lanes[i], (const char *)memory + 4 * i, 4);
    }
    return _mm512_loadu_ps(lanes);
}

static inline void overfit_shim_mask_storeu_ps(void *memory, __mmask16 k, __m512 value) {
    float lanes[16];
    _mm512_storeu_ps(lanes, value);
    for (int i = 0; i < 16; i++) {
        if (k >> i & 1) memcpy((char *)memory + 4 * i, &lanes[i], 4);
    }
}

#undef _mm512_maskz_loadu_ps
#undef _mm512_mask_storeu_ps
#undef _mm512_mask_cmp_ps_mask
#define _mm512_maskz_loadu_ps(k, memory) overfit_shim_maskz_loadu_ps((k), (memory))
#define _mm512_mask_storeu_ps(memory, k, value) overfit_shim_mask_storeu_ps((memory), (k), (value))
// A compare under a mask is the compare with the lanes outside the mask cleared.
#define _mm512_mask_cmp_ps_mask(k, a, b, predicate) \
    ((__mmask16)((k) & _mm512_cmp_ps_mask((a), (b), (predicate))))
// SIMDe 0.7.4 gives _mm512_shuffle_f32x4 no Intel-named alias (only the i32x4 one).
#undef _mm512_shuffle_f32x4
#define _mm512_shuffle_f32x4(a, b, imm8) simde_mm512_shuffle_f32x4((a), (b), (imm8))
