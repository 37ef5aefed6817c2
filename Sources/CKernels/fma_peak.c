#include "fma_peak.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

// CHAINS independent accumulators: more than latency × throughput (4 cycles × 2 per cycle on
// the processors we know), so the loop is bound by the FMA units, not by one chain waiting.
// x·acc + y with x just under 1 converges to y / (1 - x), so nothing overflows or goes subnormal.
enum { CHAINS = 12 };

#define PEAK_LOOP(VECTOR, SET1, FMA, ADD, LANES)                                                                    \
    VECTOR acc[CHAINS];                                                                                              \
    for (int c = 0; c < CHAINS; c++) acc[c] = SET1(1.0f + (float)c);                                                \
    VECTOR x = SET1(0.9999f), y = SET1(0.0001f);                                                                     \
    for (long round = 0; round < rounds; round++) {                                                                  \
        for (int c = 0; c < CHAINS; c++) acc[c] = FMA(x, acc[c], y);                                                 \
        /* An empty asm that says it may change the accumulators keeps the loop from being folded. */              \
        __asm__ volatile("" : "+x"(acc[0]), "+x"(acc[1]), "+x"(acc[2]), "+x"(acc[3]), "+x"(acc[4]), "+x"(acc[5])); \
    }                                                                                                                \
    VECTOR sum = acc[0];                                                                                             \
    for (int c = 1; c < CHAINS; c++) sum = ADD(sum, acc[c]);                                                         \
    sink = ((float *)&sum)[0];                                                                                       \
    return 2.0 * CHAINS * LANES * (double)rounds;

// Where the loops' results go, so the compiler cannot drop them.
static volatile float sink;

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>

__attribute__((target("avx2,fma")))
static double peak_avx2(long rounds) {
    PEAK_LOOP(__m256, _mm256_set1_ps, _mm256_fmadd_ps, _mm256_add_ps, 8)
}

__attribute__((target("avx512f")))
static double peak_avx512(long rounds) {
    PEAK_LOOP(__m512, _mm512_set1_ps, _mm512_fmadd_ps, _mm512_add_ps, 16)
}
#endif

// The portable path's peak: scalar fmaf chains (a compiler may put them in vector lanes, as it
// may the portable products).
__attribute__((always_inline))
static inline double peak_scalar(long rounds) {
    float acc[CHAINS];
    for (int c = 0; c < CHAINS; c++) acc[c] = 1.0f + (float)c;
    for (long round = 0; round < rounds; round++) {
        for (int c = 0; c < CHAINS; c++) acc[c] = __builtin_fmaf(0.9999f, acc[c], 0.0001f);
    }
    float sum = 0;
    for (int c = 0; c < CHAINS; c++) sum += acc[c];
    sink = sum;
    return 2.0 * CHAINS * (double)rounds;
}

static double peak_libm(long rounds) { return peak_scalar(rounds); }

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("fma")))
static double peak_fma(long rounds) { return peak_scalar(rounds); }
#endif

double overfit_fma_peak_rounds(int path, long rounds) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: return peak_avx512(rounds);
    case OVERFIT_PATH_AVX2: return peak_avx2(rounds);
    }
#endif
#ifdef OVERFIT_HAS_X86_PATHS
    if (path != OVERFIT_PATH_PORTABLE_LIBM && overfit_has_fma_instructions()) return peak_fma(rounds);
#endif
    return peak_libm(rounds);
}
