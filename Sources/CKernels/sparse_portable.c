#include "sparse_paths.h"

// Portable path: the reference every faster path must agree with (up to FMA rounding).

// out_row[0..n) += a · w_row[0..n): the inner step of both products.
static inline void axpy_portable(float a, const float *restrict w_row, float *restrict out_row, long n) {
    for (long j = 0; j < n; j++) out_row[j] += a * w_row[j];
}

void overfit_sparse_portable(const float *x, long rows, long k, const float *w, long n, float *out, int transposed) {
    for (long r = 0; r < rows; r++) {
        const float *x_row = x + r * k;
        for (long p = 0; p < k; p++) {
            float a = x_row[p];
            if (a == 0.0f) continue;
            if (transposed) axpy_portable(a, w + r * n, out + p * n, n);
            else axpy_portable(a, w + p * n, out + r * n, n);
        }
    }
}
