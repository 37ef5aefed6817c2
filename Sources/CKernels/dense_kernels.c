#include "dense_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

void overfit_gemm(int path, long m, long n, long k, const float *a, long a_row, long a_col,
                  const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    if (m <= 0 || n <= 0) return;
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: overfit_gemm_avx512(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate); return;
    case OVERFIT_PATH_AVX2: overfit_gemm_avx2(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate); return;
    }
#endif
    overfit_gemm_portable(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate,
                          path == OVERFIT_PATH_PORTABLE_LIBM);
}

void overfit_copy_rows(const float *row, long n, float *out, long ldo, long rows) {
    for (long i = 0; i < rows; i++) {
        float *restrict to = out + i * ldo;
        for (long j = 0; j < n; j++) to[j] = row[j];
    }
}

void overfit_gemm_bias(int path, long m, long n, long k, const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col, const float *bias, float *c, long ldc) {
    if (m <= 0 || n <= 0) return;
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    // The SIMD paths load the bias into their accumulators: no copy of it is stored and read back.
    switch (path) {
    case OVERFIT_PATH_AVX512: overfit_gemm_bias_avx512(m, n, k, a, a_row, a_col, b, b_row, b_col, bias, c, ldc); return;
    case OVERFIT_PATH_AVX2: overfit_gemm_bias_avx2(m, n, k, a, a_row, a_col, b, b_row, b_col, bias, c, ldc); return;
    }
#endif
    overfit_copy_rows(bias, n, c, ldc, m);
    overfit_gemm(path, m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, 1);
}

void overfit_gemm_segments(int path, long m, long n, long segments, long span, const float *a, long a_row,
                           long segment_a, const float *b, long b_row, const float *bias, float *c, long ldc) {
    if (m <= 0 || n <= 0) return;
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512:
        overfit_gemm_segments_avx512(m, n, segments, span, a, a_row, segment_a, b, b_row, bias, c, ldc);
        return;
    case OVERFIT_PATH_AVX2:
        overfit_gemm_segments_avx2(m, n, segments, span, a, a_row, segment_a, b, b_row, bias, c, ldc);
        return;
    }
#endif
    // The definition: the first run's terms from the bias, then each later run's added to the chains in turn.
    overfit_gemm_bias(path, m, n, segments > 0 ? span : 0, a, a_row, 1, b, b_row, 1, bias, c, ldc);
    for (long s = 1; s < segments; s++)
        overfit_gemm(path, m, n, span, a + s * segment_a, a_row, 1, b + s * span * b_row, b_row, 1, c, ldc, 1);
}
