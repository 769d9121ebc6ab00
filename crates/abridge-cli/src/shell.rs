//! Shell integration: completion scripts and the manual page, both generated
//! from the clap definition in `args.rs`, so they cannot drift from `--help`.
//!
//! Both write to standard output; where the user installs them is theirs to
//! choose (the examples are in `abridge completions --help`).

use crate::args::Args;
use crate::run::StdoutFailed;
use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::{self, Write};
use std::path::Path;

/// Writes the completion script for `shell`.
pub fn completions(shell: Shell, out: &mut impl Write) -> Result<()> {
    let mut command = Args::command();
    // clap_complete panics when its writer fails, so a closed pipe
    // (`abridge completions bash | head`) would abort: render to memory first.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "abridge", &mut script);
    out.write_all(&script)
        .and_then(|()| out.flush())
        .map_err(StdoutFailed)?;
    Ok(())
}

/// Writes every manual page into `dir`: `abridge.1` and one page per
/// subcommand (`abridge-idf-build.1`, ...), which `abridge.1`'s SUBCOMMANDS
/// section names.
pub fn man_pages(dir: &Path) -> Result<()> {
    clap_mangen::generate_to(Args::command(), dir)
        .with_context(|| format!("{}: cannot write the manual pages", dir.display()))
}

/// Writes the manual page of `abridge` in roff. Its SUBCOMMANDS section
/// names the subcommands' pages, which [`man_pages`] writes.
pub fn man(out: &mut impl Write) -> Result<()> {
    let command = Args::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    out.write_all(&page)
        .and_then(|()| out.flush())
        .map_err(StdoutFailed)?;
    Ok(())
}

/// Standard output, for the handlers above.
pub fn stdout() -> io::StdoutLock<'static> {
    io::stdout().lock()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_that_names_the_flags() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
            let mut out = Vec::new();
            completions(shell, &mut out).unwrap();
            let script = String::from_utf8(out).unwrap();
            assert!(script.contains("format"), "{shell}");
            // PowerShell's script completes flags but not their values.
            if shell != Shell::PowerShell {
                assert!(script.contains("markdown"), "{shell}");
            }
            assert!(script.contains("completions"), "{shell}");
        }
    }

    /// Issue 12, item 8: the pages that `abridge.1` names all exist.
    #[test]
    fn every_page_the_main_page_names_is_written() {
        let dir = tempfile::tempdir().unwrap();
        man_pages(dir.path()).unwrap();
        let main = std::fs::read_to_string(dir.path().join("abridge.1")).unwrap();
        for page in [
            "abridge-completions",
            "abridge-man",
            "abridge-idf",
            "abridge-eval",
        ] {
            assert!(main.contains(&page.replace('-', "\\-")), "{page} not named");
            assert!(dir.path().join(format!("{page}.1")).is_file(), "{page}.1");
        }
        for page in [
            "abridge-idf-build",
            "abridge-idf-merge",
            "abridge-eval-summary",
        ] {
            assert!(dir.path().join(format!("{page}.1")).is_file(), "{page}.1");
        }
    }

    #[test]
    fn the_man_page_has_a_name_and_the_flags() {
        let mut out = Vec::new();
        man(&mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.starts_with(".ie") || page.contains(".TH abridge"));
        assert!(page.contains("\\-\\-format"));
        assert!(page.contains("completions"));
    }
}
