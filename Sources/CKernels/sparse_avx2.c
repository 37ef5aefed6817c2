#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// AVX2 path of the sparse products: the AVX-512 path's tiling with 8-float vectors. Each output
// element is a chain of FMAs over its nonzero inputs in increasing index order, starting from
// what it held: the operations of the portable path, so the same bits.

// x is taken in slices of 64 columns: a 64-bit mask says which of a row's pixels in a slice are
// nonzero, and the slice's rows of w for up to 104 outputs (26 KB) stay in L1 while every row
// of a tile adds its nonzeros from the slice. A row at a time instead reads all of w (313
// KB for MNIST's first layer) from L2 for every image, which bounds it by L2 bandwidth.
enum { SLICE = 64, TILE_ROWS = 32, COLUMN_TILE = 64 };

// Rows from which packing w pays: it copies all of w, about what a dozen rows' products cost,
// and aligns every row of a block to a cache line.
enum { PACK_ROWS = 64 };

// masks[s] receives the nonzero pixels of x_row[64·s ..< 64·s + 64], for s < ⌈k / 64⌉.
// Not-equal-unordered, as C's != : NaN counts as nonzero, -0 as zero.
__attribute__((target("avx2")))
static void list_nonzeros(const float *x_row, long k, uint64_t *masks) {
    for (long p = 0; p < k; p += SLICE) {
        long end = p + SLICE < k ? p + SLICE : k, q = p;
        uint64_t bits = 0;
        for (; q + 8 <= end; q += 8) {
            __m256 nonzero = _mm256_cmp_ps(_mm256_loadu_ps(x_row + q), _mm256_setzero_ps(), _CMP_NEQ_UQ);
            bits |= (uint64_t)(unsigned)_mm256_movemask_ps(nonzero) << (q - p);
        }
        for (; q < end; q++) {
            if (x_row[q] != 0.0f) bits |= (uint64_t)1 << (q - p);
        }
        masks[p / SLICE] = bits;
    }
}

// x·w takes up to WIDE_VECTORS vectors (104 outputs, all of MNIST's 100) per pass: one pass
// reads each nonzero pixel once, where two passes of 64 columns read it, and list its
// nonzeros, twice. 13 accumulators and the broadcast pixel fit AVX2's 16 registers (w is read
// by the fmas' memory operands).
enum { WIDE_VECTORS = 13, WIDE = 8 * WIDE_VECTORS };

// Copies columns [j, j + width) of w (k×n) into packed (k×stride, 32-byte aligned rows),
// zero-filling the columns past width: no vector load from packed then crosses a cache line.
static void pack_columns(const float *w, long k, long n, long j, long width, long stride, float *packed) {
    for (long p = 0; p < k; p++) {
        const float *from = w + p * n + j;
        float *to = packed + p * stride;
        for (long c = 0; c < width; c++) to[c] = from[c];
        for (long c = width; c < stride; c++) to[c] = 0.0f;
    }
}

// Fetches slice s of x_row (k pixels) into L1 ahead of use: the next tile's rows come from
// memory when x is large (the 10,000 test images take 31 MB), and listing their nonzeros would
// otherwise wait for each line.
static inline void prefetch_slice(const float *x_row, long k, long s) {
    long end = (s + 1) * SLICE < k ? (s + 1) * SLICE : k;
    for (long p = s * SLICE; p < end; p += 16) __builtin_prefetch(x_row + p, 0, 3);
}

// How a tile takes its outputs' last vector (`edge`): whole; under `last` (stored by a blend with
// what lies past it where that is inside the output: a masked store is microcoded on AMD's
// processors); or, when it has exactly 4 outputs (MNIST's 100 are 12 × 8 + 4), loaded and stored
// as 128 bits (its FMAs still run on 8 lanes; the upper 4, from +0, are never stored). Every lane
// is the same fma either way. On an AMD EPYC (Zen 3), C harness, one thread, alternating,
// 2026-12-07, against the masked edge: evaluation's first layer on the 10,000 test images 53.1 ->
// 54.0 GFLOP/s (mean of 15, faster in 14); training's batches of ten, best of 200: x·w 41.4 ->
// 42.5, xᵀ·dy 27.8-27.9 -> 28.1. (FMAs on 128 bits for the 4 lanes measured the same: 52.7
// against 52.5, mean of 15.)
enum { EDGE_WHOLE = 0, EDGE_MASKED = 1, EDGE_QUARTER = 2 };

/// The edge for a last vector of `tail` (1…8) outputs.
static inline int edge_of(long tail) { return tail == 8 ? EDGE_WHOLE : tail == 4 ? EDGE_QUARTER : EDGE_MASKED; }

/// A last vector's lanes from `p` (EDGE_MASKED or EDGE_QUARTER), the lanes past the edge +0.
__attribute__((target("avx2"), always_inline))
static inline __m256 edge_load(const int edge, const float *p, __m256i last) {
    return edge == EDGE_QUARTER ? _mm256_zextps128_ps256(_mm_loadu_ps(p)) : _mm256_maskload_ps(p, last);
}

/// Stores a last vector's lanes at `t` (EDGE_MASKED or EDGE_QUARTER); `end` is where the output
/// ends. Under a mask, where the whole vector lies inside the output, the lanes past the edge are
/// later rows' outputs, which this row's work does not change: they are written back as they
/// are, with a plain store.
__attribute__((target("avx2"), always_inline))
static inline void edge_store(const int edge, float *t, __m256 v, __m256i last, const float *end) {
    if (edge == EDGE_QUARTER) {
        _mm_storeu_ps(t, _mm256_castps256_ps128(v));
    } else if (t + 8 <= end) {
        _mm256_storeu_ps(t, _mm256_blendv_ps(_mm256_loadu_ps(t), v, _mm256_castsi256_ps(last)));
    } else {
        _mm256_maskstore_ps(t, last, v);
    }
}

/// Vector v of a row of `vectors` vectors from `row`: whole, or, the last, as `edge` says.
__attribute__((target("avx2"), always_inline))
static inline __m256 row_vector(const int vectors, const int edge, const float *row, int v, __m256i last) {
    return edge && v == vectors - 1 ? edge_load(edge, row + 8 * v, last) : _mm256_loadu_ps(row + 8 * v);
}

/// Stores a row's `vectors` vectors at `row`, the last as `edge` says (`end`: where the output ends).
__attribute__((target("avx2"), always_inline))
static inline void store_row(const int vectors, const int edge, float *row, const __m256 *acc, __m256i last,
                             const float *end) {
    for (int v = 0; v < (edge ? vectors - 1 : vectors); v++) _mm256_storeu_ps(row + 8 * v, acc[v]);
    if (edge) edge_store(edge, row + 8 * (vectors - 1), acc[vectors - 1], last, end);
}

// One tile of rows (`tile` ≤ TILE_ROWS, from `first`) × `vectors` vectors of outputs from column
// j: for each slice, each row adds its nonzeros from the slice to its outputs, held in
// registers, in increasing pixel order. The last vector's lanes beyond `width` are neither
// loaded from nor stored to out (`edge`); w (`source`, rows `stride` apart) is read whole.
__attribute__((target("avx2,fma,bmi"), always_inline))
static inline void left_tile(const int vectors, const int edge, const float *x, long rows, long k, long first,
                             long tile, const uint64_t *masks, long slices, const float *source, long stride,
                             float *out, long n, long j, __m256i last) {
    for (long s = 0; s < slices; s++) {
        const float *w_slice = source + s * SLICE * stride;
        for (long r = 0; r < tile; r++) {
            if (first + TILE_ROWS + r < rows) prefetch_slice(x + (first + TILE_ROWS + r) * k, k, s);
            uint64_t bits = masks[r * slices + s];
            if (!bits) continue;
            const float *x_slice = x + (first + r) * k + s * SLICE;
            float *o = out + (first + r) * n + j;
            __m256 acc[WIDE_VECTORS];
            for (int v = 0; v < vectors; v++) acc[v] = row_vector(vectors, edge, o, v, last);
            for (; bits; bits &= bits - 1) {
                long i = __builtin_ctzll(bits);
                const float *q = overfit_row_address(w_slice + i * stride);
                __m256 scale = _mm256_broadcast_ss(x_slice + i);
                for (int v = 0; v < vectors; v++) acc[v] = _mm256_fmadd_ps(scale, _mm256_loadu_ps(q + 8 * v), acc[v]);
            }
            store_row(vectors, edge, o, acc, last, out + rows * n);
        }
    }
}

#define LEFT_TILE_ARGUMENTS const float *x, long rows, long k, long first, long tile, const uint64_t *masks, \
                            long slices, const float *source, long stride, float *out, long n, long j, __m256i last
#define LEFT_TILE_PASS x, rows, k, first, tile, masks, slices, source, stride, out, n, j, last
// One function per vector count and edge, so that each keeps its accumulators in registers.
#define LEFT_TILE_SHAPE(V)                                                                                  \
    __attribute__((target("avx2,fma,bmi"))) static void left_tile_##V(LEFT_TILE_ARGUMENTS) {                \
        left_tile(V, EDGE_WHOLE, LEFT_TILE_PASS);                                                           \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi"))) static void left_tile_##V##e(LEFT_TILE_ARGUMENTS) {             \
        left_tile(V, EDGE_MASKED, LEFT_TILE_PASS);                                                          \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi"))) static void left_tile_##V##q(LEFT_TILE_ARGUMENTS) {             \
        left_tile(V, EDGE_QUARTER, LEFT_TILE_PASS);                                                         \
    }
LEFT_TILE_SHAPE(1)
LEFT_TILE_SHAPE(2)
LEFT_TILE_SHAPE(3)
LEFT_TILE_SHAPE(4)
LEFT_TILE_SHAPE(5)
LEFT_TILE_SHAPE(6)
LEFT_TILE_SHAPE(7)
LEFT_TILE_SHAPE(8)
LEFT_TILE_SHAPE(9)
LEFT_TILE_SHAPE(10)
LEFT_TILE_SHAPE(11)
LEFT_TILE_SHAPE(12)
LEFT_TILE_SHAPE(13)

typedef void (*LeftTile)(LEFT_TILE_ARGUMENTS);
#define LEFT_EDGES(V) {left_tile_##V, left_tile_##V##e, left_tile_##V##q}
// Indexed by vectors - 1 and the edge (EDGE_WHOLE, EDGE_MASKED, EDGE_QUARTER).
static const LeftTile left_tiles[WIDE_VECTORS][3] = {
    LEFT_EDGES(1),  LEFT_EDGES(2),  LEFT_EDGES(3),  LEFT_EDGES(4),  LEFT_EDGES(5),  LEFT_EDGES(6),  LEFT_EDGES(7),
    LEFT_EDGES(8),  LEFT_EDGES(9),  LEFT_EDGES(10), LEFT_EDGES(11), LEFT_EDGES(12), LEFT_EDGES(13),
};

// x·w, TILE_ROWS rows at a time: the tile's nonzero masks are computed once; then w is swept a
// slice at a time, every row of the tile adding its nonzeros from the slice to its outputs. So
// each nonzero reads the slice's rows of w (up to 64 × 416 bytes) from L1 and L2, not all of w.
// Each output still sums its nonzeros in increasing index order (slices in order, pixels in
// order within a slice). Unpacked, w's rows may be read up to 7 floats past their end.
__attribute__((target("avx2,fma,bmi")))
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out) {
    long slices = (k + SLICE - 1) / SLICE;
    long packed_stride = n < WIDE ? (n + 7) / 8 * 8 : WIDE;
    uint64_t *masks = overfit_scratch_masks((size_t)(TILE_ROWS * (slices > 0 ? slices : 1)));
    float *packed = rows >= PACK_ROWS && k > 0 ? overfit_scratch(OVERFIT_SCRATCH_SPARSE, (size_t)(k * packed_stride)) : NULL;
    if (!masks) {
        // Out of memory: the portable path sums in the same order, so gives the same bits.
        overfit_sparse_portable(x, rows, k, w, n, out, 0, 0);
        return;
    }
    __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    for (long j = 0; j < n; j += WIDE) {
        long width = n - j < WIDE ? n - j : WIDE;
        long vectors = (width + 7) / 8, tail = width - 8 * (vectors - 1);
        __m256i last = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)tail), lanes);
        LeftTile kernel = left_tiles[vectors - 1][edge_of(tail)];
        const float *source = w + j;
        long stride = n;
        // Without packing (few rows, or no memory for it) the loads may straddle lines: same sums.
        if (packed) {
            pack_columns(w, k, n, j, width, packed_stride, packed);
            source = packed, stride = packed_stride;
        }
        for (long first = 0; first < rows; first += TILE_ROWS) {
            long tile = rows - first < TILE_ROWS ? rows - first : TILE_ROWS;
            for (long r = 0; r < tile; r++) list_nonzeros(x + (first + r) * k, k, masks + r * slices);
            kernel(x, rows, k, first, tile, masks, slices, source, stride, out, n, j, last);
        }
    }
}

// For each pixel p of a slice, which of a tile's rows have a nonzero there: the transpose of the
// rows' masks for that slice (row_masks[r·slices], r < tile), into column[0..64).
// Returns the pixels some row has.
static uint64_t transpose_masks(const uint64_t *row_masks, long slices, long tile, uint64_t column[SLICE]) {
    uint64_t used = 0;
    for (int p = 0; p < SLICE; p++) column[p] = 0;
    for (long r = 0; r < tile; r++) {
        used |= row_masks[r * slices];
        for (uint64_t bits = row_masks[r * slices]; bits; bits &= bits - 1)
            column[__builtin_ctzll(bits)] |= (uint64_t)1 << r;
    }
    return used;
}

// One tile of rows (`tile` ≤ COLUMN_TILE, from `first`) of dw += xᵀ·dy, for `vectors` vectors
// of dw's columns from j: each pixel p that a row of the tile has is handled once, its row of dw
// (`vectors` vectors, the last under `last` when `edge`) loaded into registers, the tile's rows
// that have p added in increasing order, and stored. With `seen` (one bit per pixel, the pixels
// earlier tiles had), a pixel no earlier tile had starts at +0 instead of dw's row: dw's rows are
// then set, not added to, without being zeroed first and read back.
__attribute__((target("avx2,fma,bmi"), always_inline))
static inline void transposed_tile(const int vectors, const int edge, const float *x, long k, long first, long tile,
                                   const uint64_t *masks, long slices, const float *dy, long n, long j, float *dw,
                                   __m256i last, const uint64_t *seen) {
    for (long s = 0; s < slices; s++) {
        uint64_t column[SLICE];
        uint64_t used = transpose_masks(masks + s, slices, tile, column);
        uint64_t earlier = seen ? seen[s] : ~(uint64_t)0;
        for (; used; used &= used - 1) {
            long p = __builtin_ctzll(used), pixel = s * SLICE + p;
            float *o = dw + pixel * n + j;
            __m256 acc[WIDE_VECTORS];
            if (earlier >> p & 1) {
                for (int v = 0; v < vectors; v++) acc[v] = row_vector(vectors, edge, o, v, last);
            } else {
                for (int v = 0; v < vectors; v++) acc[v] = _mm256_setzero_ps();
            }
            for (uint64_t bits = column[p]; bits; bits &= bits - 1) {
                long r = first + __builtin_ctzll(bits);
                const float *q = overfit_row_address(dy + r * n + j);
                __m256 scale = _mm256_broadcast_ss(x + r * k + pixel);
                // dy has no floats to spare past its end: its last vector is read under the mask
                // (or as 4 floats).
                for (int v = 0; v < vectors; v++)
                    acc[v] = _mm256_fmadd_ps(scale, row_vector(vectors, edge, q, v, last), acc[v]);
            }
            store_row(vectors, edge, o, acc, last, dw + k * n);
        }
    }
}

#define TRANSPOSED_TILE_ARGUMENTS const float *x, long k, long first, long tile, const uint64_t *masks, long slices, \
                                  const float *dy, long n, long j, float *dw, __m256i last, const uint64_t *seen
#define TRANSPOSED_TILE_PASS x, k, first, tile, masks, slices, dy, n, j, dw, last, seen
#define TRANSPOSED_TILE_SHAPE(V)                                                                            \
    __attribute__((target("avx2,fma,bmi"))) static void transposed_tile_##V(TRANSPOSED_TILE_ARGUMENTS) {     \
        transposed_tile(V, EDGE_WHOLE, TRANSPOSED_TILE_PASS);                                               \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi"))) static void transposed_tile_##V##e(TRANSPOSED_TILE_ARGUMENTS) {  \
        transposed_tile(V, EDGE_MASKED, TRANSPOSED_TILE_PASS);                                              \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi"))) static void transposed_tile_##V##q(TRANSPOSED_TILE_ARGUMENTS) {  \
        transposed_tile(V, EDGE_QUARTER, TRANSPOSED_TILE_PASS);                                             \
    }
TRANSPOSED_TILE_SHAPE(1)
TRANSPOSED_TILE_SHAPE(2)
TRANSPOSED_TILE_SHAPE(3)
TRANSPOSED_TILE_SHAPE(4)
TRANSPOSED_TILE_SHAPE(5)
TRANSPOSED_TILE_SHAPE(6)
TRANSPOSED_TILE_SHAPE(7)
TRANSPOSED_TILE_SHAPE(8)
TRANSPOSED_TILE_SHAPE(9)
TRANSPOSED_TILE_SHAPE(10)
TRANSPOSED_TILE_SHAPE(11)
TRANSPOSED_TILE_SHAPE(12)
TRANSPOSED_TILE_SHAPE(13)

typedef void (*TransposedTile)(TRANSPOSED_TILE_ARGUMENTS);
#define TRANSPOSED_EDGES(V) {transposed_tile_##V, transposed_tile_##V##e, transposed_tile_##V##q}
// Indexed by vectors - 1 and the edge (EDGE_WHOLE, EDGE_MASKED, EDGE_QUARTER).
static const TransposedTile transposed_tiles[WIDE_VECTORS][3] = {
    TRANSPOSED_EDGES(1),  TRANSPOSED_EDGES(2),  TRANSPOSED_EDGES(3),  TRANSPOSED_EDGES(4),  TRANSPOSED_EDGES(5),
    TRANSPOSED_EDGES(6),  TRANSPOSED_EDGES(7),  TRANSPOSED_EDGES(8),  TRANSPOSED_EDGES(9),  TRANSPOSED_EDGES(10),
    TRANSPOSED_EDGES(11), TRANSPOSED_EDGES(12), TRANSPOSED_EDGES(13),
};

// dw += xᵀ·dy a row of dw at a time (up to WIDE columns per pass): each nonzero pixel p of a
// tile's rows is handled once, its row of dw loaded into registers, the tile's rows that have p
// added in increasing order, and stored. Each element of dw still sums over the rows in
// increasing order (tiles in order). With `seen` (⌈k / 64⌉ words), the rows of dw the pixels of x
// touch are set to xᵀ·dy instead (each chain starts at +0 where it would have loaded dw), no other
// row is written, and `seen` ends as those rows (the union of the tiles' masks: the columns x
// uses). False when out of memory (nothing was written).
__attribute__((target("avx2,fma,bmi")))
static int transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw, uint64_t *seen) {
    long slices = (k + SLICE - 1) / SLICE;
    uint64_t *masks = overfit_scratch_masks((size_t)(COLUMN_TILE * (slices > 0 ? slices : 1)));
    if (!masks) return 0;
    if (seen) memset(seen, 0, (size_t)slices * sizeof *seen);
    __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    for (long first = 0; first < rows; first += COLUMN_TILE) {
        long tile = rows - first < COLUMN_TILE ? rows - first : COLUMN_TILE;
        for (long r = 0; r < tile; r++) list_nonzeros(x + (first + r) * k, k, masks + r * slices);
        for (long j = 0; j < n; j += WIDE) {
            long width = n - j < WIDE ? n - j : WIDE;
            long vectors = (width + 7) / 8, tail = width - 8 * (vectors - 1);
            __m256i last = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)tail), lanes);
            transposed_tiles[vectors - 1][edge_of(tail)](x, k, first, tile, masks, slices, dy, n, j, dw, last, seen);
        }
        if (seen) {
            for (long r = 0; r < tile; r++)
                for (long s = 0; s < slices; s++) seen[s] |= masks[r * slices + s];
        }
    }
    return 1;
}

__attribute__((target("avx2,fma,bmi")))
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw) {
    // Out of memory: the portable path sums in the same order, so gives the same bits.
    if (!transposed_avx2(x, rows, k, dy, n, dw, NULL)) overfit_sparse_portable(x, rows, k, dy, n, dw, 1, 0);
}

__attribute__((target("avx2,fma,bmi")))
int overfit_transposed_set_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw,
                                uint64_t *touched) {
    return transposed_avx2(x, rows, k, dy, n, dw, touched);
}

// The columns some row of x has a nonzero in (overfit_sparse_columns_used).
__attribute__((target("avx2")))
void overfit_columns_used_avx2(const float *x, long rows, long k, uint64_t *touched) {
    long whole = k / 8 * 8;
    for (long q = 0; q < whole; q += 8) {
        int any = 0;
        for (long r = 0; r < rows; r++) {
            __m256 v = _mm256_loadu_ps(x + r * k + q);
            any |= _mm256_movemask_ps(_mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_NEQ_UQ));
        }
        touched[q / 64] |= (uint64_t)(unsigned)any << (q % 64);
    }
    if (whole < k) {
        uint64_t tail[1] = {0};
        // The last columns, as the portable loop takes them, into a word of their own.
        for (long p = whole; p < k; p++) {
            int any = 0;
            for (long r = 0; r < rows; r++) any |= x[r * k + p] != 0.0f;
            if (any) tail[0] |= (uint64_t)1 << (p % 64);
        }
        touched[whole / 64] |= tail[0];
    }
}
// ---- Rows listed once (sparse_listed.c) ------------------------------------------------------

// The AVX-512 path's listed tile with 8-float vectors: `tile` listed rows × `vectors` vectors of
// outputs, which start at the bias; for each slice every row adds its nonzeros from the slice, in
// order from its codes (each row's cursor moves on by the slice's count). w is packed (zero past
// n), so its loads are whole vectors; the outputs' last vector is taken as `edge` says (`end` is
// where out ends).
__attribute__((target("avx2,fma,bmi,popcnt"), always_inline))
static inline void listed_tile(const int vectors, const int edge, const uint64_t *masks, const int64_t *row_starts,
                               const uint8_t *codes, const float *table, long slices, long tile, const float *packed,
                               long stride, const float *bias, long width, float *out, long n, const float *end,
                               __m256i last) {
    const uint8_t *cursor[TILE_ROWS];
    for (long r = 0; r < tile; r++) {
        cursor[r] = codes + row_starts[r];
        for (long c = 0; c < width; c++) out[r * n + c] = bias[c];
    }
    for (long s = 0; s < slices; s++) {
        const float *w_slice = packed + s * SLICE * stride;
        for (long r = 0; r < tile; r++) {
            uint64_t bits = masks[r * slices + s];
            if (!bits) continue;
            const uint8_t *code = cursor[r];
            cursor[r] += __builtin_popcountll(bits);
            float *o = out + r * n;
            __m256 acc[WIDE_VECTORS];
            for (int v = 0; v < vectors; v++) acc[v] = row_vector(vectors, edge, o, v, last);
            for (; bits; bits &= bits - 1) {
                const float *q = overfit_row_address(w_slice + __builtin_ctzll(bits) * stride);
                __m256 scale = _mm256_broadcast_ss(table + *code++);
                for (int v = 0; v < vectors; v++) acc[v] = _mm256_fmadd_ps(scale, _mm256_loadu_ps(q + 8 * v), acc[v]);
            }
            store_row(vectors, edge, o, acc, last, end);
        }
    }
}

#define LISTED_ARGUMENTS const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table, \
                         long slices, long tile, const float *packed, long stride, const float *bias, long width,     \
                         float *out, long n, const float *end, __m256i last
#define LISTED_PASS masks, row_starts, codes, table, slices, tile, packed, stride, bias, width, out, n, end, last
#define LISTED_SHAPE(V)                                                                                     \
    __attribute__((target("avx2,fma,bmi,popcnt"))) static void listed_tile_##V(LISTED_ARGUMENTS) {          \
        listed_tile(V, EDGE_WHOLE, LISTED_PASS);                                                          \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi,popcnt"))) static void listed_tile_##V##e(LISTED_ARGUMENTS) {       \
        listed_tile(V, EDGE_MASKED, LISTED_PASS);                                                         \
    }                                                                                                       \
    __attribute__((target("avx2,fma,bmi,popcnt"))) static void listed_tile_##V##q(LISTED_ARGUMENTS) {       \
        listed_tile(V, EDGE_QUARTER, LISTED_PASS);                                                        \
    }
LISTED_SHAPE(1)
LISTED_SHAPE(2)
LISTED_SHAPE(3)
LISTED_SHAPE(4)
LISTED_SHAPE(5)
LISTED_SHAPE(6)
LISTED_SHAPE(7)
LISTED_SHAPE(8)
LISTED_SHAPE(9)
LISTED_SHAPE(10)
LISTED_SHAPE(11)
LISTED_SHAPE(12)
LISTED_SHAPE(13)

typedef void (*ListedTile)(LISTED_ARGUMENTS);
#define LISTED_EDGES(V) {listed_tile_##V, listed_tile_##V##e, listed_tile_##V##q}
// Indexed by vectors - 1 and the edge (EDGE_WHOLE, EDGE_MASKED, EDGE_QUARTER).
static const ListedTile listed_tiles[WIDE_VECTORS][3] = {
    LISTED_EDGES(1),  LISTED_EDGES(2),  LISTED_EDGES(3),  LISTED_EDGES(4),  LISTED_EDGES(5),
    LISTED_EDGES(6),  LISTED_EDGES(7),  LISTED_EDGES(8),  LISTED_EDGES(9),  LISTED_EDGES(10),
    LISTED_EDGES(11), LISTED_EDGES(12), LISTED_EDGES(13),
};

// Listed rows × packed w, TILE_ROWS rows and WIDE columns at a time, each output's chain starting
// at the bias and adding its nonzeros in increasing index order: the portable path's operations.
__attribute__((target("avx2,fma,bmi")))
void overfit_listed_avx2(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                         long rows, long k, const float *packed, long n, const float *bias, float *out) {
    long slices = (k + SLICE - 1) / SLICE, stride = (n + 15) / 16 * 16;
    __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    for (long j = 0; j < n; j += WIDE) {
        long width = n - j < WIDE ? n - j : WIDE;
        long vectors = (width + 7) / 8, tail = width - 8 * (vectors - 1);
        __m256i last = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)tail), lanes);
        int edge = edge_of(tail);
        for (long first = 0; first < rows; first += TILE_ROWS) {
            long tile = rows - first < TILE_ROWS ? rows - first : TILE_ROWS;
            long next = first + tile;
            overfit_prefetch_listed(masks, row_starts, codes, slices, next,
                                    next + TILE_ROWS < rows ? next + TILE_ROWS : rows);
            listed_tiles[vectors - 1][edge](masks + first * slices, row_starts + first, codes, table, slices, tile,
                                            packed + j, stride, bias + j, width, out + first * n + j, n,
                                            out + rows * n, last);
        }
    }
}

#endif
