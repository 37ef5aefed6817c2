#ifndef OVERFIT_KERNEL_INTERNAL_H
#define OVERFIT_KERNEL_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dense_kernels.h"

// The implementations behind the public headers, one file per path; dense_kernels.c and
// sparse_kernels.c pick one per call. Internal to the CKernels target.

// OVERFIT_PORTABLE_ONLY lets a build leave the x86 paths out on any machine.
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__)) && !defined(OVERFIT_PORTABLE_ONLY)
#define OVERFIT_HAS_X86_PATHS 1
#endif

/// Portable paths: `libm` 1 calls the C library's fmaf for each term (processors without FMA, and
/// tests); 0 uses the processor's FMA instructions where it has them. Same bits either way:
/// fmaf is exactly specified (one rounding of a·b + c).
void overfit_gemm_portable(long m, long n, long k, const float *a, long a_row, long a_col,
                           const float *b, long b_row, long b_col, float *c, long ldc, int accumulate, int libm);
void overfit_sparse_portable(const float *x, long rows, long k, const float *w, long n, float *out,
                             int transposed, int libm);

/// The portable overfit_sparse_listed_multiply (masks, row starts and bias already at row `first`).
void overfit_listed_portable(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                             const float *table, long rows, long k, const float *packed, long n, const float *bias,
                             float *out, int libm);

/// B(p, j) = b[p·b_row + j·b_col] copied into a new k×n row-major array (free it), or NULL
/// when out of memory: how the SIMD paths read a transposed B.
float *overfit_packed_copy(long k, long n, const float *b, long b_row, long b_col);

/// B's kc×nc block (B(p, j) = b[p·b_row + j·b_col]) copied into panels of `panel` columns, each
/// kc rows of `panel` floats, zero-filled past nc (dense_pack.c). packed holds kc·⌈nc/panel⌉·panel.
void overfit_pack_panels(long kc, long nc, long panel, const float *b, long b_row, long b_col, float *packed);

/// A buffer of at least `count` floats, 64-byte aligned, that the calling thread keeps for its
/// next products (freed when the thread exits), or NULL when out of memory. Slots are
/// independent buffers, so one product may hold two. Contents are unspecified.
enum { OVERFIT_SCRATCH_DENSE = 0, OVERFIT_SCRATCH_SPARSE = 1, OVERFIT_SCRATCH_MASKS = 2, OVERFIT_SCRATCH_SLOTS = 3 };
float *overfit_scratch(int slot, size_t count);

/// The sparse kernels' masks: `count` 64-bit words of the thread's OVERFIT_SCRATCH_MASKS buffer.
static inline uint64_t *overfit_scratch_masks(size_t count) {
    return (uint64_t *)(void *)overfit_scratch(OVERFIT_SCRATCH_MASKS, 2 * count);
}

/// Asks for the listing of rows [from, to) (their masks and codes, `slices` masks per row) to be
/// brought into L2 while the rows before them are multiplied: the listing of the 10,000 test images
/// comes from memory, and a tile's rows jump between the rows' codes slice by slice, a pattern the
/// hardware prefetcher does not follow. A hint only: it changes no value.
static inline void overfit_prefetch_listed(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                                           long slices, long from, long to) {
    if (from >= to || slices <= 0) return;
    const char *begin[2] = {(const char *)(codes + row_starts[from]), (const char *)(masks + from * slices)};
    const char *end[2] = {(const char *)(codes + row_starts[to]), (const char *)(masks + to * slices)};
    for (int i = 0; i < 2; i++) {
        for (const char *line = begin[i]; line < end[i]; line += 64) __builtin_prefetch(line, 0, 2);
    }
}

/// A float's bit pattern (IEEE binary32), without the undefined behaviour of a pointer cast.
static inline uint32_t overfit_float_bits(float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

/// `row`, with the compiler kept from folding how it was computed into the loads that use it.
/// The sparse kernels find a row of w as `slice + index · stride` for each nonzero; left alone,
/// compilers load it with base + index addressing, and on Intel cores (Emerald Rapids here) an
/// FMA whose memory operand has an index register takes two slots at rename instead of one
/// ("unlaminated"): with 7 such FMAs a nonzero, the first layer ran 7-8% slower. A row computed once
/// into a register is read with base + displacement instead. Changes no value: only addressing.
static inline const float *overfit_row_address(const float *row) {
    __asm__("" : "+r"(row));
    return row;
}

/// overfit_sparse_columns_used per path; touched is zeroed by the caller.
void overfit_columns_used_portable(const float *x, long rows, long k, uint64_t *touched);

#ifdef OVERFIT_HAS_X86_PATHS
int overfit_has_fma_instructions(void);
void overfit_columns_used_avx2(const float *x, long rows, long k, uint64_t *touched);
void overfit_columns_used_avx512(const float *x, long rows, long k, uint64_t *touched);
void overfit_gemm_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                       const float *b, long b_row, long b_col, float *c, long ldc, int accumulate);
void overfit_gemm_avx512(long m, long n, long k, const float *a, long a_row, long a_col,
                         const float *b, long b_row, long b_col, float *c, long ldc, int accumulate);
/// overfit_gemm_bias on a path: the chains start at bias[j] instead of copied bias rows.
void overfit_gemm_bias_avx2(long m, long n, long k, const float *a, long a_row, long a_col,
                            const float *b, long b_row, long b_col, const float *bias, float *c, long ldc);
void overfit_gemm_bias_avx512(long m, long n, long k, const float *a, long a_row, long a_col,
                              const float *b, long b_row, long b_col, const float *bias, float *c, long ldc);
/// overfit_gemm_segments on a path.
void overfit_gemm_segments_avx2(long m, long n, long segments, long span, const float *a, long a_row,
                                long segment_a, const float *b, long b_row, const float *bias, float *c, long ldc);
void overfit_gemm_segments_avx512(long m, long n, long segments, long span, const float *a, long a_row,
                                  long segment_a, const float *b, long b_row, const float *bias, float *c, long ldc);
void overfit_left_avx2(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_transposed_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw);
/// overfit_sparse_transposed_product on the AVX2 path, `touched` found from the kernel's own masks;
/// 0 when out of memory (nothing written).
int overfit_transposed_set_avx2(const float *x, long rows, long k, const float *dy, long n, float *dw,
                                uint64_t *touched);
void overfit_left_avx512(const float *x, long rows, long k, const float *w, long n, float *out);
void overfit_listed_avx2(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                         long rows, long k, const float *packed, long n, const float *bias, float *out);
void overfit_listed_avx512(const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes, const float *table,
                           long rows, long k, const float *packed, long n, const float *bias, float *out);
#endif

#endif
