#include "sparse_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

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

void overfit_sparse_transposed_multiply(int path, const float *x, long rows, long k, const float *dy, long n, float *dw) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: overfit_transposed_avx512(x, rows, k, dy, n, dw); return;
    case OVERFIT_PATH_AVX2: overfit_transposed_avx2(x, rows, k, dy, n, dw); return;
    }
#endif
    overfit_sparse_portable(x, rows, k, dy, n, dw, 1, path == OVERFIT_PATH_PORTABLE_LIBM);
}
