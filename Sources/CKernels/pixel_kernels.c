#include "pixel_kernels.h"
#include "kernel_internal.h"
#include "kernel_paths.h"

// Why C: a batch's pixels are converted from bytes for every training step (78,400 for a batch
// of 100 MNIST images) and the training images again for every epoch's measurement; Swift's loop,
// built for baseline x86-64, looked each byte up in a table one at a time (16% of the profile of
// the 60,000-image run). Here the compiler vectorises the conversion and the division at the
// path's width; a division is exact to the last bit on every path (IEEE, round to nearest).
#define SCALE_LOOP                                                                                                     \
    for (long i = 0; i < count; i++) out[i] = (float)bytes[i] / 255.0f;

static void scale_portable(const uint8_t *restrict bytes, long count, float *restrict out) { SCALE_LOOP }

#ifdef OVERFIT_HAS_X86_PATHS
__attribute__((target("avx2")))
static void scale_avx2(const uint8_t *restrict bytes, long count, float *restrict out) { SCALE_LOOP }

__attribute__((target("avx512f")))
static void scale_avx512(const uint8_t *restrict bytes, long count, float *restrict out) { SCALE_LOOP }
#endif

void overfit_scale_pixels(int path, const uint8_t *bytes, long count, float *out) {
    if (!overfit_path_supported(path)) path = OVERFIT_PATH_PORTABLE;
#ifdef OVERFIT_HAS_X86_PATHS
    switch (path) {
    case OVERFIT_PATH_AVX512: scale_avx512(bytes, count, out); return;
    case OVERFIT_PATH_AVX2: scale_avx2(bytes, count, out); return;
    }
#endif
    scale_portable(bytes, count, out);
}
