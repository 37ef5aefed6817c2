#include "kernel_internal.h"

// The portable product: the definition every other path reproduces. Row by row, each output
// starts at c (or +0) and takes one fmaf per term, p increasing; the loop over j runs across
// independent outputs, so a compiler may vectorise it without changing a bit.
__attribute__((always_inline))
static inline void gemm_rows(long m, long n, long k, const float *a, long a_row, long a_col,
                             const float *b, long b_row, long b_col, float *restrict c, long ldc, int accumulate) {
    for (long i = 0; i < m; i++) {
        float *restrict c_row = c + i * ldc;
        if (!accumulate) {
            for (long j = 0; j < n; j++) c_row[j] = 0.0f;
        }
        for (long p = 0; p < k; p++) {
            float x = a[i * a_row + p * a_col];
            const float *b_row_p = b + p * b_row;
            if (b_col == 1) {
                for (long j = 0; j < n; j++) c_row[j] = __builtin_fmaf(x, b_row_p[j], c_row[j]);
            } else {
                for (long j = 0; j < n; j++) c_row[j] = __builtin_fmaf(x, b_row_p[j * b_col], c_row[j]);
            }
        }
    }
}

// Without FMA instructions each __builtin_fmaf is a call to the C library's fmaf.
static void gemm_libm(long m, long n, long k, const float *a, long a_row, long a_col,
                      const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    gemm_rows(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate);
}

#ifdef OVERFIT_HAS_X86_PATHS
// The same C, compiled with FMA instructions for processors that have them.
__attribute__((target("fma")))
static void gemm_fma(long m, long n, long k, const float *a, long a_row, long a_col,
                     const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    gemm_rows(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate);
}
#endif

void overfit_gemm_portable(long m, long n, long k, const float *a, long a_row, long a_col,
                           const float *b, long b_row, long b_col, float *c, long ldc, int accumulate, int libm) {
#ifdef OVERFIT_HAS_X86_PATHS
    if (!libm && overfit_has_fma_instructions()) {
        gemm_fma(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate);
        return;
    }
#endif
    (void)libm;
    gemm_libm(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate);
}
