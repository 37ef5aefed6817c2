#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>
#include <stdlib.h>

// AVX2 path of overfit_gemm. C is computed in tiles of up to TILE_ROWS rows × TILE_COLUMNS
// columns held in twelve registers; each register lane is one output's chain, taking one FMA per
// term p in increasing order. Nothing is ever summed across lanes, so the bits are the
// portable path's.
enum { TILE_ROWS = 6, TILE_COLUMNS = 16 };

// One tile: `rows` (1…6) rows × `vectors` (1 or 2) vectors of 8 columns; with `edge`, the last
// vector has only `tail` (1…7) columns, loaded under `mask` and stored through a small buffer.
// Called with constant rows, vectors and edge, so the accumulators stay in registers.
__attribute__((target("avx2,fma"), always_inline))
static inline void tile(const int rows, const int vectors, const int edge, long k,
                        const float *a, long a_row, long a_col, const float *b, long b_row,
                        float *c, long ldc, int accumulate, __m256i mask, long tail) {
    __m256 acc[TILE_ROWS][2];
    for (int r = 0; r < rows; r++) {
        for (int v = 0; v < vectors; v++) {
            const float *from = c + r * ldc + 8 * v;
            if (!accumulate) {
                acc[r][v] = _mm256_setzero_ps();
            } else if (edge && v == vectors - 1) {
                float part[8] = {0};
                for (long q = 0; q < tail; q++) part[q] = from[q];
                acc[r][v] = _mm256_loadu_ps(part);
            } else {
                acc[r][v] = _mm256_loadu_ps(from);
            }
        }
    }
    for (long p = 0; p < k; p++) {
        const float *b_p = b + p * b_row, *a_p = a + p * a_col;
        __m256 column[2];
        for (int v = 0; v < vectors; v++) {
            column[v] = edge && v == vectors - 1 ? _mm256_maskload_ps(b_p + 8 * v, mask) : _mm256_loadu_ps(b_p + 8 * v);
        }
        for (int r = 0; r < rows; r++) {
            __m256 x = _mm256_broadcast_ss(a_p + r * a_row);
            for (int v = 0; v < vectors; v++) acc[r][v] = _mm256_fmadd_ps(x, column[v], acc[r][v]);
        }
    }
    for (int r = 0; r < rows; r++) {
        for (int v = 0; v < vectors; v++) {
            float *to = c + r * ldc + 8 * v;
            if (edge && v == vectors - 1) {
                float part[8];
                _mm256_storeu_ps(part, acc[r][v]);
                for (long q = 0; q < tail; q++) to[q] = part[q];
            } else {
                _mm256_storeu_ps(to, acc[r][v]);
            }
        }
    }
}

#define TILE_ARGUMENTS long k, const float *a, long a_row, long a_col, const float *b, long b_row, \
                       float *c, long ldc, int accumulate, __m256i mask, long tail
#define TILE_PASS k, a, a_row, a_col, b, b_row, c, ldc, accumulate, mask, tail

// One function per tile shape, so each keeps its accumulators in registers.
#define TILE_SHAPE(ROWS)                                                                           \
    __attribute__((target("avx2,fma"))) static void tile_##ROWS##_1(TILE_ARGUMENTS) { tile(ROWS, 1, 0, TILE_PASS); } \
    __attribute__((target("avx2,fma"))) static void tile_##ROWS##_1e(TILE_ARGUMENTS) { tile(ROWS, 1, 1, TILE_PASS); } \
    __attribute__((target("avx2,fma"))) static void tile_##ROWS##_2(TILE_ARGUMENTS) { tile(ROWS, 2, 0, TILE_PASS); } \
    __attribute__((target("avx2,fma"))) static void tile_##ROWS##_2e(TILE_ARGUMENTS) { tile(ROWS, 2, 1, TILE_PASS); }
TILE_SHAPE(1)
TILE_SHAPE(2)
TILE_SHAPE(3)
TILE_SHAPE(4)
TILE_SHAPE(5)
TILE_SHAPE(6)

typedef void (*TileFunction)(TILE_ARGUMENTS);
static const TileFunction tiles[TILE_ROWS][4] = {
    {tile_1_1, tile_1_1e, tile_1_2, tile_1_2e}, {tile_2_1, tile_2_1e, tile_2_2, tile_2_2e},
    {tile_3_1, tile_3_1e, tile_3_2, tile_3_2e}, {tile_4_1, tile_4_1e, tile_4_2, tile_4_2e},
    {tile_5_1, tile_5_1e, tile_5_2, tile_5_2e}, {tile_6_1, tile_6_1e, tile_6_2, tile_6_2e},
};

// Rows of C outside, column tiles inside: a tile's rows of A stay in L1 while B (40 KB for the
// lessons' 100×100 layers) comes from L2.
__attribute__((target("avx2,fma")))
void overfit_gemm_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    float *packed = NULL;
    if (b_col != 1 && k > 0) {
        packed = overfit_packed_copy(k, n, b, b_row, b_col);
        // Out of memory: the portable path reads B where it lies, and gives the same bits.
        if (!packed) {
            overfit_gemm_portable(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate, 0);
            return;
        }
        b = packed, b_row = n;
    }
    for (long i = 0; i < m; i += TILE_ROWS) {
        long rows = m - i < TILE_ROWS ? m - i : TILE_ROWS;
        for (long j = 0; j < n; j += TILE_COLUMNS) {
            long columns = n - j < TILE_COLUMNS ? n - j : TILE_COLUMNS;
            long vectors = (columns + 7) / 8, tail = columns - 8 * (vectors - 1);
            __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
            __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)tail), lanes);
            int shape = (int)(vectors - 1) * 2 + (tail < 8);
            tiles[rows - 1][shape](k, a + i * a_row, a_row, a_col, b + j, b_row, c + i * ldc + j, ldc, accumulate,
                                   mask, tail);
        }
    }
    free(packed);
}

#endif
