#ifndef OVERFIT_UPDATE_KERNELS_H
#define OVERFIT_UPDATE_KERNELS_H

#include <stdint.h>

/// The optimisers' element-wise updates, vectorised per path. Each element is the same IEEE
/// operations in the same order on every path (a multiply, then a subtraction or an addition;
/// never fused: the kernels build with -ffp-contract=off), so the path changes the speed, never
/// the bits. An `OVERFIT_PATH_*` value the processor cannot run is replaced by the portable one.

/// w[i] = w[i] − lr·g[i] for i < count (plain SGD). w and g do not overlap.
void overfit_sgd_update(int path, float *w, const float *g, float lr, long count);

/// overfit_sgd_update on the rows of w and g (`columns` floats each, `rows` of them) whose bit is
/// set in row_bits (bit r % 64 of word r / 64); the other rows are left as they are: where g is
/// +0, w − lr·(+0) is w, so this is overfit_sgd_update bit for bit when every other row of g is +0.
void overfit_sgd_update_rows(int path, float *w, const float *g, float lr, long columns, const uint64_t *row_bits,
                             long rows);

/// v[i] = μ·v[i] + g[i]; w[i] = w[i] − lr·v[i] for i < count (SGD with momentum, as PyTorch
/// defines it). w, v and g do not overlap.
void overfit_momentum_update(int path, float *w, float *v, const float *g, float lr, float mu, long count);

#endif
