#ifndef OVERFIT_INTERRUPT_H
#define OVERFIT_INTERRUPT_H

/// Installs a SIGINT handler that only records that Ctrl-C was pressed.
void overfit_interrupt_install(void);
/// Restores the default SIGINT behaviour (the process ends on Ctrl-C).
void overfit_interrupt_uninstall(void);
/// 1 if Ctrl-C was pressed since the last clear, else 0.
int overfit_interrupt_pending(void);
void overfit_interrupt_clear(void);
/// Installs SIGTERM, SIGHUP and SIGQUIT handlers that record a request to stop (and count as
/// Ctrl-C for a run). A SIGHUP ignored by the parent (nohup) stays ignored.
void overfit_hangup_install(void);
/// SIGINT asks to stop, as SIGTERM does (a script: Ctrl-C stops it, not only its run).
void overfit_stop_on_interrupt_install(void);
/// 1 once a signal asked to stop.
int overfit_hangup_pending(void);
/// The first signal that asked to stop, or 0.
int overfit_stop_signal(void);
/// A descriptor that becomes readable when any of the handlers above has run (a self-pipe;
/// opened by the stop installers), or -1: poll it beside standard input to wake on a signal.
int overfit_wake_descriptor(void);
/// SIGQUIT ends the process as SIGTERM would (no runtime crash report).
void overfit_quit_as_terminate_install(void);

#endif
