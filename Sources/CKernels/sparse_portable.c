#include "kernel_internal.h"

// Portable path: the definition every faster path reproduces. Each output sums its nonzero
// terms in increasing index order, one fmaf each, starting from what out held.

__attribute__((always_inline))
static inline void sparse_rows(const float *x, long rows, long k, const float *w, long n, float *restrict out,
                               int transposed) {
    for (long r = 0; r < rows; r++) {
        const float *x_row = x + r * k;
        for (long p = 0; p < k; p++) {
            float a = x_row[p];
            if (a == 0.0f) continue;
            const float *source = transposed ? w + r * n : w + p * n;
            float *restrict target = transposed ? out + p * n : out + r * n;
            for (long j = 0; j < n; j++) target[j] = __builtin_fmaf(a, source[j], target[j]);
        }
    }
}

static void sparse_libm(const float *x, long rows, long k, const float *w, long n, float *out, int transposed) {
    sparse_rows(x, rows, k, w, n, out, transposed);
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("fma")))
static void sparse_fma(const float *x, long rows, long k, const float *w, long n, float *out, int transposed) {
    sparse_rows(x, rows, k, w, n, out, transposed);
}
#endif

void overfit_sparse_portable(const float *x, long rows, long k, const float *w, long n, float *out,
                             int transposed, int libm) {
#ifdef OVERFIT_HAS_X86_PATHS
    if (!libm && overfit_has_fma_instructions()) {
        sparse_fma(x, rows, k, w, n, out, transposed);
        return;
    }
#endif
    (void)libm;
    sparse_libm(x, rows, k, w, n, out, transposed);
}

// The columns some row of x has a nonzero in (overfit_sparse_columns_used), a column at a time.
void overfit_columns_used_portable(const float *x, long rows, long k, uint64_t *touched) {
    for (long p = 0; p < k; p++) {
        int any = 0;
        for (long r = 0; r < rows; r++) any |= x[r * k + p] != 0.0f;
        if (any) touched[p / 64] |= (uint64_t)1 << (p % 64);
    }
}
