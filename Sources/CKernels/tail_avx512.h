#ifndef OVERFIT_TAIL_AVX512_H
#define OVERFIT_TAIL_AVX512_H

#include <immintrin.h>

// The last vector of a block of outputs in the AVX-512 kernels (dense_avx512.c, sparse_avx512.c),
// taken as its `tail` kind says (overfit_tail_of): exactly 4 (8) outputs as a 128-bit (256-bit)
// vector, loaded and stored whole; 16 whole; any other count as 16 lanes under `last`. On Zen 4 a
// 512-bit FMA or load takes both 256-bit halves of the machine, so MNIST's 100 outputs as
// 6 × 16 + 4 cost 6.25 vectors' time, not 7, and a masked store is slower than a whole one. Each
// lane is the same fma at any width, so the kind changes no bits. The functions are inlined with
// a constant kind: only the register of that width is used.
enum { OVERFIT_TAIL_MASKED = 0, OVERFIT_TAIL_128 = 1, OVERFIT_TAIL_256 = 2, OVERFIT_TAIL_512 = 3 };

static inline int overfit_tail_of(__mmask16 lanes) {
    return lanes == 0xF ? OVERFIT_TAIL_128 : lanes == 0xFF ? OVERFIT_TAIL_256 : lanes == 0xFFFF ? OVERFIT_TAIL_512
                                                                                              : OVERFIT_TAIL_MASKED;
}

/// An empty asm statement that keeps the compiler from rewriting how `vector` was computed; no
/// instruction. A narrow tail takes the low lanes of the 512-bit broadcast its row's other FMAs
/// use; left alone, compilers broadcast into 128 bits and then again into 512, a shuffle more per
/// term. (The emulated AVX-512 check, whose vectors are not registers, defines it away.)
#ifndef OVERFIT_VECTOR_BARRIER
#define OVERFIT_VECTOR_BARRIER(vector) __asm__("" : "+v"(vector))
#endif

/// A tail vector: the register of its kind's width.
typedef struct {
    __m512 whole;
    __m256 half;
    __m128 quarter;
} OverfitTail;

__attribute__((target("avx512f"), always_inline))
static inline OverfitTail overfit_tail_zero(void) {
    return (OverfitTail){_mm512_setzero_ps(), _mm256_setzero_ps(), _mm_setzero_ps()};
}

/// The tail's floats from `p` (under `last` only for OVERFIT_TAIL_MASKED).
__attribute__((target("avx512f"), always_inline))
static inline OverfitTail overfit_tail_load(const int tail, __mmask16 last, const float *p) {
    OverfitTail v = overfit_tail_zero();
    if (tail == OVERFIT_TAIL_128) v.quarter = _mm_loadu_ps(p);
    else if (tail == OVERFIT_TAIL_256) v.half = _mm256_loadu_ps(p);
    else if (tail == OVERFIT_TAIL_512) v.whole = _mm512_loadu_ps(p);
    else v.whole = _mm512_maskz_loadu_ps(last, p);
    return v;
}

/// acc + scale · term, lane by lane (one fma each); scale is a broadcast, its low lanes used.
__attribute__((target("avx512f,fma"), always_inline))
static inline OverfitTail overfit_tail_fma(const int tail, __m512 scale, OverfitTail term, OverfitTail acc) {
    if (tail == OVERFIT_TAIL_128) acc.quarter = _mm_fmadd_ps(_mm512_castps512_ps128(scale), term.quarter, acc.quarter);
    else if (tail == OVERFIT_TAIL_256) acc.half = _mm256_fmadd_ps(_mm512_castps512_ps256(scale), term.half, acc.half);
    else acc.whole = _mm512_fmadd_ps(scale, term.whole, acc.whole);
    return acc;
}

/// Stores the tail at `p` (under `last` only for OVERFIT_TAIL_MASKED).
__attribute__((target("avx512f"), always_inline))
static inline void overfit_tail_store(const int tail, __mmask16 last, float *p, OverfitTail v) {
    if (tail == OVERFIT_TAIL_128) _mm_storeu_ps(p, v.quarter);
    else if (tail == OVERFIT_TAIL_256) _mm256_storeu_ps(p, v.half);
    else if (tail == OVERFIT_TAIL_512) _mm512_storeu_ps(p, v.whole);
    else _mm512_mask_storeu_ps(p, last, v.whole);
}

#endif
