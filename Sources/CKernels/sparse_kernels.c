#include "sparse_kernels.h"
#include "sparse_paths.h"

// Picks the fastest path this processor runs; the paths themselves live one per file.
#ifdef OVERFIT_HAS_X86_PATHS
enum { PORTABLE, AVX2, AVX512 };

static int instruction_set(void) {
    static int answer = -1;
    if (answer < 0) {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("bmi")) answer = AVX512;
        else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) answer = AVX2;
        else answer = PORTABLE;
    }
    return answer;
}
#endif

void overfit_sparse_left_multiply(const float *x, long rows, long k, const float *w, long n, float *out) {
#ifdef OVERFIT_HAS_X86_PATHS
    switch (instruction_set()) {
    case AVX512: overfit_left_avx512(x, rows, k, w, n, out); return;
    case AVX2: overfit_left_avx2(x, rows, k, w, n, out); return;
    }
#endif
    overfit_sparse_portable(x, rows, k, w, n, out, 0);
}

void overfit_sparse_transposed_multiply(const float *x, long rows, long k, const float *dy, long n, float *dw) {
#ifdef OVERFIT_HAS_X86_PATHS
    switch (instruction_set()) {
    case AVX512: overfit_transposed_avx512(x, rows, k, dy, n, dw); return;
    case AVX2: overfit_transposed_avx2(x, rows, k, dy, n, dw); return;
    }
#endif
    overfit_sparse_portable(x, rows, k, dy, n, dw, 1);
}
