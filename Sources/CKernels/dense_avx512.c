#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>

#include "tail_avx512.h"
#include <stdlib.h>

// AVX-512 path of overfit_gemm: the AVX2 path's tiles, twice as wide and with more rows (32
// registers). Each register lane is one output's chain, one FMA per term p in increasing
// order, so the bits are the portable path's. Written on a machine without AVX-512, since run
// on an Intel Xeon (Emerald Rapids) and an AMD EPYC (Zen 4); the kernel tests check it wherever
// it runs, and bin/check-avx512-emulated where it cannot.
enum { TILE_ROWS = 8, TILE_COLUMNS = 32, TILE_VECTORS = 3 };

// Columns in the next block of a row of blocks, `left` columns from the edge: TILE_COLUMNS, or
// all of them when they are the last and fit in TILE_VECTORS vectors (up to 48) and B is read
// where it lies (a packed panel is TILE_COLUMNS wide). The hidden layers' 100 columns are then
// 32 + 32 + 36, not 32 + 32 + 32 + 4, whose 4-column tiles took 8 FMAs a term for 4 outputs: the
// evaluation's hidden product ran 3% faster on Emerald Rapids (176 -> 182 GFLOP/s, one thread).
static long block_columns(long left, int packed) {
    if (left <= TILE_COLUMNS || (!packed && left <= 16 * TILE_VECTORS)) return left;
    return TILE_COLUMNS;
}

// One tile: `rows` (1…8) rows × `vectors` (1…3) vectors of 16 columns, the last vector's
// columns under `last` (all 16 unless it is the matrix's edge) and summed as `tail` (an
// OVERFIT_TAIL_*, tail_avx512.h) says: the hidden layers' 100 columns end in a block of
// 16 + 16 + 4, whose last 4 take a 128-bit FMA. Masked loads never fault, so no column past the
// edge is read. The terms come in `segments` runs of k (one for a plain product): run s reads A
// from a + s·segment_a and B from its row s·k, and the accumulators stay in registers from one run
// to the next (overfit_gemm_segments).
__attribute__((target("avx512f,fma"), always_inline))
static inline void tile(const int rows, const int vectors, const int tail, long k, const float *a, long a_row,
                        long a_col, const float *b, long b_row, float *c, long ldc, int accumulate, __mmask16 last,
                        const float *bias, long segments, long segment_a) {
    const int whole = vectors - 1;
    __m512 acc[TILE_ROWS][TILE_VECTORS];
    OverfitTail end[TILE_ROWS];
    for (int r = 0; r < rows; r++) {
        // The chains start at the bias (the first block of a product from the bias), at C, or at +0.
        const float *start = bias ? bias : accumulate ? c + r * ldc : NULL;
        for (int v = 0; v < whole; v++) acc[r][v] = start ? _mm512_loadu_ps(start + 16 * v) : _mm512_setzero_ps();
        end[r] = start ? overfit_tail_load(tail, last, start + 16 * whole) : overfit_tail_zero();
    }
    for (long s = 0; s < segments; s++) {
        const float *a_s = a + s * segment_a, *b_s = b + s * k * b_row;
        for (long p = 0; p < k; p++) {
            const float *b_p = b_s + p * b_row, *a_p = a_s + p * a_col;
            // Whole vectors of B are read with plain loads: on the Emerald Rapids this was measured
            // on, a masked load costs a vector micro-op on an FMA port besides the load, and the
            // hidden layers' 100 columns ran 5% faster without it.
            __m512 column[TILE_VECTORS];
            for (int v = 0; v < whole; v++) column[v] = _mm512_loadu_ps(b_p + 16 * v);
            OverfitTail column_end = overfit_tail_load(tail, last, b_p + 16 * whole);
            for (int r = 0; r < rows; r++) {
                __m512 x = _mm512_set1_ps(a_p[r * a_row]);
                if (tail == OVERFIT_TAIL_128 || tail == OVERFIT_TAIL_256) OVERFIT_VECTOR_BARRIER(x);
                for (int v = 0; v < whole; v++) acc[r][v] = _mm512_fmadd_ps(x, column[v], acc[r][v]);
                end[r] = overfit_tail_fma(tail, x, column_end, end[r]);
            }
        }
    }
    for (int r = 0; r < rows; r++) {
        for (int v = 0; v < whole; v++) _mm512_storeu_ps(c + r * ldc + 16 * v, acc[r][v]);
        overfit_tail_store(tail, last, c + r * ldc + 16 * whole, end[r]);
    }
}

#define TILE_ARGUMENTS long k, const float *a, long a_row, long a_col, const float *b, long b_row, \
                       float *c, long ldc, int accumulate, __mmask16 last, const float *bias, long segments, \
                       long segment_a
#define TILE_PASS k, a, a_row, a_col, b, b_row, c, ldc, accumulate, last, bias, segments, segment_a

// One function per tile shape and tail, so each keeps its accumulators in registers.
#define TILE_TAILS(ROWS, V)                                                                                    \
    __attribute__((target("avx512f,fma"))) static void tile_##ROWS##_##V(TILE_ARGUMENTS) {                      \
        tile(ROWS, V, OVERFIT_TAIL_MASKED, TILE_PASS);                                                          \
    }                                                                                                           \
    __attribute__((target("avx512f,fma"))) static void tile_##ROWS##_##V##_128(TILE_ARGUMENTS) {                \
        tile(ROWS, V, OVERFIT_TAIL_128, TILE_PASS);                                                             \
    }                                                                                                           \
    __attribute__((target("avx512f,fma"))) static void tile_##ROWS##_##V##_256(TILE_ARGUMENTS) {                \
        tile(ROWS, V, OVERFIT_TAIL_256, TILE_PASS);                                                             \
    }                                                                                                           \
    __attribute__((target("avx512f,fma"))) static void tile_##ROWS##_##V##_512(TILE_ARGUMENTS) {                \
        tile(ROWS, V, OVERFIT_TAIL_512, TILE_PASS);                                                             \
    }
#define TILE_SHAPE(ROWS) TILE_TAILS(ROWS, 1) TILE_TAILS(ROWS, 2) TILE_TAILS(ROWS, 3)
TILE_SHAPE(1)
TILE_SHAPE(2)
TILE_SHAPE(3)
TILE_SHAPE(4)
TILE_SHAPE(5)
TILE_SHAPE(6)
TILE_SHAPE(7)
TILE_SHAPE(8)

typedef void (*TileFunction)(TILE_ARGUMENTS);
#define TILE_ENTRY(ROWS, V) {tile_##ROWS##_##V, tile_##ROWS##_##V##_128, tile_##ROWS##_##V##_256, tile_##ROWS##_##V##_512}
#define TILE_ROW(ROWS) {TILE_ENTRY(ROWS, 1), TILE_ENTRY(ROWS, 2), TILE_ENTRY(ROWS, 3)}
// Indexed by rows - 1, vectors - 1 and the tail (overfit_tail_of).
static const TileFunction tiles[TILE_ROWS][TILE_VECTORS][4] = {
    TILE_ROW(1), TILE_ROW(2), TILE_ROW(3), TILE_ROW(4), TILE_ROW(5), TILE_ROW(6), TILE_ROW(7), TILE_ROW(8),
};

// The tiles down rows 0…m-1 of one block of `columns` (1…16·TILE_VECTORS) columns: a and c at the
// block's first row, b at its first column. The vector count and the last vector's lanes come
// from `columns`.
__attribute__((target("avx512f")))
static void column_block(long m, long columns, long k, const float *a, long a_row, long a_col, const float *b,
                         long b_row, float *c, long ldc, int accumulate, const float *bias, long segments,
                         long segment_a) {
    long vectors = (columns + 15) / 16, tail = columns - 16 * (vectors - 1);
    __mmask16 last = (__mmask16)(0xFFFFu >> (16 - tail));
    int kind = overfit_tail_of(last);
    for (long i = 0; i < m; i += TILE_ROWS) {
        long rows = m - i < TILE_ROWS ? m - i : TILE_ROWS;
        tiles[rows - 1][vectors - 1][kind](k, a + i * a_row, a_row, a_col, b, b_row, c + i * ldc, ldc, accumulate,
                                           last, bias, segments, segment_a);
    }
}

// ---- Few columns: rows in lanes ----------------------------------------------------------------
// The output layer has 10 columns: a row-major tile fills 10 of a vector's 16 lanes. For n up to
// NARROW, 16 rows go in the 16 lanes instead: one accumulator per column, each lane one row's
// chain, one FMA per term p in increasing order, as everywhere. A's 16 rows are read 16 terms at
// a time and transposed in registers, so lane r of v[q] is A(r, p0 + q); B(p, j) is broadcast.
enum { NARROW = 10 };

// 16×16 transpose: lane j of v[i] goes to lane i of v[j].
__attribute__((target("avx512f"), always_inline))
static inline void transpose16(__m512 *v) {
    __m512 t[16], u[16];
    for (int i = 0; i < 8; i++) {
        t[2 * i] = _mm512_unpacklo_ps(v[2 * i], v[2 * i + 1]);
        t[2 * i + 1] = _mm512_unpackhi_ps(v[2 * i], v[2 * i + 1]);
    }
    for (int i = 0; i < 4; i++) {
        __m512d lo0 = _mm512_castps_pd(t[4 * i]), lo1 = _mm512_castps_pd(t[4 * i + 2]);
        __m512d hi0 = _mm512_castps_pd(t[4 * i + 1]), hi1 = _mm512_castps_pd(t[4 * i + 3]);
        u[4 * i] = _mm512_castpd_ps(_mm512_unpacklo_pd(lo0, lo1));
        u[4 * i + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(lo0, lo1));
        u[4 * i + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(hi0, hi1));
        u[4 * i + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(hi0, hi1));
    }
    for (int i = 0; i < 2; i++) {
        for (int q = 0; q < 4; q++) {
            t[8 * i + q] = _mm512_shuffle_f32x4(u[8 * i + q], u[8 * i + 4 + q], 0x88);
            t[8 * i + 4 + q] = _mm512_shuffle_f32x4(u[8 * i + q], u[8 * i + 4 + q], 0xdd);
        }
    }
    for (int q = 0; q < 8; q++) {
        v[q] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0x88);
        v[8 + q] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0xdd);
    }
}

// `terms` terms in order: v[q] holds term q of the 16 rows, b B's row of the first term.
__attribute__((target("avx512f"), always_inline))
static inline void narrow_terms(const int columns, long terms, const __m512 *v, const float *b, long b_row,
                                __m512 *acc) {
    for (long q = 0; q < terms; q++) {
        const float *b_p = b + q * b_row;
        for (int j = 0; j < columns; j++) acc[j] = _mm512_fmadd_ps(v[q], _mm512_set1_ps(b_p[j]), acc[j]);
    }
}

// 16 rows × `columns` (1…NARROW) columns of C. A's rows and B's are contiguous (a_col = b_col = 1):
// a B(p, j) at a stride known only at run time cost a register per column.
__attribute__((target("avx512f"), always_inline))
static inline void narrow_tile(const int columns, long k, const float *a, long a_row, const float *b, long b_row,
                               float *c, long ldc, int accumulate, const float *bias) {
    __mmask16 row_lanes = (__mmask16)((1u << columns) - 1);
    __m512 acc[NARROW], v[16];
    if (bias) {
        for (int j = 0; j < columns; j++) acc[j] = _mm512_set1_ps(bias[j]);
    } else if (accumulate) {
        for (int r = 0; r < 16; r++) v[r] = _mm512_maskz_loadu_ps(row_lanes, c + r * ldc);
        transpose16(v);
        for (int j = 0; j < columns; j++) acc[j] = v[j];
    } else {
        for (int j = 0; j < columns; j++) acc[j] = _mm512_setzero_ps();
    }
    // Whole blocks of 16 terms (a constant count, which the compiler unrolls), then the last,
    // partial one.
    long p0 = 0;
    for (; p0 + 16 <= k; p0 += 16) {
        for (int r = 0; r < 16; r++) v[r] = _mm512_loadu_ps(a + r * a_row + p0);
        transpose16(v);
        narrow_terms(columns, 16, v, b + p0 * b_row, b_row, acc);
    }
    if (p0 < k) {
        long terms = k - p0;
        __mmask16 inside = (__mmask16)(0xFFFFu >> (16 - terms));
        for (int r = 0; r < 16; r++) v[r] = _mm512_maskz_loadu_ps(inside, a + r * a_row + p0);
        transpose16(v);
        narrow_terms(columns, terms, v, b + p0 * b_row, b_row, acc);
    }
    for (int j = 0; j < 16; j++) v[j] = j < columns ? acc[j] : _mm512_setzero_ps();
    transpose16(v);
    for (int r = 0; r < 16; r++) _mm512_mask_storeu_ps(c + r * ldc, row_lanes, v[r]);
}

#define NARROW_ARGUMENTS long k, const float *a, long a_row, const float *b, long b_row, float *c, long ldc, \
                         int accumulate, const float *bias
#define NARROW_PASS k, a, a_row, b, b_row, c, ldc, accumulate, bias
#define NARROW_SHAPE(N)                                                                                    \
    __attribute__((target("avx512f"))) static void narrow_##N(NARROW_ARGUMENTS) { narrow_tile(N, NARROW_PASS); }
NARROW_SHAPE(1)
NARROW_SHAPE(2)
NARROW_SHAPE(3)
NARROW_SHAPE(4)
NARROW_SHAPE(5)
NARROW_SHAPE(6)
NARROW_SHAPE(7)
NARROW_SHAPE(8)
NARROW_SHAPE(9)
NARROW_SHAPE(10)

typedef void (*NarrowFunction)(NARROW_ARGUMENTS);
static const NarrowFunction narrows[NARROW] = {narrow_1, narrow_2, narrow_3, narrow_4, narrow_5,
                                               narrow_6, narrow_7, narrow_8, narrow_9, narrow_10};

// The AVX2 path's loop nest (see dense_avx2.c): B in blocks of KC rows × NC columns, a
// transposed B packed into panels of TILE_COLUMNS columns, each panel (KC × 32 floats, 32 KB)
// reused by the tiles of up to MC rows of A, accumulators stored after each block of KC terms
// and loaded again for the next: the same chains, in the same order.
enum { KC = 128, MC = 96, NC = 256 };

// With `bias` (n floats), the chains start at bias[j] (accumulate is then ignored): the bits of
// copying the bias into C's rows and accumulating, without the copy.
__attribute__((target("avx512f")))
static void gemm_512(long m, long n, long k, const float *a, long a_row, long a_col, const float *b, long b_row,
                     long b_col, const float *bias, float *c, long ldc, int accumulate) {
    // Few columns, A's and B's rows contiguous: 16 rows at a time in lanes; the rest below.
    if (n <= NARROW && a_col == 1 && b_col == 1 && m >= 16) {
        long whole = m / 16 * 16;
        for (long i = 0; i < whole; i += 16)
            narrows[n - 1](k, a + i * a_row, a_row, b, b_row, c + i * ldc, ldc, accumulate, bias);
        if (whole == m) return;
        a += whole * a_row, c += whole * ldc, m -= whole;
    }
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
                for (long j = 0, columns; j < nc; j += columns) {
                    columns = block_columns(nc - j, pack);
                    const float *panel = pack ? panels + j * kc : b + p0 * b_row + j0 + j;
                    long panel_row = pack ? TILE_COLUMNS : b_row;
                    column_block(mc, columns, kc, a + i0 * a_row + p0 * a_col, a_row, a_col, panel, panel_row,
                                 c + i0 * ldc + j0 + j, ldc, from_c, bias && p0 == 0 ? bias + j0 + j : NULL, 1, 0);
                }
            }
        }
    }
}

__attribute__((target("avx512f")))
void overfit_gemm_avx512(long m, long n, long k, const float *a, long a_row, long a_col,
                         const float *b, long b_row, long b_col, float *c, long ldc, int accumulate) {
    gemm_512(m, n, k, a, a_row, a_col, b, b_row, b_col, NULL, c, ldc, accumulate);
}

__attribute__((target("avx512f")))
void overfit_gemm_bias_avx512(long m, long n, long k, const float *a, long a_row, long a_col,
                              const float *b, long b_row, long b_col, const float *bias, float *c, long ldc) {
    gemm_512(m, n, k, a, a_row, a_col, b, b_row, b_col, bias, c, ldc, 1);
}

// overfit_gemm_segments: the tiles above over C, B (every run's rows, n ≤ a few hundred
// columns) read where it lies, each tile's chains in registers through every run.
__attribute__((target("avx512f")))
void overfit_gemm_segments_avx512(long m, long n, long segments, long span, const float *a, long a_row,
                                  long segment_a, const float *b, long b_row, const float *bias, float *c, long ldc) {
    for (long j = 0, columns; j < n; j += columns) {
        columns = block_columns(n - j, 0);
        column_block(m, columns, span, a, a_row, 1, b + j, b_row, c + j, ldc, 1, bias + j, segments, segment_a);
    }
}

#endif
