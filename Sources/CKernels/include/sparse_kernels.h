#ifndef OVERFIT_SPARSE_KERNELS_H
#define OVERFIT_SPARSE_KERNELS_H

#include <stdint.h>

/// Products whose left operand is mostly zeros, as MNIST pixels are (81% of them): the engine's
/// first layer. Each output starts at what it held and takes one fma per nonzero term, in
/// increasing index order, on every path (an OVERFIT_PATH_* value; one the processor cannot
/// run is replaced by the portable one), so the path and the split of rows between threads
/// change the speed, never the bits. Zero terms (+0 and -0) are skipped, not multiplied.

/// out[r][j] += Σ_{p : x[r][p] ≠ 0} x[r][p] · w[p][j]   for r < rows, j < n, p increasing.
/// x is rows×k, w is k×n, out is rows×n, all row-major. w must have 7 readable floats past its
/// end (engine matrices do): the vector loads of a row's last few columns may reach there.
void overfit_sparse_left_multiply(int path, const float *x, long rows, long k,
                                  const float *w, long n, float *out);

/// dw[p][j] += Σ_{r : x[r][p] ≠ 0} x[r][p] · dy[r][j]   (dw += xᵀ·dy), r increasing.
/// x is rows×k, dy is rows×n, dw is k×n, all row-major. When `touched` is not NULL, its ⌈k / 64⌉
/// words are set to the rows of dw written: bit p % 64 of word p / 64 where some x[r][p] ≠ 0.
void overfit_sparse_transposed_multiply(int path, const float *x, long rows, long k,
                                        const float *dy, long n, float *dw, uint64_t *touched);

/// dw[p][j] = Σ_{r : x[r][p] ≠ 0} x[r][p] · dy[r][j]  (r increasing, each chain from +0) for the
/// rows p of dw where some x[r][p] ≠ 0, which `touched` (⌈k / 64⌉ words, required) receives as in
/// overfit_sparse_transposed_multiply; no other row of dw is written. The bits of zeroing those
/// rows and calling overfit_sparse_transposed_multiply, without writing the zeros and reading them
/// back: a training step's weight gradient, whose other rows the caller keeps at zero.
void overfit_sparse_transposed_product(int path, const float *x, long rows, long k, const float *dy, long n,
                                       float *dw, uint64_t *touched);

/// touched[0 ..< ⌈k / 64⌉] = the columns p of x (rows×k) where some x[r][p] ≠ 0 (C's !=: NaN
/// counts, +0 and -0 do not), bit p % 64 of word p / 64; the same on every path.
void overfit_sparse_columns_used(int path, const float *x, long rows, long k, uint64_t *touched);

// ---- Rows listed once ---------------------------------------------------------------------------
// The test images are evaluated after every epoch and never change: their nonzeros are listed once
// and the first layer's weights are packed once per evaluation, instead of both for every 256 rows
// of every evaluation. A listed value is a byte, the index of its Float in a table of at most 256:
// pixels take at most 256 values, and MNIST's 10,000 test images then list into 2.6 MB (masks
// 1 MB, codes 1.5 MB), where their Floats take 31 MB and Floats listed took 8 MB.

/// How many elements of x (rows×k, row-major) are nonzero (C's !=: NaN counts, +0 and -0 do not).
long overfit_sparse_nonzero_count(const float *x, long rows, long k);

/// Lists the nonzeros of x (rows×k). Slice s of row r is x[r][64·s ..< 64·s + 64], s < slices =
/// ⌈k / 64⌉: masks[r·slices + s] has bit i set where x[r][64·s + i] is nonzero. Row r's nonzeros,
/// slices in order and columns in increasing order within a slice, are coded in
/// codes[row_starts[r] ..< row_starts[r + 1]]; a code c stands for table[c], the nonzero's bits
/// exactly (each NaN keeps its own). codes holds overfit_sparse_nonzero_count(x, rows, k) bytes,
/// row_starts rows + 1 entries, table 256 floats. Returns how many entries of table are used, or
/// -1 when x holds more than 256 distinct nonzero values (nothing written is then of use).
long overfit_sparse_list(const float *x, long rows, long k, uint64_t *masks, int64_t *row_starts, uint8_t *codes,
                         float *table);

/// Floats per row of w packed by overfit_sparse_pack: n rounded up to a multiple of 16.
long overfit_sparse_packed_stride(long n);

/// packed[p·stride + j] = w[p·n + j] for p < k, j < n, and +0 for n ≤ j < stride
/// (stride = overfit_sparse_packed_stride(n)). Aligned to 64 bytes, packed's rows never straddle
/// more cache lines than they must.
void overfit_sparse_pack(const float *w, long k, long n, float *packed);

/// out[r][j] = bias[j] + Σ_{p : x[first + r][p] ≠ 0} x[first + r][p] · w[p][j]  for r < rows, j < n,
/// from x's listing (overfit_sparse_list, over k columns) and w packed by overfit_sparse_pack. Each
/// output's chain starts at bias[j] and takes one fma per nonzero in increasing p, on every path:
/// the bits of copying the bias into out and calling overfit_sparse_left_multiply on x's rows.
/// out is rows×n, row-major.
void overfit_sparse_listed_multiply(int path, const uint64_t *masks, const int64_t *row_starts, const uint8_t *codes,
                                    const float *table, long first, long rows, long k, const float *packed, long n,
                                    const float *bias, float *out);

#endif
