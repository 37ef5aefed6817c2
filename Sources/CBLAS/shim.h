#include <cblas.h>
// Declared by OpenBLAS's cblas.h; repeated so the shim also builds against a plain CBLAS header.
void openblas_set_num_threads(int num_threads);
