#ifndef OVERFIT_PIXEL_KERNELS_H
#define OVERFIT_PIXEL_KERNELS_H

#include <stdint.h>

/// out[i] = (float)bytes[i] / 255.0f for i < count: a pixel's byte as a Float in [0, 1]. One IEEE
/// division each, correctly rounded, so every path (an OVERFIT_PATH_* value; one this processor
/// cannot run is replaced by the portable one) gives the bits of Swift's Float(b) / 255.
void overfit_scale_pixels(int path, const uint8_t *bytes, long count, float *out);

#endif
