#ifndef OVERFIT_IMAGE_KERNELS_H
#define OVERFIT_IMAGE_KERNELS_H

#include <stdint.h>

// A convolutional network's data movement, for NHWC images (rows of height·width·channels floats):
// pure copies and comparisons, so every path gives the same bits; `path` (an OVERFIT_PATH_* value;
// one this processor cannot run is replaced by the portable one) only picks the vector width.

/// im2col: for each of `images` images (`height`×`width`×`channels`) and each output position
/// (oy, ox) of a `kernel`×`kernel` window (stride 1, no padding), one patch row of
/// kernel·kernel·channels floats: for ky = 0..<kernel, the kernel·channels contiguous floats of
/// input row oy+ky from column ox. Patch rows follow one another, images one after another.
/// Copies eight floats at a time: up to seven floats past the last span are read from `input`
/// and written to `patches`, so both need eight floats of slack past their ends.
void overfit_unfold(int path, const float *input, long images, long height, long width, long channels, long kernel,
                    float *patches);

/// 2×2 max-pooling with stride 2, odd sizes rounded down: y[oy, ox, c] is the largest of
/// x[2oy..2oy+1, 2ox..2ox+1, c] read in the order (0,0), (0,1), (1,0), (1,1); a later value wins
/// when it is larger, or when it is a NaN and the current maximum is not (the first maximum wins
/// ties). `winners`, when not NULL, receives the offset within its image of each output's winner.
void overfit_max_pool(int path, const float *x, long images, long height, long width, long channels, float *y,
                      int32_t *winners);

#endif
