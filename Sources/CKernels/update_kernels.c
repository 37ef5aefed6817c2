#include "update_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

// One loop body per update, compiled once per path: the compiler vectorises it at the path's
// width. Why C and not Swift: the Swift package builds for baseline x86-64, so its loop took
// four floats per instruction, and plain SGD was a tenth of a training run's time.
#define SGD_LOOP                                                                                                       \
    for (long i = 0; i < count; i++) w[i] = w[i] - lr * g[i];
#define MOMENTUM_LOOP                                                                                                  \
    for (long i = 0; i < count; i++) {                                                                                 \
        v[i] = mu * v[i] + g[i];                                                                                       \
        w[i] = w[i] - lr * v[i];                                                                                       \
    }

static void sgd_portable(float *restrict w, const float *restrict g, float lr, long count) { SGD_LOOP }

static void momentum_portable(float *restrict w, float *restrict v, const float *restrict g, float lr, float mu,
                              long count) {
    MOMENTUM_LOOP
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("avx2")))
static void sgd_avx2(float *restrict w, const float *restrict g, float lr, long count) { SGD_LOOP }

__attribute__((target("avx512f")))
static void sgd_avx512(float *restrict w, const float *restrict g, float lr, long count) { SGD_LOOP }

__attribute__((target("avx2")))
static void momentum_avx2(float *restrict w, float *restrict v, const float *restrict g, float lr, float mu,
                          long count) {
    MOMENTUM_LOOP
}

__attribute__((target("avx512f")))
static void momentum_avx512(float *restrict w, float *restrict v, const float *restrict g, float lr, float mu,
                            long count) {
    MOMENTUM_LOOP
}
#endif

void overfit_sgd_update(int path, float *w, const float *g, float lr, long count) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: sgd_avx512(w, g, lr, count); return;
    case OVERFIT_PATH_AVX2: sgd_avx2(w, g, lr, count); return;
    }
#endif
    sgd_portable(w, g, lr, count);
}

void overfit_sgd_update_rows(int path, float *w, const float *g, float lr, long columns, const uint64_t *row_bits,
                             long rows) {
    for (long word = 0; word * 64 < rows; word++) {
        for (uint64_t bits = row_bits[word]; bits; bits &= bits - 1) {
            long row = word * 64 + __builtin_ctzll(bits);
            if (row < rows) overfit_sgd_update(path, w + row * columns, g + row * columns, lr, columns);
        }
    }
}

void overfit_momentum_update(int path, float *w, float *v, const float *g, float lr, float mu, long count) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: momentum_avx512(w, v, g, lr, mu, count); return;
    case OVERFIT_PATH_AVX2: momentum_avx2(w, v, g, lr, mu, count); return;
    }
#endif
    momentum_portable(w, v, g, lr, mu, count);
}
