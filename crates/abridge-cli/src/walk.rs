//! Turning the command line's paths into the list of inputs: folders are
//! walked recursively.
//!
//! Rules, chosen so that the same folder gives the same output anywhere:
//! - the files found under a folder are sorted by the bytes of their paths
//!   (not by the order the file system returns them in);
//! - hidden files and folders (a name starting with `.`) are skipped;
//! - with `--glob`, only files whose path relative to the walked folder
//!   matches one of the globs are kept; paths named on the command line are
//!   always kept, since the user asked for them;
//! - only the files of a type abridge reads are kept (the caller decides
//!   which, see `kind::walk_takes`); the others are counted, so that one
//!   line can say how many were skipped;
//! - a symbolic link to a file is read, a link to a folder is not followed
//!   (which rules out cycles).
//!
//! A folder that cannot be read does not stop the batch: it is reported as a
//! failed input, like a file that cannot be opened.

use anyhow::{Context, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// The inputs found, in order, and the folders that could not be read.
#[derive(Debug, Default)]
pub struct Walked {
    /// The files to summarize, in command-line order, each folder's files
    /// sorted by path.
    pub files: Vec<Found>,
    /// Each unreadable folder with its error.
    pub errors: Vec<(String, anyhow::Error)>,
    /// How many walked files were left out for their type.
    pub skipped: usize,
}

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The path, as given or as found under a folder.
    pub path: PathBuf,
    /// Whether it was found in a folder walk rather than named by the user
    /// (a binary file found in a walk is skipped, not an error).
    pub walked: bool,
}

impl Walked {
    /// The line that says how many files were skipped for their type, if
    /// any were.
    pub fn skipped_note(&self) -> Option<String> {
        match self.skipped {
            0 => None,
            1 => Some("skipped 1 file of another type; --all-files reads it".into()),
            n => Some(format!(
                "skipped {n} files of other types; --all-files reads them"
            )),
        }
    }
}

/// Which walked files to read: those matching the globs, if any, and of a
/// type `takes` accepts (every file without it).
#[derive(Clone, Copy, Default)]
pub struct Filter<'a> {
    /// `--glob`.
    pub globs: Option<&'a GlobSet>,
    /// The file types read.
    pub takes: Option<&'a dyn Fn(&Path) -> bool>,
}

/// Compiles `--glob` patterns. An empty list matches everything.
pub fn globs(patterns: &[String]) -> Result<Option<GlobSet>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        builder.add(Glob::new(pattern).with_context(|| format!("--glob '{pattern}'"))?);
    }
    Ok(Some(builder.build()?))
}

/// Expands `paths`: a folder becomes the files under it, anything else
/// (a file, `-`, a path that does not exist) stays as given so that reading
/// it reports the problem.
pub fn expand(paths: &[PathBuf], filter: Filter<'_>) -> Walked {
    let mut walked = Walked::default();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            let mut found = Vec::new();
            walk(path, path, filter, &mut found, &mut walked);
            if found.is_empty() {
                // A folder that yields nothing is reported, not passed over:
                // the user named it expecting something to be summarized.
                let why = if filter.globs.is_some() {
                    "folder holds no file that matches --glob"
                } else {
                    "folder holds no file to summarize"
                };
                walked
                    .errors
                    .push((crate::input::name(path), anyhow::anyhow!(why)));
            }
            found.sort_by(|a, b| {
                a.as_os_str()
                    .as_encoded_bytes()
                    .cmp(b.as_os_str().as_encoded_bytes())
            });
            walked
                .files
                .extend(found.into_iter().map(|path| Found { path, walked: true }));
        } else {
            walked.files.push(Found {
                path: path.clone(),
                walked: false,
            });
        }
    }
    walked
}

fn walk(
    root: &Path,
    folder: &Path,
    filter: Filter<'_>,
    found: &mut Vec<PathBuf>,
    walked: &mut Walked,
) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) => {
            let error = anyhow::Error::new(e).context("cannot read the folder");
            walked.errors.push((crate::input::name(folder), error));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let error = anyhow::Error::new(e).context("cannot read the folder");
                walked.errors.push((crate::input::name(folder), error));
                continue;
            }
        };
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let is_file = if kind.is_symlink() {
            // Follow links to files only.
            std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        } else if kind.is_dir() {
            walk(root, &path, filter, found, walked);
            false
        } else {
            kind.is_file()
        };
        if !is_file
            || !filter
                .globs
                .is_none_or(|set| set.is_match(relative(root, &path)))
        {
            continue;
        }
        if filter.takes.is_none_or(|takes| takes(&path)) {
            found.push(path);
        } else {
            walked.skipped += 1;
        }
    }
}

fn relative<'a>(root: &Path, path: &'a Path) -> &'a Path {
    path.strip_prefix(root).unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (path, text) in [
            ("b.txt", "b"),
            ("a/z.html", "z"),
            ("a/y.txt", "y"),
            ("a.txt", "a"),
            (".hidden.txt", "h"),
            (".git/config.txt", "g"),
            ("c/.secret/d.txt", "d"),
        ] {
            let path = root.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dir
    }

    fn names(dir: &Path, walked: &Walked) -> Vec<String> {
        walked
            .files
            .iter()
            .map(|f| relative(dir, &f.path).display().to_string())
            .collect()
    }

    #[test]
    fn folders_are_walked_sorted_without_hidden_entries() {
        let dir = tree();
        let walked = expand(&[dir.path().to_path_buf()], Filter::default());
        assert!(walked.errors.is_empty());
        assert_eq!(
            names(dir.path(), &walked),
            ["a.txt", "a/y.txt", "a/z.html", "b.txt"]
        );
    }

    #[test]
    fn globs_filter_walked_files_but_not_named_ones() {
        let dir = tree();
        let set = globs(&["*.html".to_string()]).unwrap();
        let named = dir.path().join("b.txt");
        let filter = Filter {
            globs: set.as_ref(),
            takes: None,
        };
        let walked = expand(&[dir.path().to_path_buf(), named], filter);
        assert_eq!(names(dir.path(), &walked), ["a/z.html", "b.txt"]);
    }

    #[test]
    fn files_and_stdin_stay_as_given() {
        let paths = [PathBuf::from("-"), PathBuf::from("does/not/exist.txt")];
        let found = expand(&paths, Filter::default()).files;
        let given: Vec<PathBuf> = found.iter().map(|f| f.path.clone()).collect();
        assert_eq!(given, paths);
        assert!(found.iter().all(|f| !f.walked));
    }

    /// Issue 12, item 3: a walk keeps the types it is told to and counts
    /// the rest; a file named by the user is kept whatever its type.
    #[test]
    fn other_types_are_skipped_and_counted() {
        let dir = tree();
        let named = dir.path().join("a/z.html");
        let takes = |path: &Path| path.extension().is_some_and(|e| e == "txt");
        let filter = Filter {
            globs: None,
            takes: Some(&takes),
        };
        let walked = expand(&[dir.path().to_path_buf(), named], filter);
        assert_eq!(
            names(dir.path(), &walked),
            ["a.txt", "a/y.txt", "b.txt", "a/z.html"]
        );
        assert_eq!(walked.skipped, 1);
        assert_eq!(
            walked.skipped_note().as_deref(),
            Some("skipped 1 file of another type; --all-files reads it")
        );
        assert!(walked.files[0].walked && !walked.files[3].walked);
    }

    #[test]
    fn a_bad_glob_is_an_error_naming_it() {
        let error = globs(&["a[".to_string()]).unwrap_err();
        assert!(format!("{error:#}").contains("--glob 'a['"));
    }
}
