#include "sparse_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

#include <string.h>

// Which columns of x (rows×k) hold a nonzero in some row (C's !=: NaN counts, +0 and -0 do not):
// the rows of dw that xᵀ·dy writes. Vector compares on the SIMD paths: a batch of ten MNIST
// images is 7,840 floats, and a branch per float would cost more than the product saves.
void overfit_sparse_columns_used(int path, const float *x, long rows, long k, uint64_t *touched) {
    for (long word = 0; word < (k + 63) / 64; word++) touched[word] = 0;
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: overfit_columns_used_avx512(x, rows, k, touched); return;
    case OVERFIT_PATH_AVX2: overfit_columns_used_avx2(x, rows, k, touched); return;
    }
#endif
    overfit_columns_used_portable(x, rows, k, touched);
}

// Runs the path the caller chose; the paths themselves live one per file.
void overfit_sparse_left_multiply(int path, const float *x, long rows, long k, const float *w, long n, float *out) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: overfit_left_avx512(x, rows, k, w, n, out); return;
    case OVERFIT_PATH_AVX2: overfit_left_avx2(x, rows, k, w, n, out); return;
    }
#endif
    overfit_sparse_portable(x, rows, k, w, n, out, 0, path == OVERFIT_PATH_PORTABLE_LIBM);
}

void overfit_sparse_transposed_multiply(int path, const float *x, long rows, long k, const float *dy, long n, float *dw,
                                        uint64_t *touched) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
    if (touched) overfit_sparse_columns_used(path, x, rows, k, touched);
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    // The AVX-512 path takes the AVX2 kernel: see the note above overfit_left_avx512.
    case OVERFIT_PATH_AVX512:
    case OVERFIT_PATH_AVX2: overfit_transposed_avx2(x, rows, k, dy, n, dw); return;
    }
#endif
    overfit_sparse_portable(x, rows, k, dy, n, dw, 1, path == OVERFIT_PATH_PORTABLE_LIBM);
}

void overfit_sparse_transposed_product(int path, const float *x, long rows, long k, const float *dy, long n,
                                       float *dw, uint64_t *touched) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    // The AVX-512 path takes the AVX2 kernel: see the note above overfit_left_avx512. It finds the
    // touched rows from the masks it lists anyway, without a pass of its own over x.
    case OVERFIT_PATH_AVX512:
    case OVERFIT_PATH_AVX2:
        if (overfit_transposed_set_avx2(x, rows, k, dy, n, dw, touched)) return;
        break;  // out of memory: the definition below, same bits
    }
#endif
    overfit_sparse_columns_used(path, x, rows, k, touched);
    // The definition: the touched rows zeroed, then the sums added to them.
    for (long p = 0; p < k; p++) {
        if (touched[p / 64] >> (p % 64) & 1) memset(dw + p * n, 0, (size_t)n * sizeof *dw);
    }
    overfit_sparse_portable(x, rows, k, dy, n, dw, 1, path == OVERFIT_PATH_PORTABLE_LIBM);
}
