//! Every console example in README.md is run and must print what it shows
//! (issue 12, item 2), so the manual cannot drift from the binary.
//!
//! The rules, for whoever writes the manual:
//! - a fenced block marked `console` holds examples; blocks marked `sh` or
//!   `text` are prose and are not run;
//! - a line `$ abridge ARGS` is a command; ARGS are split at spaces, with
//!   '...' and "..." quoting (no variables, pipes or redirections: there is
//!   no shell);
//! - an optional `? N` line right after it is the expected exit status
//!   (without one the command must succeed);
//! - the lines up to the next `$ ` line or the end of the block are its
//!   output: standard output, then standard error. `[..]` stands for the
//!   rest of a line up to the text that follows it, and a line `...` for any
//!   number of lines (snapbox's wildcards).
//!
//! Commands run in the workspace root, the folder a user is in after
//! cloning, with this build's binary wherever the target folder is, with no
//! standard input.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One `$ abridge ...` example of the manual.
#[derive(Debug, PartialEq)]
struct Example {
    /// The 1-based line of the `$` in the file.
    line: usize,
    args: Vec<String>,
    status: i32,
    expected: String,
}

/// The examples of the ```console blocks of a Markdown text.
fn examples(markdown: &str) -> Result<Vec<Example>, String> {
    let mut examples: Vec<Example> = Vec::new();
    let mut in_console = false;
    let mut in_other = false;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let fence = line.trim_start().starts_with("```");
        if in_other {
            in_other = !fence;
        } else if !in_console {
            if fence {
                let info = line.trim_start().trim_start_matches('`').trim();
                in_console = info == "console";
                in_other = !in_console;
            }
        } else if fence {
            in_console = false;
        } else if let Some(command) = line.strip_prefix("$ ") {
            let mut words = split(command).map_err(|e| format!("line {number}: {e}"))?;
            if words.first().map(String::as_str) != Some("abridge") {
                return Err(format!("line {number}: only `abridge` commands can run"));
            }
            words.remove(0);
            examples.push(Example {
                line: number,
                args: words,
                status: 0,
                expected: String::new(),
            });
        } else {
            let Some(example) = examples.last_mut() else {
                return Err(format!("line {number}: output before any `$ ` command"));
            };
            match line.strip_prefix("? ") {
                Some(status) if example.expected.is_empty() => {
                    example.status = status
                        .trim()
                        .parse()
                        .map_err(|_| format!("line {number}: `? {status}` is not a status"))?;
                }
                _ => {
                    example.expected.push_str(line);
                    example.expected.push('\n');
                }
            }
        }
    }
    if in_console {
        return Err("a ```console block is not closed".into());
    }
    Ok(examples)
}

/// Splits a command line into words: spaces separate, quotes group.
fn split(command: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in command.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, '|' | '>' | '<' | '$' | '`' | ';' | '&') => {
                return Err(format!("`{c}` needs a shell, and examples have none"));
            }
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    if quote.is_some() {
        return Err("unclosed quote".into());
    }
    words.extend(word);
    Ok(words)
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn readme_console_examples_print_what_they_show() {
    let root = workspace_root();
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md is readable");
    let examples = examples(&readme).unwrap_or_else(|e| panic!("README.md: {e}"));
    assert!(!examples.is_empty(), "README.md has no console example");
    for example in examples {
        let output = Command::new(env!("CARGO_BIN_EXE_abridge"))
            .args(&example.args)
            .current_dir(&root)
            .stdin(Stdio::null())
            .output()
            .expect("the abridge binary runs");
        let mut actual = String::from_utf8_lossy(&output.stdout).into_owned();
        actual.push_str(&String::from_utf8_lossy(&output.stderr));
        assert_eq!(
            output.status.code(),
            Some(example.status),
            "README.md:{}: exit status; output:\n{actual}",
            example.line
        );
        eprintln!(
            "README.md:{}: abridge {}",
            example.line,
            example.args.join(" ")
        );
        snapbox::Assert::new()
            .normalize_paths(false)
            .eq(actual, example.expected);
    }
}

#[test]
fn blocks_commands_statuses_and_outputs_are_read() {
    let markdown = "Intro.\n\n```sh\n$ abridge not-run.txt\n```\n\n\
        ```console\n$ abridge -n 1 'a b.txt'\nline one\n\nline three\n\
        $ abridge missing.txt\n? 1\nabridge: missing.txt: [..]\n```\n";
    let found = examples(markdown).unwrap();
    assert_eq!(
        found,
        [
            Example {
                line: 8,
                args: vec!["-n".into(), "1".into(), "a b.txt".into()],
                status: 0,
                expected: "line one\n\nline three\n".into(),
            },
            Example {
                line: 12,
                args: vec!["missing.txt".into()],
                status: 1,
                expected: "abridge: missing.txt: [..]\n".into(),
            },
        ]
    );
}

#[test]
fn examples_that_need_a_shell_or_another_program_are_refused() {
    assert!(examples("```console\n$ abridge a.txt > out.txt\n```\n").is_err());
    assert!(examples("```console\n$ cat a.txt\n```\n").is_err());
    assert!(examples("```console\n$ abridge 'a.txt\n```\n").is_err());
    assert!(examples("```console\n$ abridge a.txt\n").is_err());
}
