//! Files the binary writes (`idf build -o`, `idf merge -o`, `eval --dump`):
//! written whole or not at all, and never over one of the command's inputs.
//!
//! A file is written to a temporary file beside it, then renamed over the
//! target, so a reader never sees half a file and a failed write leaves the
//! old file as it was. Before that, the target is compared with the inputs:
//! writing a model over a document it counts, or a dump over its data, would
//! destroy what the user asked to read.

use anyhow::{Context, Result, bail};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Refuses `output` when it is the same file as one of `inputs` (the same
/// file under another name or through a link counts too).
pub fn refuse_overwriting_inputs<'a>(
    output: &Path,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<()> {
    if output.as_os_str() == "-" {
        return Ok(());
    }
    // A file that does not exist yet is no input.
    let Ok(target) = std::fs::metadata(output) else {
        return Ok(());
    };
    for input in inputs {
        if input.as_os_str() != "-" && same_file(output, &target, input) {
            bail!(
                "{}: the output is also an input ({}); refusing to overwrite it",
                crate::input::name(output),
                crate::input::name(input)
            );
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(_: &Path, target: &std::fs::Metadata, input: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(input).is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
}

#[cfg(not(unix))]
fn same_file(output: &Path, _: &std::fs::Metadata, input: &Path) -> bool {
    match (output.canonicalize(), input.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `path` through `write`, atomically: into a temporary file in the
/// same folder, renamed over `path` once complete. `what` names the file in
/// errors ("the IDF model").
pub fn write_atomically(
    path: &Path,
    what: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let name = crate::input::name(path);
    let temporary = temporary_path(path);
    let file = File::options()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .with_context(|| format!("{name}: cannot create {what}"))?;
    let mut out = BufWriter::new(file);
    let written = write(&mut out)
        .and_then(|()| out.flush())
        .and_then(|()| out.get_ref().sync_all())
        .and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = written {
        // The temporary file is of no use to anyone; the target is untouched.
        let _ = std::fs::remove_file(&temporary);
        return Err(error).with_context(|| format!("{name}: cannot write {what}"));
    }
    Ok(())
}

/// A name beside `path` that no other abridge process writes at once.
fn temporary_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_else(|| "output".as_ref()));
    name.push(format!(".abridge-{}.tmp", std::process::id()));
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_file_replaces_the_old_one_and_leaves_nothing_beside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.json");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, "the model", |out| out.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.json");
        std::fs::write(&path, "old").unwrap();
        let error =
            write_atomically(&path, "the model", |_| Err(io::Error::other("full"))).unwrap_err();
        assert!(format!("{error:#}").contains("cannot write the model: full"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_input_is_not_an_output_under_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.txt");
        std::fs::write(&input, "text").unwrap();
        let other = dir.path().join("sub/../a.txt");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(refuse_overwriting_inputs(&other, [input.as_path()]).is_err());
        let fresh = dir.path().join("model.json");
        assert!(refuse_overwriting_inputs(&fresh, [input.as_path()]).is_ok());
        assert!(refuse_overwriting_inputs(Path::new("-"), [input.as_path()]).is_ok());
    }
}
