#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>
#include <stdint.h>
#include <stdlib.h>

// AVX2 path of the sparse products: the AVX-512 path's tiling with 8-float vectors. Each output
// element is a chain of FMAs over its nonzero inputs in increasing index order, starting from
// what it held: the operations of the portable path, so the same bits.

// x is taken in slices of 64 columns: a 64-bit mask says which of a row's pixels in a slice are
// nonzero, and the slice's rows of w for a block of 64 outputs (16 KB) stay in L1 while every
// row of a tile adds its nonzeros from the slice. A row at a time instead reads all of w (313
// KB for MNIST's first layer) from L2 for every image, which bounds it by L2 bandwidth.
enum { SLICE = 64, TILE_ROWS = 32, BLOCK = 64, COLUMN_TILE = 64 };

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

// The terms of a sum of scaled vectors: term i is scale[i·scale_stride] · vector[i·vector_stride ..].
// For x·w, term p of a slice is x[r][p] · (row p of w); for xᵀ·dy, term r is x[r][p] · dy[r].
typedef struct {
    const float *scale;
    long scale_stride;
    const float *vector;
    long vector_stride;
} Terms;

// out[0 ..< 8·vectors) (the last vector's lanes under `last` when `edge`) += the terms whose bit
// is set in bits, in increasing order, up to 64 outputs summed in registers. With `masked`, the
// terms' last vector is read under `last` too (dy has no floats to spare past its end; w does).
__attribute__((target("avx2,fma,bmi"), always_inline))
static inline void accumulate(const int vectors, const int edge, const int masked, uint64_t bits, Terms terms,
                              float *out, __m256i last) {
    __m256 acc[8];
    for (int v = 0; v < vectors; v++) {
        acc[v] = edge && v == vectors - 1 ? _mm256_maskload_ps(out + 8 * v, last) : _mm256_loadu_ps(out + 8 * v);
    }
    for (; bits; bits &= bits - 1) {
        long i = __builtin_ctzll(bits);
        const float *q = terms.vector + i * terms.vector_stride;
        __m256 s = _mm256_set1_ps(terms.scale[i * terms.scale_stride]);
        for (int v = 0; v < vectors; v++) {
            __m256 row = masked && edge && v == vectors - 1 ? _mm256_maskload_ps(q + 8 * v, last) : _mm256_loadu_ps(q + 8 * v);
            acc[v] = _mm256_fmadd_ps(s, row, acc[v]);
        }
    }
    for (int v = 0; v < vectors; v++) {
        if (edge && v == vectors - 1) _mm256_maskstore_ps(out + 8 * v, last, acc[v]);
        else _mm256_storeu_ps(out + 8 * v, acc[v]);
    }
}

// accumulate for `width` (1…64) outputs: one copy of the loop per vector count and edge, so the
// accumulators stay in registers.
#define ACCUMULATE_CASE(VECTORS)                                                                   \
    case VECTORS:                                                                                  \
        if (edge) accumulate(VECTORS, 1, masked, bits, terms, out, last);                          \
        else accumulate(VECTORS, 0, masked, bits, terms, out, last);                               \
        break;

__attribute__((target("avx2,fma,bmi")))
static void accumulate_block(long width, int masked, uint64_t bits, Terms terms, float *out) {
    int vectors = (int)((width + 7) / 8), tail = (int)(width - 8 * (vectors - 1)), edge = tail < 8;
    __m256i last = _mm256_cmpgt_epi32(_mm256_set1_epi32(tail), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    if (masked) {
        switch (vectors) { ACCUMULATE_CASE(1) ACCUMULATE_CASE(2) ACCUMULATE_CASE(3) ACCUMULATE_CASE(4)
                           ACCUMULATE_CASE(5) ACCUMULATE_CASE(6) ACCUMULATE_CASE(7) default: ACCUMULATE_CASE(8) }
    } else {
        switch (vectors) { ACCUMULATE_CASE(1) ACCUMULATE_CASE(2) ACCUMULATE_CASE(3) ACCUMULATE_CASE(4)
                           ACCUMULATE_CASE(5) ACCUMULATE_CASE(6) ACCUMULATE_CASE(7) default: ACCUMULATE_CASE(8) }
    }
}

// Copies columns [j, j + width) of w (k×n) into packed (k×BLOCK, 64-byte aligned), zero-filling
// the columns past width.
static void pack_columns(const float *w, long k, long n, long j, long width, float *packed) {
    for (long p = 0; p < k; p++) {
        const float *from = w + p * n + j;
        float *to = packed + p * BLOCK;
        for (long c = 0; c < width; c++) to[c] = from[c];
        for (long c = width; c < BLOCK; c++) to[c] = 0.0f;
    }
}

// x·w, TILE_ROWS rows at a time: the tile's nonzero masks are computed once per block of
// outputs; then w is swept a slice at a time, every row of the tile adding its nonzeros from the
// slice to its outputs. Each output still sums its nonzeros in increasing index order (slices
// in order, pixels in order within a slice). w's rows may be read up to 7 floats past their end.
__attribute__((target("avx2,fma,bmi")))
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out) {
    long slices = (k + SLICE - 1) / SLICE;
    uint64_t *masks = overfit_scratch_masks((size_t)(TILE_ROWS * (slices > 0 ? slices : 1)));
    float *packed = rows >= PACK_ROWS && k > 0 ? overfit_scratch(OVERFIT_SCRATCH_SPARSE, (size_t)(k * BLOCK)) : NULL;
    if (!masks) {
        // Out of memory: the portable path sums in the same order, so gives the same bits.
        overfit_sparse_portable(x, rows, k, w, n, out, 0, 0);
        return;
    }
    for (long j = 0; j < n; j += BLOCK) {
        long width = n - j < BLOCK ? n - j : BLOCK;
        const float *source = w + j;
        long stride = n;
        if (packed) {
            pack_columns(w, k, n, j, width, packed);
            source = packed, stride = BLOCK;
        }
        for (long first = 0; first < rows; first += TILE_ROWS) {
            long tile = rows - first < TILE_ROWS ? rows - first : TILE_ROWS;
            for (long r = 0; r < tile; r++) list_nonzeros(x + (first + r) * k, k, masks + r * slices);
            for (long s = 0; s < slices; s++) {
                for (long r = 0; r < tile; r++) {
                    uint64_t bits = masks[r * slices + s];
                    if (!bits) continue;
                    Terms terms = {x + (first + r) * k + s * SLICE, 1, source + s * SLICE * stride, stride};
                    accumulate_block(width, 0, bits, terms, out + (first + r) * n + j);
                }
            }
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

// dw += xᵀ·dy a row of dw at a time: each nonzero pixel p of a tile's rows is handled once, its
// row of dw loaded into registers, the tile's rows that have p added in increasing order, and
// stored. Each element of dw still sums over the rows in increasing order (tiles in order).
__attribute__((target("avx2,fma,bmi")))
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw) {
    long slices = (k + SLICE - 1) / SLICE;
    uint64_t *masks = overfit_scratch_masks((size_t)(COLUMN_TILE * (slices > 0 ? slices : 1)));
    if (!masks) {
        // Out of memory: the portable path sums in the same order, so gives the same bits.
        overfit_sparse_portable(x, rows, k, dy, n, dw, 1, 0);
        return;
    }
    for (long first = 0; first < rows; first += COLUMN_TILE) {
        long tile = rows - first < COLUMN_TILE ? rows - first : COLUMN_TILE;
        for (long r = 0; r < tile; r++) list_nonzeros(x + (first + r) * k, k, masks + r * slices);
        for (long s = 0; s < slices; s++) {
            uint64_t column[SLICE];
            uint64_t used = transpose_masks(masks + s, slices, tile, column);
            for (; used; used &= used - 1) {
                long p = __builtin_ctzll(used), pixel = s * SLICE + p;
                for (long j = 0; j < n; j += BLOCK) {
                    Terms terms = {x + first * k + pixel, k, dy + first * n + j, n};
                    accumulate_block(n - j < BLOCK ? n - j : BLOCK, 1, column[p], terms, dw + pixel * n + j);
                }
            }
        }
    }
}

#endif
