//! The progress bar: on standard error, for many inputs, and only where a
//! person is watching.
//!
//! It shows when all of these hold: there are at least [`MIN_INPUTS`]
//! inputs, standard error is a terminal, standard output is not (the
//! summaries go to a file or a pipe: on a shared terminal the bar would tear
//! the printed summaries), the format is not JSON (programs read that, as in
//! hyperfine's plain styles) and `--quiet` is not given. Messages about single
//! inputs go through [`Progress::warn`], which lifts the bar while it prints.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::time::Duration;

/// Writes one line on standard error. A failure to write it (a full disk,
/// a closed descriptor) is ignored: a message about one input must never stop
/// the run, or lose the results still on their way to standard output.
pub fn note(message: impl Display) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// Fewer inputs than this finish too fast for a bar to help.
pub const MIN_INPUTS: usize = 10;

/// Where a bar may be drawn, and what the user asked for.
#[derive(Clone, Copy, Debug)]
pub struct Conditions {
    /// The number of inputs.
    pub inputs: usize,
    /// Whether the output format is JSON.
    pub json: bool,
    /// `--quiet`.
    pub quiet: bool,
    /// Whether standard error is a terminal.
    pub stderr_tty: bool,
    /// Whether standard output is a terminal.
    pub stdout_tty: bool,
}

impl Conditions {
    /// The conditions of this process for `inputs` inputs.
    pub fn detect(inputs: usize, json: bool, quiet: bool) -> Conditions {
        Conditions {
            inputs,
            json,
            quiet,
            stderr_tty: std::io::stderr().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
        }
    }

    /// Whether a bar should be drawn.
    pub fn show(&self) -> bool {
        self.inputs >= MIN_INPUTS
            && self.stderr_tty
            && !self.stdout_tty
            && !self.json
            && !self.quiet
    }
}

/// A bar, or nothing when it should not show.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar over `conditions.inputs` steps if [`Conditions::show`] says so.
    pub fn new(conditions: Conditions) -> Progress {
        let bar = conditions.show().then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(conditions.inputs as u64),
                ProgressDrawTarget::stderr(),
            );
            // The template is a constant; it parses.
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} inputs {eta}") {
                bar.set_style(style);
            }
            // Draw at once and keep the estimate fresh while a slow input
            // runs.
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress { bar }
    }

    /// One more input done.
    pub fn inc(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Prints one line on standard error without tearing the bar.
    pub fn warn(&self, message: impl Display) {
        match &self.bar {
            Some(bar) => bar.suspend(|| note(message)),
            None => note(message),
        }
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watched(inputs: usize) -> Conditions {
        Conditions {
            inputs,
            json: false,
            quiet: false,
            stderr_tty: true,
            stdout_tty: false,
        }
    }

    #[test]
    fn shows_for_many_inputs_on_a_terminal() {
        assert!(watched(MIN_INPUTS).show());
        assert!(!watched(MIN_INPUTS - 1).show());
    }

    #[test]
    fn never_with_json_quiet_a_pipe_or_a_shared_terminal() {
        let base = watched(100);
        assert!(!Conditions { json: true, ..base }.show());
        assert!(
            !Conditions {
                quiet: true,
                ..base
            }
            .show()
        );
        assert!(
            !Conditions {
                stderr_tty: false,
                ..base
            }
            .show()
        );
        assert!(
            !Conditions {
                stdout_tty: true,
                ..base
            }
            .show()
        );
    }

    #[test]
    fn a_hidden_bar_accepts_calls() {
        let progress = Progress::new(watched(1));
        assert!(progress.bar.is_none());
        progress.inc();
        progress.finish();
    }
}
