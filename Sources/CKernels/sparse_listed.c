#include "sparse_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"


// Rows listed once (see sparse_kernels.h): the listing, the packing of w, the portable product,
// and the choice of path. The SIMD products live with the other sparse kernels of their path.

enum { SLICE = 64, CODES = 256, SLOTS = 1024 };

static long slices_of(long k) { return (k + SLICE - 1) / SLICE; }

long overfit_sparse_nonzero_count(const float *x, long rows, long k) {
    long count = 0;
    for (long i = 0; i < rows * k; i++) count += x[i] != 0.0f;
    return count;
}

long overfit_sparse_list(const float *x, long rows, long k, uint64_t *masks, int64_t *row_starts, uint8_t *codes,
                         float *table) {
    // The distinct values seen so far, by bit pattern (an open-addressed table of SLOTS slots,
    // never more than a quarter full): -0 and +0 are never listed, and each NaN keeps its bits.
    uint32_t keys[SLOTS];
    int16_t slot_codes[SLOTS];
    for (long i = 0; i < SLOTS; i++) slot_codes[i] = -1;
    long slices = slices_of(k), distinct = 0;
    int64_t next = 0;
    for (long r = 0; r < rows; r++) {
        const float *row = x + r * k;
        row_starts[r] = next;
        for (long s = 0; s < slices; s++) {
            uint64_t bits = 0;
            long end = (s + 1) * SLICE < k ? (s + 1) * SLICE : k;
            for (long p = s * SLICE; p < end; p++) {
                if (row[p] != 0.0f) {
                    bits |= (uint64_t)1 << (p - s * SLICE);
                    uint32_t key = overfit_float_bits(row[p]);
                    long slot = (long)((key * 2654435761u) >> 22);
                    while (slot_codes[slot] >= 0 && keys[slot] != key) slot = (slot + 1) % SLOTS;
                    if (slot_codes[slot] < 0) {
                        if (distinct == CODES) return -1;
                        keys[slot] = key;
                        slot_codes[slot] = (int16_t)distinct;
                        table[distinct++] = row[p];
                    }
                    codes[next++] = (uint8_t)slot_codes[slot];
                }
            }
            masks[r * slices + s] = bits;
        }
    }
    row_starts[rows] = next;
    return distinct;
}

long overfit_sparse_packed_stride(long n) { return (n + 15) / 16 * 16; }

void overfit_sparse_pack(const float *w, long k, long n, float *packed) {
    long stride = overfit_sparse_packed_stride(n);
    for (long p = 0; p < k; p++) {
        for (long j = 0; j < n; j++) packed[p * stride + j] = w[p * n + j];
        for (long j = n; j < stride; j++) packed[p * stride + j] = 0.0f;
    }
}

// The definition every path reproduces: each row starts at the bias, then takes one fmaf per
// nonzero, slices in order and columns in order within a slice.
__attribute__((always_inline))
static inline void listed_rows(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                               const float *table, long rows, long k, const float *packed, long n, const float *bias,
                               float *restrict out) {
    long slices = slices_of(k), stride = overfit_sparse_packed_stride(n);
    for (long r = 0; r < rows; r++) {
        float *restrict target = out + r * n;
        for (long j = 0; j < n; j++) target[j] = bias[j];
        const uint8_t *code = codes + row_starts[r];
        for (long s = 0; s < slices; s++) {
            for (uint64_t bits = masks[r * slices + s]; bits; bits &= bits - 1) {
                float a = table[*code++];
                const float *source = packed + (s * SLICE + __builtin_ctzll(bits)) * stride;
                for (long j = 0; j < n; j++) target[j] = __builtin_fmaf(a, source[j], target[j]);
            }
        }
    }
}

static void listed_libm(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                        long rows, long k, const float *packed, long n, const float *bias, float *out) {
    listed_rows(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
}

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("fma")))
static void listed_fma(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                       long rows, long k, const float *packed, long n, const float *bias, float *out) {
    listed_rows(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
}
#endif

void overfit_listed_portable(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                             const float *table, long rows, long k, const float *packed, long n, const float *bias,
                             float *out, int libm) {
#ifdef OVERFIT_HAS_X86_PATHS
    if (!libm && overfit_has_fma_instructions()) {
        listed_fma(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
        return;
    }
#endif
    (void)libm;
    listed_libm(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
}

void overfit_sparse_listed_multiply(int path, const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                                    const float *table, long first, long rows, long k, const float *packed, long n,
                                    const float *bias, float *out) {
    if (rows <= 0 || n <= 0) return;
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
    masks += first * slices_of(k), row_starts += first;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512:
        overfit_listed_avx512(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
        return;
    case OVERFIT_PATH_AVX2: overfit_listed_avx2(masks, row_starts, codes, table, rows, k, packed, n, bias, out); return;
    }
#endif
    overfit_listed_portable(masks, row_starts, codes, table, rows, k, packed, n, bias, out,
                            path == OVERFIT_PATH_PORTABLE_LIBM);
}
