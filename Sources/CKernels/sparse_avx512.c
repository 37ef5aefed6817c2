#include "kernel_internal.h"

#ifdef OVERFIT_HAS_X86_PATHS
#include <immintrin.h>

#include "tail_avx512.h"
#include <stdint.h>
#include <stdlib.h>

// ---------------------------------------------------------------------------------------------
// AVX-512 path, for processors that have it. Each output element is still a chain of FMAs over
// its nonzero inputs in increasing index order, starting from what out held: exactly the
// operations of the AVX2 and portable paths, so all three give the same bits.

// x is taken in slices of 64 columns: a 64-bit mask says which of a row's pixels in a slice are
// nonzero, and w's 64 rows for that slice (28 KB when packed, see below) stay in L1 while every
// row of a tile adds its nonzeros from the slice.
enum { SLICE = 64 };
enum { TILE_ROWS = 32 };

// masks[s] receives the nonzero pixels of x_row[64·s ..< 64·s + 64], for s < ⌈k / 64⌉. Comparing
// whole vectors costs about a cycle per 16 pixels and no branch per pixel, which a scalar loop
// would mispredict ~150 times per MNIST image.
__attribute__((target("avx512f")))
static void list_nonzeros_512(const float *x_row, long k, uint64_t *masks) {
    for (long p = 0; p < k; p += SLICE) {
        uint64_t bits = 0;
        for (long q = p; q < p + SLICE && q < k; q += 16) {
            __mmask16 inside = k - q >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (k - q)) - 1);
            __m512 v = _mm512_maskz_loadu_ps(inside, x_row + q);
            // Not-equal-unordered, as C's != : NaN counts as nonzero, -0 as zero.
            __mmask16 nonzero = _mm512_mask_cmp_ps_mask(inside, v, _mm512_setzero_ps(), _CMP_NEQ_UQ);
            bits |= (uint64_t)nonzero << (q - p);
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

// out[0..16·vectors) (the last vector masked by last) += the terms whose bit is set in bits, in
// increasing order: up to 128 outputs summed in registers. Up to eight independent chains keep
// both FMA units busy, and no store waits on the load before it. Masked loads cost nothing extra
// here and never fault, so w needs no slack on this path.
__attribute__((target("avx512f,bmi"), always_inline))
static inline void accumulate_512(int vectors, uint64_t bits, Terms terms, float *out, __mmask16 last) {
    __m512 acc[8];
    for (int v = 0; v < vectors; v++)
        acc[v] = _mm512_maskz_loadu_ps(v == vectors - 1 ? last : (__mmask16)0xFFFF, out + 16 * v);
    for (; bits; bits &= bits - 1) {
        long i = __builtin_ctzll(bits);
        const float *q = overfit_row_address(terms.vector + i * terms.vector_stride);
        __m512 s = _mm512_set1_ps(terms.scale[i * terms.scale_stride]);
        for (int v = 0; v < vectors; v++) {
            __m512 row = _mm512_maskz_loadu_ps(v == vectors - 1 ? last : (__mmask16)0xFFFF, q + 16 * v);
            acc[v] = _mm512_fmadd_ps(s, row, acc[v]);
        }
    }
    for (int v = 0; v < vectors; v++)
        _mm512_mask_storeu_ps(out + 16 * v, v == vectors - 1 ? last : (__mmask16)0xFFFF, acc[v]);
}

// accumulate_512 for `width` (1…128) outputs: one copy of the loop per vector count, so the
// accumulators stay in registers.
__attribute__((target("avx512f,bmi")))
static void accumulate_block_512(long width, uint64_t bits, Terms terms, float *out) {
    int vectors = (int)((width + 15) / 16);
    __mmask16 last = (__mmask16)(0xFFFFu >> (16 * vectors - width));
    switch (vectors) {
    case 1: accumulate_512(1, bits, terms, out, last); break;
    case 2: accumulate_512(2, bits, terms, out, last); break;
    case 3: accumulate_512(3, bits, terms, out, last); break;
    case 4: accumulate_512(4, bits, terms, out, last); break;
    case 5: accumulate_512(5, bits, terms, out, last); break;
    case 6: accumulate_512(6, bits, terms, out, last); break;
    case 7: accumulate_512(7, bits, terms, out, last); break;
    default: accumulate_512(8, bits, terms, out, last); break;
    }
}

// Copies columns [j, j + width) of w (k×n) into packed (k×stride, 64-byte aligned), zero-filling
// the columns past width, so that every vector load from packed lies within one cache line.
static void pack_columns(const float *w, long k, long n, long j, long width, long stride, float *packed) {
    for (long p = 0; p < k; p++) {
        const float *from = w + p * n + j;
        float *to = packed + p * stride;
        for (long c = 0; c < width; c++) to[c] = from[c];
        for (long c = width; c < stride; c++) to[c] = 0.0f;
    }
}

// Fetches slice s of x_row (k pixels) into L1 ahead of use. A tile's rows are each read once, so
// from memory when x is large (the 10,000 test images take 31 MB); the hardware prefetcher does not
// keep up, and prefetching the next tile slice by slice, while this one is summed, nearly halves
// the time of a pass over the test set.
__attribute__((target("avx512f")))
static inline void prefetch_slice(const float *x_row, long k, long s) {
    long end = (s + 1) * SLICE < k ? (s + 1) * SLICE : k;
    for (long p = s * SLICE; p < end; p += 16) _mm_prefetch((const char *)(x_row + p), _MM_HINT_T0);
}

// Rows from which packing w pays: it copies all of w (313 KB for MNIST's first layer), about
// what a dozen rows' products cost, and makes every later row ~40% faster.
enum { PACK_ROWS = 64 };

// x·w, TILE_ROWS rows at a time: the tile's nonzero masks are computed once; then w is swept a
// slice at a time, every row of the tile adding its nonzeros from the slice to its outputs,
// which are loaded and stored once per slice. So each nonzero reads w from L1, not L2, where a
// row at a time would need all of w (313 KB) for every row. For many rows w is first packed
// with rows 64-byte aligned: with MNIST's 100 outputs a row of w starts 16 bytes into a cache
// line, and vector loads straddling two lines run at nearly half speed. Each output still sums
// its nonzeros in increasing index order (slices in order, pixels in order within a slice).
//
// A training batch (fewer rows than PACK_ROWS, w unpacked) and the weight gradient xᵀ·dy take the
// AVX2 kernels instead (sparse_kernels.c), which give the same bits: their 8-float loads straddle
// fewer cache lines of the unaligned w and dy, and on an AMD EPYC (Zen 4, whose 512-bit operations
// take two 256-bit halves) they ran the baseline's batch of ten at 51.4 GFLOP/s against 38.5 for
// this kernel, and its xᵀ·dy at 34.0 against 19.2 (`overfit bench`, one thread, 2026-12-06). On an
// Intel Xeon with two 512-bit FMA units (Emerald Rapids) the AVX2 kernel still ran the batch of
// ten faster: 52-53 GFLOP/s against 46-48 (2026-12-07).
__attribute__((target("avx512f")))
void overfit_left_avx512(const float *x, long rows, long k, const float *w, long n, float *out) {
    if (rows < PACK_ROWS) {
        overfit_left_avx2(x, rows, k, w, n, out);
        return;
    }
    long slices = (k + SLICE - 1) / SLICE;
    long packed_stride = n < 128 ? (n + 15) / 16 * 16 : 128;
    uint64_t *masks = overfit_scratch_masks((size_t)(TILE_ROWS * (slices > 0 ? slices : 1)));
    float *packed = rows >= PACK_ROWS && k > 0 ? overfit_scratch(OVERFIT_SCRATCH_SPARSE, (size_t)(k * packed_stride)) : NULL;
    if (!masks) {
        // Out of memory: the AVX2 path sums in the same order, so gives the same bits.
        overfit_left_avx2(x, rows, k, w, n, out);
        return;
    }
    for (long j = 0; j < n; j += 128) {
        long width = n - j < 128 ? n - j : 128;
        const float *source = w + j;
        long stride = n;
        // Without packing (few rows, or no memory for it) the loads straddle lines: same sums.
        if (packed) {
            pack_columns(w, k, n, j, width, packed_stride, packed);
            source = packed, stride = packed_stride;
        }
        for (long first = 0; first < rows; first += TILE_ROWS) {
            long tile = rows - first < TILE_ROWS ? rows - first : TILE_ROWS;
            for (long r = 0; r < tile; r++) list_nonzeros_512(x + (first + r) * k, k, masks + r * slices);
            for (long s = 0; s < slices; s++) {
                for (long r = 0; r < tile; r++) {
                    if (first + TILE_ROWS + r < rows) prefetch_slice(x + (first + TILE_ROWS + r) * k, k, s);
                    uint64_t bits = masks[r * slices + s];
                    if (!bits) continue;
                    Terms terms = {x + (first + r) * k + s * SLICE, 1, source + s * SLICE * stride, stride};
                    accumulate_block_512(width, bits, terms, out + (first + r) * n + j);
                }
            }
        }
    }
}

// The columns some row of x has a nonzero in (overfit_sparse_columns_used).
__attribute__((target("avx512f")))
void overfit_columns_used_avx512(const float *x, long rows, long k, uint64_t *touched) {
    for (long q = 0; q < k; q += 16) {
        __mmask16 inside = k - q >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << (k - q)) - 1), any = 0;
        for (long r = 0; r < rows; r++) {
            __m512 v = _mm512_maskz_loadu_ps(inside, x + r * k + q);
            any |= _mm512_mask_cmp_ps_mask(inside, v, _mm512_setzero_ps(), _CMP_NEQ_UQ);
        }
        touched[q / 64] |= (uint64_t)any << (q % 64);
    }
}

// ---- Rows listed once (sparse_listed.c) ------------------------------------------------------

// One tile of `tile` listed rows × `vectors` vectors of outputs from column j: the rows start at
// the bias, then for each slice every row adds its nonzeros from the slice, taken in order from
// its codes (each row's cursor moves on by the slice's count), while the slice's rows of w stay in
// L1. w is packed (rows 64-byte aligned, zero past n), so every load of it is a whole vector; out's
// last vector is summed as `tail` says (tail_avx512.h: on an AMD EPYC (Zen 4) the evaluation's
// first layer ran 4-6% faster with 100 outputs as 6 × 16 + 4 than as 7 × 16 under a mask, C
// harness on the 10,000 test images, alternating runs, 2026-12-07).
__attribute__((target("avx512f,fma,bmi,popcnt"), always_inline))
static inline void listed_tile_512(const int vectors, const int tail, const uint64_t *masks,
                                   const int64_t *row_starts, const uint8_t *codes, const float *table, long slices,
                                   long tile, const float *packed, long stride, const float *bias, float *out, long n,
                                   __mmask16 last) {
    const int whole = vectors - 1;
    // w's tail is packed with zeros past n: read whole, under no mask.
    const int w_tail = tail == OVERFIT_TAIL_MASKED ? OVERFIT_TAIL_512 : tail;
    const uint8_t *cursor[TILE_ROWS];
    for (long r = 0; r < tile; r++) {
        cursor[r] = codes + row_starts[r];
        for (int v = 0; v < vectors; v++) {
            __mmask16 lanes = v == vectors - 1 ? last : (__mmask16)0xFFFF;
            _mm512_mask_storeu_ps(out + r * n + 16 * v, lanes, _mm512_maskz_loadu_ps(lanes, bias + 16 * v));
        }
    }
    for (long s = 0; s < slices; s++) {
        const float *w_slice = packed + s * SLICE * stride;
        for (long r = 0; r < tile; r++) {
            uint64_t bits = masks[r * slices + s];
            if (!bits) continue;
            const uint8_t *code = cursor[r];
            cursor[r] += __builtin_popcountll(bits);
            float *o = out + r * n;
            __m512 acc[8];
            for (int v = 0; v < whole; v++) acc[v] = _mm512_loadu_ps(o + 16 * v);
            OverfitTail end = overfit_tail_load(tail, last, o + 16 * whole);
            for (; bits; bits &= bits - 1) {
                const float *q = overfit_row_address(w_slice + __builtin_ctzll(bits) * stride);
                __m512 scale = _mm512_set1_ps(table[*code++]);
                OVERFIT_VECTOR_BARRIER(scale);
                for (int v = 0; v < whole; v++) acc[v] = _mm512_fmadd_ps(scale, _mm512_loadu_ps(q + 16 * v), acc[v]);
                end = overfit_tail_fma(tail, scale, overfit_tail_load(w_tail, last, q + 16 * whole), end);
            }
            for (int v = 0; v < whole; v++) _mm512_storeu_ps(o + 16 * v, acc[v]);
            overfit_tail_store(tail, last, o + 16 * whole, end);
        }
    }
}

#define LISTED_ARGUMENTS const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table, \
                         long slices, long tile, const float *packed, long stride, const float *bias, float *out,     \
                         long n, __mmask16 last
#define LISTED_PASS masks, row_starts, codes, table, slices, tile, packed, stride, bias, out, n, last
// One function per vector count and tail, so that each keeps its accumulators in registers.
#define LISTED_TAIL(V, T, NAME)                                                                             \
    __attribute__((target("avx512f,fma,bmi,popcnt"))) static void NAME(LISTED_ARGUMENTS) {                 \
        listed_tile_512(V, T, LISTED_PASS);                                                                 \
    }
#define LISTED_SHAPE(V)                                                                                     \
    LISTED_TAIL(V, OVERFIT_TAIL_MASKED, listed_tile_512_##V)                                                        \
    LISTED_TAIL(V, OVERFIT_TAIL_256, listed_tile_512_##V##_256)                                                     \
    LISTED_TAIL(V, OVERFIT_TAIL_128, listed_tile_512_##V##_128)                                                     \
    LISTED_TAIL(V, OVERFIT_TAIL_512, listed_tile_512_##V##_512)
LISTED_SHAPE(1)
LISTED_SHAPE(2)
LISTED_SHAPE(3)
LISTED_SHAPE(4)
LISTED_SHAPE(5)
LISTED_SHAPE(6)
LISTED_SHAPE(7)
LISTED_SHAPE(8)

typedef void (*ListedTile)(LISTED_ARGUMENTS);
#define LISTED_TAILS(V) {listed_tile_512_##V, listed_tile_512_##V##_128, listed_tile_512_##V##_256, listed_tile_512_##V##_512}
static const ListedTile listed_tiles[8][4] = {LISTED_TAILS(1), LISTED_TAILS(2), LISTED_TAILS(3), LISTED_TAILS(4),
                                              LISTED_TAILS(5), LISTED_TAILS(6), LISTED_TAILS(7), LISTED_TAILS(8)};

// Listed rows × packed w, TILE_ROWS rows and 128 columns at a time: each output's chain starts at
// the bias and adds its nonzeros in increasing index order (slices in order, pixels in order within
// a slice), as the portable path does.
__attribute__((target("avx512f")))
void overfit_listed_avx512(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                           long rows, long k, const float *packed, long n, const float *bias, float *out) {
    long slices = (k + SLICE - 1) / SLICE, stride = (n + 15) / 16 * 16;
    for (long j = 0; j < n; j += 128) {
        long width = n - j < 128 ? n - j : 128, vectors = (width + 15) / 16;
        __mmask16 last = (__mmask16)(0xFFFFu >> (16 * vectors - width));
        for (long first = 0; first < rows; first += TILE_ROWS) {
            long tile = rows - first < TILE_ROWS ? rows - first : TILE_ROWS;
            long next = first + tile;
            overfit_prefetch_listed(masks, row_starts, codes, slices, next,
                                    next + TILE_ROWS < rows ? next + TILE_ROWS : rows);
            listed_tiles[vectors - 1][overfit_tail_of(last)](masks + first * slices, row_starts + first, codes, table, slices, tile,
                                      packed + j, stride, bias + j, out + first * n + j, n, last);
        }
    }
}

#endif
