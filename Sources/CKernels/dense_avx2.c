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
// Called with constant rows, vectors and edge, so the accumulators stay in registers. The terms
// come in `segments` runs of k (one for a plain product): run s reads A from a + s·segment_a and
// B from its row s·k, the accumulators kept in registers between runs (overfit_gemm_segments).
__attribute__((target("avx2,fma"), always_inline))
static inline void tile(const int rows, const int vectors, const int edge, long k,
                        const float *a, long a_row, long a_col, const float *b, long b_row,
                        float *c, long ldc, int accumulate, __m256i mask, long tail, const float *bias,
                        long segments, long segment_a) {
    __m256 acc[TILE_ROWS][2];
    for (int r = 0; r < rows; r++) {
        for (int v = 0; v < vectors; v++) {
            const float *from = c + r * ldc + 8 * v;
            // The chains start at the bias (the first block of a product from the bias), at C, or at +0.
            if (bias) {
                acc[r][v] = edge && v == vectors - 1 ? _mm256_maskload_ps(bias + 8 * v, mask) : _mm256_loadu_ps(bias + 8 * v);
            } else if (!accumulate) {
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
    for (long s = 0; s < segments; s++) {
        const float *a_s = a + s * segment_a, *b_s = b + s * k * b_row;
        for (long p = 0; p < k; p++) {
            const float *b_p = b_s + p * b_row, *a_p = a_s + p * a_col;
            __m256 column[2];
            for (int v = 0; v < vectors; v++) {
                column[v] = edge && v == vectors - 1 ? _mm256_maskload_ps(b_p + 8 * v, mask) : _mm256_loadu_ps(b_p + 8 * v);
            }
            for (int r = 0; r < rows; r++) {
                __m256 x = _mm256_broadcast_ss(a_p + r * a_row);
                for (int v = 0; v < vectors; v++) acc[r][v] = _mm256_fmadd_ps(x, column[v], acc[r][v]);
            }
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
                       float *c, long ldc, int accumulate, __m256i mask, long tail, const float *bias, \
                       long segments, long segment_a
#define TILE_PASS k, a, a_row, a_col, b, b_row, c, ldc, accumulate, mask, tail, bias, segments, segment_a

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

// The tiles down rows 0…m-1 of one block of `columns` (1…TILE_COLUMNS) columns: a and c at the
// block's first row, b at its first column. The tile shape and the edge's mask come from `columns`.
__attribute__((target("avx2,fma")))
static void column_block(long m, long columns, long k, const float *a, long a_row, long a_col, const float *b,
                         long b_row, float *c, long ldc, int accumulate, const float *bias, long segments,
                         long segment_a) {
    long vectors = (columns + 7) / 8, tail = columns - 8 * (vectors - 1);
    __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)tail), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    int shape = (int)(vectors - 1) * 2 + (tail < 8);
    for (long i = 0, rows; i < m; i += rows) {
        long left = m - i;
        rows = left < TILE_ROWS ? left : TILE_ROWS;
        // Seven or eight rows left go as 4 + 3 or 4 + 4, not 6 + 1 or 6 + 2: a tile of one or two rows
        // has two or four chains, too few to cover the FMA's latency. A convolution's output row
        // of 26 or 14 positions ended in such a tile, which took 23% of the CNN's time on an AMD
        // EPYC (Zen 3).
        if (left == TILE_ROWS + 1 || left == TILE_ROWS + 2) rows = 4;
        tiles[rows - 1][shape](k, a + i * a_row, a_row, a_col, b, b_row, c + i * ldc, ldc, accumulate, mask, tail,
                               bias, segments, segment_a);
    }
}

// ---- Ten columns: four rows' last two columns in one vector ----------------------------------
// The output layer has 10 columns: as a tile of 8 + 2 columns a row it fills 10 of 16 lanes.
// Here a row's columns 0-7 take one vector, and columns 8 and 9 of four rows share one:
// lanes (r, 8), (r, 9), (r + 1, 8), … take A(r, p) from the broadcasts the rows' first vectors
// already use, blended, times B(p, 8), B(p, 9) repeated. Each lane is still one output's chain,
// one FMA per term in increasing order. Eight rows give ten chains, enough to cover the FMA's
// latency (four rows' five chains ran at 62% of the peak on an AMD EPYC (Zen 3), one thread),
// and fit 14 of the 16 registers: evaluation's output layer 54.4-57.6 -> 74.3-74.4 GFLOP/s there
// (C harness, 256-row chunks, one thread, alternating, 2026-12-07).
enum { PAIRED = 10 };

/// Two floats from `first`, then two from `second`.
static inline __m128 two_pairs(const float *first, const float *second) {
    __m128 low = _mm_loadl_pi(_mm_setzero_ps(), (const __m64 *)(const void *)first);
    return _mm_loadh_pi(low, (const __m64 *)(const void *)second);
}

__attribute__((target("avx2,fma"), always_inline))
static inline void paired_tile(const int groups, long k, const float *a, long a_row, long a_col, const float *b,
                               long b_row, float *c, long ldc, int accumulate, const float *bias) {
    __m256 acc[8], pair[2];
    for (int g = 0; g < groups; g++) {
        for (int r = 4 * g; r < 4 * g + 4; r++) {
            const float *start = bias ? bias : accumulate ? c + r * ldc : NULL;
            acc[r] = start ? _mm256_loadu_ps(start) : _mm256_setzero_ps();
        }
        if (bias) {
            pair[g] = _mm256_castpd_ps(_mm256_broadcast_sd((const double *)(const void *)(bias + 8)));
        } else if (accumulate) {
            __m128 low = two_pairs(c + 4 * g * ldc + 8, c + (4 * g + 1) * ldc + 8);
            __m128 high = two_pairs(c + (4 * g + 2) * ldc + 8, c + (4 * g + 3) * ldc + 8);
            pair[g] = _mm256_insertf128_ps(_mm256_castps128_ps256(low), high, 1);
        } else {
            pair[g] = _mm256_setzero_ps();
        }
    }
    for (long p = 0; p < k; p++) {
        const float *b_p = b + p * b_row, *a_p = a + p * a_col;
        __m256 column = _mm256_loadu_ps(b_p);
        __m256 ends = _mm256_castpd_ps(_mm256_broadcast_sd((const double *)(const void *)(b_p + 8)));
        for (int g = 0; g < groups; g++) {
            // One broadcast live at a time, blended into the shared vector as it goes.
            __m256 x = _mm256_broadcast_ss(a_p + 4 * g * a_row), shared = x;
            acc[4 * g] = _mm256_fmadd_ps(x, column, acc[4 * g]);
            x = _mm256_broadcast_ss(a_p + (4 * g + 1) * a_row);
            acc[4 * g + 1] = _mm256_fmadd_ps(x, column, acc[4 * g + 1]);
            shared = _mm256_blend_ps(shared, x, 0x0C);
            x = _mm256_broadcast_ss(a_p + (4 * g + 2) * a_row);
            acc[4 * g + 2] = _mm256_fmadd_ps(x, column, acc[4 * g + 2]);
            shared = _mm256_blend_ps(shared, x, 0x30);
            x = _mm256_broadcast_ss(a_p + (4 * g + 3) * a_row);
            acc[4 * g + 3] = _mm256_fmadd_ps(x, column, acc[4 * g + 3]);
            shared = _mm256_blend_ps(shared, x, 0xC0);
            pair[g] = _mm256_fmadd_ps(shared, ends, pair[g]);
        }
    }
    for (int g = 0; g < groups; g++) {
        for (int r = 4 * g; r < 4 * g + 4; r++) _mm256_storeu_ps(c + r * ldc, acc[r]);
        __m128 low = _mm256_castps256_ps128(pair[g]), high = _mm256_extractf128_ps(pair[g], 1);
        _mm_storel_pi((__m64 *)(void *)(c + 4 * g * ldc + 8), low);
        _mm_storeh_pi((__m64 *)(void *)(c + (4 * g + 1) * ldc + 8), low);
        _mm_storel_pi((__m64 *)(void *)(c + (4 * g + 2) * ldc + 8), high);
        _mm_storeh_pi((__m64 *)(void *)(c + (4 * g + 3) * ldc + 8), high);
    }
}

#define PAIRED_ARGUMENTS long k, const float *a, long a_row, long a_col, const float *b, long b_row, float *c, \
                         long ldc, int accumulate, const float *bias
#define PAIRED_PASS k, a, a_row, a_col, b, b_row, c, ldc, accumulate, bias
__attribute__((target("avx2,fma"))) static void paired_8(PAIRED_ARGUMENTS) { paired_tile(2, PAIRED_PASS); }
__attribute__((target("avx2,fma"))) static void paired_4(PAIRED_ARGUMENTS) { paired_tile(1, PAIRED_PASS); }

// Rows of a product with PAIRED columns and B's rows contiguous (A either way: the output layer's
// forward product and its weight gradient Xᵀ·dY): 8, then 4, at a time.
// Returns how many rows it took (a multiple of 4); the rest go through the tiles above.
__attribute__((target("avx2,fma")))
static long paired_rows(long m, long k, const float *a, long a_row, long a_col, const float *b, long b_row, float *c,
                        long ldc, int accumulate, const float *bias) {
    long i = 0;
    for (; i + 8 <= m; i += 8) paired_8(k, a + i * a_row, a_row, a_col, b, b_row, c + i * ldc, ldc, accumulate, bias);
    for (; i + 4 <= m; i += 4) paired_4(k, a + i * a_row, a_row, a_col, b, b_row, c + i * ldc, ldc, accumulate, bias);
    return i;
}

// GotoBLAS's loop nest around those tiles. B is taken in blocks of KC rows × NC columns, packed
// (when transposed) into panels of TILE_COLUMNS columns that hold one tile's B contiguously; a
// panel (KC × 16 floats, 16 KB) stays in L1 while the tiles of up to MC rows of A (from L2)
// pass over it. A tile's accumulators are stored to C after each block of KC terms and loaded
// again for the next: the same chain, in the same order, whatever the blocking.
enum { KC = 256, MC = 96, NC = 256 };

// With `bias` (n floats), the chains start at bias[j] (accumulate is then ignored): the bits of
// copying the bias into C's rows and accumulating, without the copy.
__attribute__((target("avx2,fma")))
static void gemm_256(long m, long n, long k, const float *a, long a_row, long a_col, const float *b, long b_row,
                     long b_col, const float *bias, float *c, long ldc, int accumulate) {
    if (n == PAIRED && b_col == 1) {
        long done = paired_rows(m, k, a, a_row, a_col, b, b_row, c, ldc, accumulate, bias);
        if (done == m) return;
        a += done * a_row, c += done * ldc, m -= done;
    }
    // Only a transposed B is packed: B in rows already streams from L1 and L2 at the tiles' pace
    // (measured: packing the lessons' 100×100 layers for 256 rows cost more than it saved).
    int pack = b_col != 1;
    float *panels = NULL;
    if (pack) {
        long widest = n < NC ? n : NC;
        panels = overfit_scratch(OVERFIT_SCRATCH_DENSE, (size_t)(KC * ((widest + TILE_COLUMNS - 1) / TILE_COLUMNS) * TILE_COLUMNS));
        // Out of memory: the portable path reads B where it lies, and gives the same bits.
        if (!panels) {
            if (bias) overfit_copy_rows(bias, n, c, ldc, m);
            overfit_gemm_portable(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate || bias, 0);
            return;
        }
    }
    for (long j0 = 0; j0 < n; j0 += NC) {
        long nc = n - j0 < NC ? n - j0 : NC;
        // k = 0 still takes one pass, which sets C to +0 (or leaves it).
        for (long p0 = 0; p0 == 0 || p0 < k; p0 += KC) {
            long kc = k - p0 < KC ? k - p0 : KC;
            int from_c = accumulate || p0 > 0;
            if (pack) overfit_pack_panels(kc, nc, TILE_COLUMNS, b + p0 * b_row + j0 * b_col, b_row, b_col, panels);
            for (long i0 = 0; i0 < m; i0 += MC) {
                long mc = m - i0 < MC ? m - i0 : MC;
                for (long j = 0; j < nc; j += TILE_COLUMNS) {
                    long columns = nc - j < TILE_COLUMNS ? nc - j : TILE_COLUMNS;
                    const float *panel = pack ? panels + j * kc : b + p0 * b_row + j0 + j;
                    long panel_row = pack ? TILE_COLUMNS : b_row;
                    column_block(mc, columns, kc, a + i0 * a_row + p0 * a_col, a_row, a_col, panel, panel_row,
                                 c + i0 * ldc + j0 + j, ldc, from_c, bias && p0 == 0 ? bias + j0 + j : NULL, 1, 0);
                }
            }
        }
    }
}

__attribute__((target("avx2,fma")))
void overfit_gemm_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    gemm_256(m, n, k, a, a_row, a_col, b, b_row, b_col, NULL, c, ldc, accumulate);
}

__attribute__((target("avx2,fma")))
void overfit_gemm_bias_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                            const float *b, long b_row, long b_col, const float *bias, float *c, long ldc) {
    gemm_256(m, n, k, a, a_row, a_col, b, b_row, b_col, bias, c, ldc, 1);
}

// overfit_gemm_segments: the tiles above over C, B (every run's rows) read where it lies, each
// tile's chains in registers through every run.
__attribute__((target("avx2,fma")))
void overfit_gemm_segments_avx2(long m, long n, long segments, long span, const float *a, long a_row,
                                long segment_a, const float *b, long b_row, const float *bias, float *c, long ldc) {
    for (long j = 0; j < n; j += TILE_COLUMNS) {
        long columns = n - j < TILE_COLUMNS ? n - j : TILE_COLUMNS;
        column_block(m, columns, span, a, a_row, 1, b + j, b_row, c + j, ldc, 1, bias + j, segments, segment_a);
    }
}

#endif
