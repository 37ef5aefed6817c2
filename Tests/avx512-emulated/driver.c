// Runs one family of SIMD kernels (`avx512`: dense_avx512.c and sparse_avx512.c, emulated through
// SIMDe on a processor without AVX-512; `avx2`: the AVX2 kernels, natively, to show this driver is
// right) on awkward inputs and compares every output, bit for bit, with the portable kernels
// calling the C library's fmaf: the definition every path must reproduce. Built and run by
// bin/check-avx512-emulated. Exits 1 at the first difference, naming the case.
//
// Cases mirror Tests/OverfitEngineTests/KernelIdentityTests.swift and the engine's callers: sizes
// 1…67 in m, n and k (every SIMD remainder), k = 0, zeros of both signs, negatives, subnormals,
// each operand plain or transposed, row strides longer than the rows (a thread's share of a
// transposed A; padded C, whose padding must stay untouched), accumulate 0 and 1, 300-row and
// MNIST-sized products, and the sparse products on 81%-zero inputs. Every array ends at an
// unreadable page, so a read or write past its end stops the run.
#include "kernel_internal.h"
#include "sparse_kernels.h"
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef void (*Gemm)(long, long, long, const float *, long, long, const float *, long, long, float *, long, int);
typedef void (*Sparse)(const float *, long, long, const float *, long, float *);
typedef void (*GemmBias)(long, long, long, const float *, long, long, const float *, long, long, const float *, float *,
                         long);
typedef void (*GemmSegments)(long, long, long, long, const float *, long, long, const float *, long, const float *,
                             float *, long);
typedef void (*ColumnsUsed)(const float *, long, long, uint64_t *);
typedef void (*Listed)(const uint64_t *, const int64_t *, const uint8_t *, const float *, long, long, const float *, long,
                       const float *, float *);

static struct {
    const char *name;
    Gemm gemm;
    GemmBias gemm_bias;  // chains from a bias row (a layer's Y = X·W + b)
    GemmSegments gemm_segments;  // a convolution's output row from its input rows (terms in runs)
    Sparse left, transposed;
    ColumnsUsed columns_used;  // the rows of dw that xᵀ·dy writes
    Listed listed;  // x listed once (sparse_listed.c), w packed, chains from the bias
    long w_slack;  // floats readable past w's end: the AVX2 path's contract; AVX-512 claims to need none
} family;
static long products, outputs;
// The case being run, for the report of a read or write past an array's end.
static char running[200] = "setup";

// ---- seeded values -----------------------------------------------------------------------------

static uint64_t state;
static uint64_t next_random(void) {  // splitmix64
    uint64_t z = (state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}
static long below(long n) { return (long)(next_random() % (uint64_t)n); }
static float uniform(float low, float high) { return low + (high - low) * (float)(next_random() >> 40) / 16777216.0f; }
static float from_bits(uint32_t bits) {
    float f;
    memcpy(&f, &bits, 4);
    return f;
}
static uint32_t to_bits(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    return bits;
}

// As KernelIdentityTests.awkwardValues: signed zeros, subnormals, 1e-30 to 1e3, both signs.
static float awkward(void) {
    switch (below(10)) {
    case 0: return 0.0f;
    case 1: return -0.0f;
    case 2: return from_bits((uint32_t)below(0x7FFFFF) + 1u);
    case 3: return uniform(-1, 1) * 1e-30f;
    case 4: return uniform(-1000, 1000);
    default: return uniform(-2, 2);
    }
}

// An MNIST-like pixel: 81% zeros (one in eight of them -0), else a grey level, sometimes awkward.
static float pixel(void) {
    if (below(100) < 81) return below(8) == 0 ? -0.0f : 0.0f;
    return below(10) == 0 ? awkward() : (float)(1 + below(255)) / 255.0f;
}

// ---- arrays that end at an unreadable page -----------------------------------------------------

static long page_size;
static float *guarded(long count) {
    long bytes = 4 * count, mapped = (bytes + page_size - 1) / page_size * page_size + page_size;
    char *base = mmap(NULL, (size_t)mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED || mprotect(base + mapped - page_size, (size_t)page_size, PROT_NONE) != 0) {
        perror("driver: mmap");
        exit(2);
    }
    return (float *)(base + mapped - page_size - bytes);
}
static void release(float *array, long count) {
    long bytes = 4 * count, mapped = (bytes + page_size - 1) / page_size * page_size + page_size;
    munmap((char *)array + bytes + page_size - mapped, (size_t)mapped);
}
static float *filled(long count, float (*value)(void)) {
    float *array = guarded(count);
    for (long i = 0; i < count; i++) array[i] = value();
    return array;
}

// w's slack, where the AVX2 path reads but must not use: NaN, which would show in any output it reached.
// Moved, not refilled, so both families draw the same random numbers and so run the same cases.
static float *with_slack(float *w, long count) {
    if (!family.w_slack) return w;
    float *moved = guarded(count + family.w_slack);
    memcpy(moved, w, 4 * (size_t)count);
    for (long i = count; i < count + family.w_slack; i++) moved[i] = NAN;
    release(w, count);
    return moved;
}

// A kernel touched an unreadable page: name the case and stop (async-signal-safe calls only).
static void past_the_end(int signal) {
    (void)signal;
    static const char message[] = "FAILED: the kernel read or wrote past an array's end (SIGSEGV) in ";
    ssize_t written = write(1, message, sizeof message - 1);
    written += write(1, running, strlen(running));
    written += write(1, "\n", 1);
    (void)written;
    _exit(1);
}

// ---- comparison ---------------------------------------------------------------------------------

// Exits 1 at the first output whose bits differ, with the case and both values.
static void compare(const char *what, const float *got, const float *want, long count, long ld, const char *shape) {
    products++, outputs += count;
    if (memcmp(got, want, 4 * (size_t)count) == 0) return;
    long i = 0;
    while (to_bits(got[i]) == to_bits(want[i])) i++;
    printf("MISMATCH %s %s %s: output %ld (row %ld, column %ld): kernel 0x%08x (%.9g), portable 0x%08x (%.9g)\n",
           family.name, what, shape, i, i / ld, i % ld, to_bits(got[i]), got[i], to_bits(want[i]), want[i]);
    exit(1);
}

// One dense product: A m×k (or k×m stored, transposed) with rows lda ≥ its width, B likewise, C
// m×ldc with ldc ≥ n; the padding of C starts awkward and must come out as it went in.
static void dense_case(long m, long n, long k, int a_transposed, int b_transposed, long pad, int accumulate) {
    long lda = (a_transposed ? m : k) + pad, ldb = (b_transposed ? k : n) + pad, ldc = n + pad;
    long a_count = (a_transposed ? k : m) * lda, b_count = (b_transposed ? n : k) * ldb, c_count = m * ldc;
    float *a = filled(a_count, awkward), *b = filled(b_count, awkward), *c = filled(c_count, awkward);
    float *want = guarded(c_count);
    memcpy(want, c, 4 * (size_t)c_count);
    long a_row = a_transposed ? 1 : lda, a_col = a_transposed ? lda : 1;
    long b_row = b_transposed ? 1 : ldb, b_col = b_transposed ? ldb : 1;
    char shape[160];
    snprintf(shape, sizeof shape, "m=%ld n=%ld k=%ld a_row=%ld a_col=%ld b_row=%ld b_col=%ld ldc=%ld accumulate=%d", m,
             n, k, a_row, a_col, b_row, b_col, ldc, accumulate);
    snprintf(running, sizeof running, "%s gemm %s", family.name, shape);
    family.gemm(m, n, k, a, a_row, a_col, b, b_row, b_col, c, ldc, accumulate);
    overfit_gemm_portable(m, n, k, a, a_row, a_col, b, b_row, b_col, want, ldc, accumulate, 1);
    compare("gemm", c, want, c_count, ldc, shape);
    if (accumulate) {
        // The same product from a bias row: C's padding must again come out as it went in.
        float *bias = filled(n, awkward);
        memcpy(c, want, 4 * (size_t)c_count);
        for (long i = 0; i < m; i++) memcpy(want + i * ldc, bias, 4 * (size_t)n);
        snprintf(running, sizeof running, "%s gemm from the bias %s", family.name, shape);
        family.gemm_bias(m, n, k, a, a_row, a_col, b, b_row, b_col, bias, c, ldc);
        overfit_gemm_portable(m, n, k, a, a_row, a_col, b, b_row, b_col, want, ldc, 1, 1);
        compare("gemm from the bias", c, want, c_count, ldc, shape);
        release(bias, n);
    }
    release(a, a_count), release(b, b_count), release(c, c_count), release(want, c_count);
}

// A convolution's output row from the input rows: m positions a_row floats apart, `segments`
// runs of `span` terms, run s from a + s·segment_a; C padded, its padding kept. The definition:
// the bias in every row, then each run accumulated by the portable product.
static void segments_case(long m, long n, long segments, long span, long a_row, long pad) {
    long segment_a = (m - 1) * a_row + span + pad, ldc = n + pad;
    long a_count = segments > 0 ? (segments - 1) * segment_a + (m - 1) * a_row + span : 0;
    long b_count = segments * span * n, c_count = m * ldc;
    a_count = a_count > 0 ? a_count : 1, b_count = b_count > 0 ? b_count : 1;
    float *a = filled(a_count, awkward), *b = filled(b_count, awkward), *bias = filled(n, awkward);
    float *c = filled(c_count, awkward), *want = guarded(c_count);
    memcpy(want, c, 4 * (size_t)c_count);
    for (long i = 0; i < m; i++) memcpy(want + i * ldc, bias, 4 * (size_t)n);
    for (long s = 0; s < segments; s++)
        overfit_gemm_portable(m, n, span, a + s * segment_a, a_row, 1, b + s * span * n, n, 1, want, ldc, 1, 1);
    char shape[160];
    snprintf(shape, sizeof shape, "m=%ld n=%ld segments=%ld span=%ld a_row=%ld segment_a=%ld ldc=%ld", m, n, segments,
             span, a_row, segment_a, ldc);
    snprintf(running, sizeof running, "%s gemm in runs %s", family.name, shape);
    family.gemm_segments(m, n, segments, span, a, a_row, segment_a, b, n, bias, c, ldc);
    compare("gemm in runs", c, want, c_count, ldc, shape);
    release(a, a_count), release(b, b_count), release(bias, n), release(c, c_count), release(want, c_count);
}

static void segments_cases(void) {
    // LeNet's two stages' rows (24 positions × 16 channels, 5 runs of 5; 8 × 32, 5 runs of 80),
    // then every tile height, column remainder and column block, runs of 0 to 3 terms.
    segments_case(24, 16, 5, 5, 1, 4);
    segments_case(8, 32, 5, 80, 16, 0);
    for (long m = 1; m <= 17; m++)
        for (long n = 1; n <= 67; n += 3) segments_case(m, n, m % 4, (m + n) % 4, 1 + n % 3, m % 2);
}

// Every operand layout, unpadded and padded, from +0 and from C.
static void dense_shape(long m, long n, long k) {
    for (int accumulate = 0; accumulate < 2; accumulate++)
        for (int layout = 0; layout < 4; layout++)
            for (long pad = 0; pad <= 3; pad += 3) dense_case(m, n, k, layout & 1, layout >> 1, pad, accumulate);
}

// The same x·w from x's listing and w packed, each chain from an awkward bias, into an output
// that ends at an unreadable page (the kernels store under masks, or blend inside the output).
// A listing codes at most 256 distinct values: x's nonzeros (NaN kept) are first mapped onto 200.
static void listed_case(const float *pixels, long rows, long k, const float *w, long n, const char *shape) {
    static float palette[200];
    static int painted;
    for (; painted < 200; painted++) {
        float value = awkward();
        palette[painted] = value != 0.0f ? value : 0.5f;
    }
    float *x = guarded(rows * k > 0 ? rows * k : 1);
    for (long i = 0; i < rows * k; i++) {
        x[i] = pixels[i] != 0.0f && pixels[i] == pixels[i] ? palette[(i * 7919) % 200] : pixels[i];
    }
    long slices = (k + 63) / 64, nonzeros = overfit_sparse_nonzero_count(x, rows, k);
    long stride = overfit_sparse_packed_stride(n), lists = rows * slices > 0 ? rows * slices : 1;
    uint64_t *masks = malloc(sizeof(uint64_t) * (size_t)lists);
    int64_t *row_starts = malloc(sizeof(int64_t) * (size_t)(rows + 1));
    uint8_t *codes = malloc((size_t)(nonzeros > 0 ? nonzeros : 1));
    float *table = guarded(256), *packed = guarded(k * stride > 0 ? k * stride : 1);
    float *bias = filled(n, awkward), *out = guarded(rows * n), *want = guarded(rows * n);
    if (!masks || !row_starts || !codes) {
        perror("driver: malloc");
        exit(2);
    }
    if (overfit_sparse_list(x, rows, k, masks, row_starts, codes, table) < 0) {
        printf("driver: %s: more than 256 distinct values to list\n", shape);
        exit(2);
    }
    overfit_sparse_pack(w, k, n, packed);
    snprintf(running, sizeof running, "%s listed x·w %s", family.name, shape);
    family.listed(masks, row_starts, codes, table, rows, k, packed, n, bias, out);
    overfit_listed_portable(masks, row_starts, codes, table, rows, k, packed, n, bias, want, 1);
    compare("listed x·w", out, want, rows * n, n, shape);
    free(masks), free(row_starts), free(codes);
    release(x, rows * k > 0 ? rows * k : 1), release(table, 256), release(packed, k * stride > 0 ? k * stride : 1);
    release(bias, n), release(out, rows * n), release(want, rows * n);
}

// out (rows×n) += x·w and dw (k×n) += xᵀ·dy, each from awkward starting values.
static void sparse_case(long rows, long k, long n, float (*x_value)(void)) {
    float *x = filled(rows * k, x_value), *w = with_slack(filled(k * n, awkward), k * n);
    float *dy = filled(rows * n, awkward), *out = filled(rows * n, awkward), *dw = filled(k * n, awkward);
    float *want_out = guarded(rows * n), *want_dw = guarded(k * n);
    memcpy(want_out, out, 4 * (size_t)(rows * n)), memcpy(want_dw, dw, 4 * (size_t)(k * n));
    char shape[96];
    snprintf(shape, sizeof shape, "rows=%ld k=%ld n=%ld", rows, k, n);
    snprintf(running, sizeof running, "%s sparse x·w %s", family.name, shape);
    family.left(x, rows, k, w, n, out);
    overfit_sparse_portable(x, rows, k, w, n, want_out, 0, 1);
    snprintf(running, sizeof running, "%s sparse xᵀ·dy %s", family.name, shape);
    family.transposed(x, rows, k, dy, n, dw);
    overfit_sparse_portable(x, rows, k, dy, n, want_dw, 1, 1);
    compare("sparse x·w", out, want_out, rows * n, n, shape);
    compare("sparse xᵀ·dy", dw, want_dw, k * n, n, shape);
    long words = (k + 63) / 64 > 0 ? (k + 63) / 64 : 1;
    uint64_t *used = calloc((size_t)words, 8), *want_used = calloc((size_t)words, 8);
    snprintf(running, sizeof running, "%s columns used %s", family.name, shape);
    family.columns_used(x, rows, k, used);
    overfit_columns_used_portable(x, rows, k, want_used);
    if (memcmp(used, want_used, 8 * (size_t)words) != 0) {
        printf("%s: columns used differ from the portable path's (%s)\n", family.name, shape);
        exit(1);
    }
    free(used), free(want_used);
    listed_case(x, rows, k, w, n, shape);
    release(x, rows * k), release(w, k * n + family.w_slack), release(dy, rows * n), release(out, rows * n);
    release(dw, k * n), release(want_out, rows * n), release(want_dw, k * n);
}

// A pixel that is sometimes NaN, which the kernels must count as nonzero (C's !=), not skip: it
// turns its outputs to NaN. One quiet NaN of one sign, which every fma passes on unchanged.
static float pixel_or_nan(void) { return below(50) == 0 ? from_bits(0x7FC00000u) : pixel(); }

// Pixels in a pattern, as the Swift identity test: two in three zero, some of them -0.
static long pattern_index;
static float patterned(void) {
    long i = pattern_index++;
    return i % 3 != 0 ? (i % 7 == 0 ? -0.0f : 0.0f) : awkward();
}
static void patterned_case(long rows, long k, long n) {
    pattern_index = 0;
    sparse_case(rows, k, n, patterned);
}

// ---- one rounding per term -----------------------------------------------------------------------

// a·b + c with a = b = 1 + 2⁻¹², c = -(1 + 2⁻¹¹): fused, 2⁻²⁴; multiplied then added, 0. Every
// lane of a full dense tile and of a sparse row must give the fused value, so an emulation that
// rounds twice fails here whatever the other cases do.
static void fused_case(void) {
    volatile float a = 1.0f + 0x1p-12f, c = -(1.0f + 0x1p-11f);
    float fused = fmaf(a, a, c), unfused = a * a + c;
    if (to_bits(fused) == to_bits(unfused)) {
        printf("driver: fmaf and a·b + c agree on the fused case (0x%08x): the test case is wrong\n", to_bits(fused));
        exit(2);
    }
    enum { M = 9, N = 33 };
    snprintf(running, sizeof running, "%s fused case (m=9 n=33 k=1)", family.name);
    float *x = guarded(M), *w = guarded(N + family.w_slack), *c_ = guarded(M * N), *want = guarded(M * N);
    for (long i = 0; i < M; i++) x[i] = a;
    for (long j = 0; j < N + family.w_slack; j++) w[j] = a;
    for (long i = 0; i < M * N; i++) c_[i] = want[i] = c;
    family.gemm(M, N, 1, x, 1, 1, w, N, 1, c_, N, 1);
    overfit_gemm_portable(M, N, 1, x, 1, 1, w, N, 1, want, N, 1, 1);
    compare("gemm (fused case)", c_, want, M * N, N, "m=9 n=33 k=1 accumulate=1");
    for (long i = 0; i < M * N; i++) {
        if (to_bits(c_[i]) != to_bits(fused)) {
            printf("MISMATCH %s gemm (fused case): output %ld is 0x%08x, fma gives 0x%08x, mul+add 0x%08x\n",
                   family.name, i, to_bits(c_[i]), to_bits(fused), to_bits(unfused));
            exit(1);
        }
    }
    for (long i = 0; i < M * N; i++) c_[i] = want[i] = c;
    family.left(x, M, 1, w, N, c_);
    overfit_sparse_portable(x, M, 1, w, N, want, 0, 1);
    compare("sparse x·w (fused case)", c_, want, M * N, N, "rows=9 k=1 n=33");
    printf("%s: fused multiply-add confirmed: fma 0x%08x, mul+add 0x%08x, kernels 0x%08x\n", family.name,
           to_bits(fused), to_bits(unfused), to_bits(c_[0]));
    release(x, M), release(w, N + family.w_slack), release(c_, M * N), release(want, M * N);
}

// ---- the cases ---------------------------------------------------------------------------------

static void dense_cases(void) {
    // KernelIdentityTests' shapes, then every tile height and column remainder, then random shapes.
    static const long fixed[][3] = {{1, 1, 1},      {1, 67, 0},    {67, 1, 67},    {7, 9, 0},
                                    {6, 16, 100},   {13, 100, 10}, {64, 65, 66},   {300, 100, 100},
                                    {100, 100, 784}, {784, 100, 100}, {100, 784, 100}, {300, 10, 100}};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) dense_shape(fixed[i][0], fixed[i][1], fixed[i][2]);
    for (long m = 1; m <= 17; m++)
        for (long n = 1; n <= 67; n++) dense_shape(m, n, (m + n) % 4);
    for (long m = 18; m <= 67; m++) dense_shape(m, 1 + m * 3 % 67, m % 5);
    for (long k = 0; k <= 67; k++) dense_shape(1 + k % 17, 1 + k * 5 % 67, k);
    // Drawn one statement at a time: C leaves the order of a call's arguments to the compiler.
    for (int i = 0; i < 80; i++) {
        long m = 1 + below(67), n = 1 + below(67), k = below(68);
        dense_shape(m, n, k);
    }
}

static void sparse_cases(void) {
    static const long fixed[][3] = {{1, 1, 1}, {3, 67, 5}, {9, 50, 13}, {33, 64, 100}, {70, 130, 67}, {5, 0, 3}};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) patterned_case(fixed[i][0], fixed[i][1], fixed[i][2]);
    // MNIST's first layer (784 pixels), for tile and packing edges (32 and 64 rows) and the
    // 128-column blocks.
    static const long rows[] = {1, 31, 32, 33, 63, 64, 65, 100, 300};
    static const long widths[] = {10, 100, 128, 129, 257};
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
        for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) sparse_case(rows[r], 784, widths[w], pixel);
    // Every column remainder, slice edges in k (63, 64, 65 pixels), k = 0.
    static const long ks[] = {0, 1, 63, 64, 65, 130};
    for (long n = 1; n <= 67; n++)
        for (size_t i = 0; i < sizeof ks / sizeof ks[0]; i++) sparse_case(1 + (n * 7 + (long)i) % 70, ks[i], n, pixel);
    for (int i = 0; i < 50; i++) {
        long rows = 1 + below(100), k = below(200) + (i >= 40), n = 1 + below(140);
        sparse_case(rows, k, n, i >= 40 ? pixel_or_nan : below(2) ? pixel : awkward);
    }
}

int main(int argc, char **argv) {
    page_size = sysconf(_SC_PAGESIZE);
    if (argc == 2 && strcmp(argv[1], "avx512") == 0) {
        family.name = "avx512 (SIMDe)";
        family.gemm = overfit_gemm_avx512, family.left = overfit_left_avx512;
        family.gemm_bias = overfit_gemm_bias_avx512, family.gemm_segments = overfit_gemm_segments_avx512;
        // xᵀ·dy and the few-row x·w run the AVX2 kernels on this path (natively: this check needs AVX2).
        family.transposed = overfit_transposed_avx2, family.w_slack = 7;
        family.columns_used = overfit_columns_used_avx512;
        family.listed = overfit_listed_avx512;
    } else if (argc == 2 && strcmp(argv[1], "avx2") == 0) {
        if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma") || !__builtin_cpu_supports("bmi")) {
            printf("avx2: this processor lacks AVX2, FMA or BMI; skipped\n");
            return 0;
        }
        family.name = "avx2 (native)";
        family.gemm = overfit_gemm_avx2, family.left = overfit_left_avx2;
        family.gemm_bias = overfit_gemm_bias_avx2, family.gemm_segments = overfit_gemm_segments_avx2;
        family.transposed = overfit_transposed_avx2, family.w_slack = 7;
        family.columns_used = overfit_columns_used_avx2;
        family.listed = overfit_listed_avx2;
    } else {
        fprintf(stderr, "usage: driver avx512|avx2\n");
        return 2;
    }
    signal(SIGSEGV, past_the_end);
    state = 20261127;
    fused_case();
    dense_cases();
    segments_cases();
    long dense = products;
    sparse_cases();
    printf("%s: %ld dense and %ld sparse products (%ld outputs) bit-identical to the portable kernels (libm fmaf)\n",
           family.name, dense, products - dense, outputs);
    return 0;
}
