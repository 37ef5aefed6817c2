#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>

// ---------------------------------------------------------------------------------------------
// AVX2 path, for processors without AVX-512.

// xᵀ·dy: each nonzero x[r][p] adds a·dy[r] to dw[p]; consecutive updates touch different rows.
__attribute__((target("avx2,fma")))
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw) {
    for (long r = 0; r < rows; r++) {
        const float *x_row = x + r * k, *source = dy + r * n;
        for (long p = 0; p < k; p++) {
            float a = x_row[p];
            if (a == 0.0f) continue;
            float *target = dw + p * n;
            __m256 scale = _mm256_set1_ps(a);
            long j = 0;
            for (; j + 8 <= n; j += 8) {
                __m256 acc = _mm256_loadu_ps(target + j);
                _mm256_storeu_ps(target + j, _mm256_fmadd_ps(scale, _mm256_loadu_ps(source + j), acc));
            }
            for (; j < n; j++) target[j] = __builtin_fmaf(a, source[j], target[j]);
        }
    }
}

// x·w: one output row collects ~150 scaled rows of w. The row's nonzeros are listed once, then
// each block of up to 64 outputs is summed in registers over the whole list: up to eight
// independent chains keep both FMA units busy, and no store waits on the load before it. The
// inner loop uses plain loads only (masked loads are slow on some processors); a block's last
// vector may read past the end of a w row, which is why w must have 7 readable floats past its
// end, and those lanes are never stored.
#define OVERFIT_BLOCK(VECTORS)                                                                     \
    __attribute__((target("avx2,fma")))                                                            \
    static void block_##VECTORS(const long *index, const float *value, long count, const float *w, \
                                long n, long j, float *out_row, __m256i last_mask) {                \
        __m256 acc[VECTORS];                                                                       \
        for (int v = 0; v < VECTORS; v++) {                                                        \
            acc[v] = v == VECTORS - 1 ? _mm256_maskload_ps(out_row + j + 8 * v, last_mask)         \
                                      : _mm256_loadu_ps(out_row + j + 8 * v);                      \
        }                                                                                          \
        for (long i = 0; i < count; i++) {                                                         \
            const float *q = w + index[i] * n + j;                                                 \
            __m256 s = _mm256_set1_ps(value[i]);                                                   \
            for (int v = 0; v < VECTORS; v++) acc[v] = _mm256_fmadd_ps(s, _mm256_loadu_ps(q + 8 * v), acc[v]); \
        }                                                                                          \
        for (int v = 0; v < VECTORS; v++) {                                                        \
            if (v == VECTORS - 1) _mm256_maskstore_ps(out_row + j + 8 * v, last_mask, acc[v]);     \
            else _mm256_storeu_ps(out_row + j + 8 * v, acc[v]);                                    \
        }                                                                                          \
    }
OVERFIT_BLOCK(1)
OVERFIT_BLOCK(2)
OVERFIT_BLOCK(3)
OVERFIT_BLOCK(4)
OVERFIT_BLOCK(5)
OVERFIT_BLOCK(6)
OVERFIT_BLOCK(7)
OVERFIT_BLOCK(8)

__attribute__((target("avx2,fma")))
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out) {
    long *index = __builtin_alloca(sizeof(long) * (size_t)k);
    float *value = __builtin_alloca(sizeof(float) * (size_t)k);
    for (long r = 0; r < rows; r++) {
        const float *x_row = x + r * k;
        float *out_row = out + r * n;
        long count = 0;
        for (long p = 0; p < k; p++) {
            if (x_row[p] != 0.0f) { index[count] = p; value[count] = x_row[p]; count++; }
        }
        for (long j = 0; j < n; j += 64) {
            long left = n - j < 64 ? n - j : 64;
            int vectors = (int)((left + 7) / 8), lanes = (int)(left - 8 * (vectors - 1));
            __m256i mask = _mm256_setr_epi32(-1, lanes > 1 ? -1 : 0, lanes > 2 ? -1 : 0, lanes > 3 ? -1 : 0,
                                             lanes > 4 ? -1 : 0, lanes > 5 ? -1 : 0, lanes > 6 ? -1 : 0, lanes > 7 ? -1 : 0);
            switch (vectors) {
            case 1: block_1(index, value, count, w, n, j, out_row, mask); break;
            case 2: block_2(index, value, count, w, n, j, out_row, mask); break;
            case 3: block_3(index, value, count, w, n, j, out_row, mask); break;
            case 4: block_4(index, value, count, w, n, j, out_row, mask); break;
            case 5: block_5(index, value, count, w, n, j, out_row, mask); break;
            case 6: block_6(index, value, count, w, n, j, out_row, mask); break;
            case 7: block_7(index, value, count, w, n, j, out_row, mask); break;
            default: block_8(index, value, count, w, n, j, out_row, mask); break;
            }
        }
    }
}

#endif
