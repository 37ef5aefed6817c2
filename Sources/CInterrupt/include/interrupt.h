#ifndef OVERFIT_INTERRUPT_H
#define OVERFIT_INTERRUPT_H

/// Installs a SIGINT handler that only records that Ctrl-C was pressed.
void overfit_interrupt_install(void);
/// Restores the default SIGINT behaviour (the process ends on Ctrl-C).
void overfit_interrupt_uninstall(void);
/// 1 if Ctrl-C was pressed since the last clear, else 0.
int overfit_interrupt_pending(void);
void overfit_interrupt_clear(void);
/// Installs SIGTERM and SIGHUP handlers that record a hang-up (and count as Ctrl-C for a run).
void overfit_hangup_install(void);
/// 1 once SIGTERM or SIGHUP arrived.
int overfit_hangup_pending(void);

#endif
