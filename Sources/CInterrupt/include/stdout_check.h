#ifndef OVERFIT_STDOUT_CHECK_H
#define OVERFIT_STDOUT_CHECK_H

/// Flushes C's buffered standard output (descriptor 1) or standard error (2) and says whether
/// any write to it has failed (1) or not (0). Swift 6 cannot touch the global `stdout` and
/// `stderr` FILE pointers without a data-race error.
int overfit_stdio_flush_failed(int descriptor);

#endif
