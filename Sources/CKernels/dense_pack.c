#include "kernel_internal.h"
#include <stdlib.h>

// B(p, j) = b[p·b_row + j·b_col] copied into k×n row-major, so that a vector load reads eight
// adjacent columns. For a transposed B (b_row = 1) the copy goes in 16×16 blocks, which read
// and write whole cache lines instead of one float per line.
float *overfit_packed_copy(long k, long n, const float *b, long b_row, long b_col) {
    float *packed = malloc(sizeof(float) * (size_t)(k * n));
    if (!packed) return NULL;
    enum { BLOCK = 16 };
    for (long p0 = 0; p0 < k; p0 += BLOCK) {
        long p1 = p0 + BLOCK < k ? p0 + BLOCK : k;
        for (long j0 = 0; j0 < n; j0 += BLOCK) {
            long j1 = j0 + BLOCK < n ? j0 + BLOCK : n;
            for (long j = j0; j < j1; j++) {
                for (long p = p0; p < p1; p++) packed[p * n + j] = b[p * b_row + j * b_col];
            }
        }
    }
    return packed;
}
