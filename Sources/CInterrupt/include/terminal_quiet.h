#ifndef OVERFIT_TERMINAL_QUIET_H
#define OVERFIT_TERMINAL_QUIET_H

/// Stops standard input echoing typed keys (and `^C`) while a live line is drawn.
/// Returns 0 if the terminal was changed. The saved mode comes back with
/// `overfit_terminal_restore`, and also at exit and on SIGTERM, SIGHUP or SIGQUIT, so a
/// tutor that dies mid-run does not leave the learner's shell without echo.
int overfit_terminal_quiet(void);
/// Puts back the mode saved by `overfit_terminal_quiet`; does nothing if it is not in force.
void overfit_terminal_restore(void);

#endif
